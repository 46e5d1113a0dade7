/**
 * Inside the admin's live-preview frame: tells the admin the page is ready, then reloads the page each time
 * the editor saves (Payload posts `payload-document-event`; the reload renders the new draft on the server).
 * A plain inline script, written only in draft mode: as a React client component, its chunk was a script of
 * every public page (a layout's client components are loaded by every page under it, rendered or not).
 */
const BRIDGE = `(() => {
  if (window.parent === window) return
  const origin = window.location.origin
  window.addEventListener('message', (event) => {
    if (event.origin === origin && event.data && event.data.type === 'payload-document-event') window.location.reload()
  })
  window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
})()`

export function LivePreviewRefresh() {
  return <script dangerouslySetInnerHTML={{ __html: BRIDGE }} />
}

import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

/** The French 404 body, inside the site's layout (header, main, footer). */
export default function NotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p>La page demandée n’existe pas, n’est pas encore publiée ou a été déplacée.</p>
      <ul>
        <li>
          <a href="/">Retour à l’accueil</a>
        </li>
        <li>
          <a href="/recherche">Rechercher sur le site</a>
        </li>
        <li>
          <a href="/plan-du-site">Plan du site</a>
        </li>
      </ul>
    </>
  )
}

function Status404(): never {
  notFound()
}

/**
 * What a public page returns instead of calling notFound(): the French 404 in the server HTML, status 404.
 *
 * Next 16 has no error boundary in its HTML render: a notFound() thrown by a page reaches the document's
 * shell, and Next then answers its empty error document (`<html id="__next_error__">`, built by
 * getErrorRSCPayload in next/dist/server/app-render/app-render.js) with the not-found page only in the
 * RSC payload, blank without JavaScript (vercel/next.js#62228). So the page renders the French 404
 * itself and throws notFound() inside a Suspense boundary only: the shell (layout, header, this text)
 * stays, and the prerender of an ISR page (every page here, outside draft mode) sets the status to 404
 * from that error (prerenderToStream's htmlRendererErrorHandler); the browser then shows not-found.tsx
 * in place of the page. A per-request render (draft mode) cannot change its status after the shell, so
 * there notFound() is thrown as before: staff previews keep a 404, in Next's error document.
 */
export async function PageNotFound() {
  if ((await draftMode()).isEnabled) notFound()
  return (
    <>
      <NotFound />
      <Suspense fallback={null}>
        <Status404 />
      </Suspense>
    </>
  )
}

/** Metadata of every public 404: never indexed. */
export const notFoundMetadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

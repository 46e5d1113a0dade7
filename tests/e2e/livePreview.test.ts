/**
 * The admin's live preview on the production build: in draft mode the page, framed by a page of the same
 * origin (as the admin frames it), tells its parent it is ready, and renders the draft again when the admin
 * announces a save. The bridge is an inline script written only in draft mode (public pages carry no script
 * for it: tests/http/jsBudget.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseUrl, get } from '../http/client'
import { adminToken, createEvent, type TestEvent } from './a11yEvents'
import { launchBrowser } from './browser'

let browser: Browser
let event: TestEvent
let draftCookie: string

beforeAll(async () => {
  browser = await launchBrowser()
  const token = await adminToken()
  event = await createEvent(token, 'Aperçu en direct')
  const preview = await get(`/preview?collection=events&slug=${event.slug}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(preview.status).toBe(307)
  draftCookie = (preview.headers.get('set-cookie') ?? '').split(';')[0]
  expect(draftCookie).toMatch(/^__prerender_bypass=.+/)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** A same-origin page framing the event page, as the admin does; resolves once the frame says it is ready. */
async function framed(withDraftCookie: boolean) {
  const context = await browser.newContext()
  if (withDraftCookie) {
    const [name, value] = draftCookie.split(/=(.*)/s)
    await context.addCookies([{ name, value, url: baseUrl() }])
  }
  const page = await context.newPage()
  await page.goto(`${baseUrl()}/plan-du-site`)
  const ready = await page.evaluate(
    ({ src, waitMs }) =>
      new Promise<{ ready: boolean; loads: number }>((resolve) => {
        const w = window as unknown as { frameLoads: number }
        w.frameLoads = 0
        window.addEventListener('message', (message) => {
          if (message.data?.type === 'payload-live-preview') resolve({ ready: message.data.ready, loads: w.frameLoads })
        })
        const frame = document.createElement('iframe')
        frame.id = 'apercu'
        frame.addEventListener('load', () => (w.frameLoads += 1))
        frame.src = src
        document.body.append(frame)
        setTimeout(() => resolve({ ready: false, loads: w.frameLoads }), waitMs)
      }),
    // Without the draft cookie the answer never comes: 5 s after the frame is requested is the verdict.
    { src: `/evenements/${event.slug}`, waitMs: withDraftCookie ? 15_000 : 5_000 },
  )
  return { context, page, ready }
}

describe('live preview (draft mode)', () => {
  it('the framed draft page says it is ready, and reloads when the admin announces a save', async () => {
    const { context, page, ready } = await framed(true)
    expect(ready.ready).toBe(true)
    const frame = page.frame({ url: /\/evenements\// })
    expect(await frame?.locator('.preview-banner').textContent()).toContain('Aperçu des brouillons')
    await page.waitForFunction(() => (window as unknown as { frameLoads: number }).frameLoads >= 1)
    await page.evaluate(() => {
      const frame = document.getElementById('apercu') as HTMLIFrameElement
      frame.contentWindow?.postMessage({ type: 'payload-document-event' }, window.location.origin)
    })
    await page.waitForFunction(() => (window as unknown as { frameLoads: number }).frameLoads >= 2, undefined, {
      timeout: 15_000,
    })
    await context.close()
  }, 60_000)

  it('outside draft mode the same page has no bridge: nothing answers the admin', async () => {
    const { context, ready } = await framed(false)
    expect(ready.ready).toBe(false)
    await context.close()
  }, 60_000)
})

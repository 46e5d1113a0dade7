/**
 * Publish to visible: an admin publishes a change to a release through the REST API; the clock runs from
 * the request until the public page shows the change (polled every 20 ms, at most 10 s per publish).
 */
import { median, round, sleep } from './lib.mjs'

export async function measurePublish(baseUrl, headers, release, pagePath, { count = 20, log }) {
  const api = `${baseUrl}/api/news-releases/${release.id}`
  const original = (await (await fetch(`${api}?depth=0`, { headers })).json()).summary ?? ''
  const visible = []
  const saves = []
  let misses = 0
  try {
    for (let i = 1; i <= count; i++) {
      const marker = `bench-${Date.now().toString(36)}-${i}`
      const started = performance.now()
      const res = await fetch(api, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ summary: `${original} ${marker}`.trim(), _status: 'published' }),
      })
      if (!res.ok) throw new Error(`publish ${i}: ${res.status} ${(await res.text()).slice(0, 300)}`)
      await res.text()
      saves.push(performance.now() - started)
      let seen = false
      while (performance.now() - started < 10_000) {
        const html = await (await fetch(baseUrl + pagePath)).text()
        if (html.includes(marker)) {
          seen = true
          break
        }
        await sleep(20)
      }
      if (seen) visible.push(performance.now() - started)
      else misses++
      await sleep(100)
    }
  } finally {
    await fetch(api, { method: 'PATCH', headers, body: JSON.stringify({ summary: original, _status: 'published' }) })
  }
  const result = {
    publishes: count,
    saveP50Ms: round(median(saves), 0),
    visibleP50Ms: round(median(visible), 0),
    visibleMaxMs: visible.length ? round(Math.max(...visible), 0) : null,
    notVisibleWithin10s: misses,
  }
  log(
    `publish: p50 ${result.visibleP50Ms} ms, max ${result.visibleMaxMs} ms to visible (save p50 ${result.saveP50Ms} ms), ${misses} never seen`,
  )
  return result
}

import config from '@payload-config'
import { getPayload } from 'payload'

import { shouldRunJobs } from '@/jobs/autoRun'
import { plausibleId } from '@/db/ids'
import { encodeFlash, FLASH_COOKIE, FLASH_MAX_AGE } from '@/rsvp/http/flash'
import { readFields } from '@/http/readFields'
import { EVENT_FIELD, HONEYPOT } from '@/rsvp/contract'
import { submitPublicRegistration } from '@/rsvp/http/publicSubmission'
import { clientIp, RATE_LIMIT_MESSAGE, takePublicWriteToken } from '@/rsvp/http/rateLimit'

export const dynamic = 'force-dynamic'

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const redirect = (location: string, cookie?: string) => {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' })
  if (cookie) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/** With JavaScript (Accept: application/json) the answer is JSON; without, a redirect to the result page. */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const refuse = (message: string, status: number) =>
    wantsJson
      ? json({ ok: false, errors: [{ path: 'form', message }] }, status)
      : new Response(message, {
          status,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        })
  // The token first: a client over its limit costs no body read.
  const ip = clientIp(request.headers)
  if (!(await takePublicWriteToken(ip))) return refuse(RATE_LIMIT_MESSAGE, 429)
  const fields = await readFields(request)
  if ('error' in fields) return refuse(fields.error, Number(fields.status) || 400)
  // In the jobs process this also starts the queue runner that sends the registration's e-mails.
  const payload = await getPayload({ config, cron: shouldRunJobs(process.env) })
  const outcome = await submitPublicRegistration(payload, fields, ip, { tokenTaken: true })
  if (wantsJson) {
    return outcome.ok
      ? json({ ok: true, status: outcome.status }, 201)
      : json({ ok: false, errors: outcome.errors }, outcome.httpStatus)
  }
  const eventId = plausibleId(outcome.eventId) ? outcome.eventId : undefined
  if (!eventId)
    return new Response('Événement introuvable.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const page = `/inscription/${encodeURIComponent(eventId)}`
  // Each answer has its own page and title; the fragment opens it on the message, which takes focus.
  if (outcome.ok)
    return redirect(`${page}/${outcome.status === 'waiting' ? 'attente' : 'confirmee'}#inscription-resultat`)
  const values = Object.fromEntries(Object.entries(fields).filter(([key]) => key !== HONEYPOT && key !== EVENT_FIELD))
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : ''
  const cookie = `${FLASH_COOKIE}=${encodeFlash({ errors: outcome.errors, values })}; Path=/inscription; Max-Age=${FLASH_MAX_AGE}; HttpOnly; SameSite=Lax${secure}`
  return redirect(`${page}/erreur#rsvp-erreurs`, cookie)
}

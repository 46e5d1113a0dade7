/** Helpers for tests that talk to the production server started by tests/setup/webServer.start.ts. */
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'

export const baseUrl = (): string => {
  const url = process.env.TEST_BASE_URL
  if (!url) throw new Error('TEST_BASE_URL is not set: run through the web project of jest.config.js')
  return url
}

export const get = (path: string, init?: RequestInit) => fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init })

/** Signs a test staff account in through the REST API (tests/setup/staffAccounts.ts) and returns its JWT. */
export async function staffToken(role: keyof typeof TEST_STAFF = 'admin'): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: TEST_STAFF[role].email, password: TEST_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login as ${role}: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/** Whether `check` holds within `withinMs` (a deadline the test asserts, e.g. publish → visible < 1 s), polled every 50 ms. */
export const eventually = async (check: () => Promise<boolean>, withinMs = 1000) => {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > withinMs) return false
    await new Promise((r) => setTimeout(r, 50))
  }
  return true
}

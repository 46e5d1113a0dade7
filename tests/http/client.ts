/** Helpers for tests that talk to the production server started by tests/setup/webServer.start.ts. */
export const baseUrl = (): string => {
  const url = process.env.TEST_BASE_URL
  if (!url) throw new Error('TEST_BASE_URL is not set: run through the web project of jest.config.js')
  return url
}

export const get = (path: string, init?: RequestInit) => fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init })

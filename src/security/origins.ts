/**
 * The browser origins allowed to use a staff session (Payload `csrf`) and to read the API across origins
 * (Payload `cors`): the public origin of the site and nothing else. Without SERVER_URL (local
 * development) the lists stay empty, which is Payload's default.
 */
export function allowedOrigins(serverUrl: string | undefined): string[] {
  const value = serverUrl?.trim()
  if (!value) return []
  try {
    return [new URL(value).origin]
  } catch {
    throw new Error(`SERVER_URL "${value.slice(0, 80)}" is not an absolute URL such as https://www.occe.coop`)
  }
}

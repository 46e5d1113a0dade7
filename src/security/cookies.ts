/**
 * Session cookies carry the Secure flag in production. ALLOW_INSECURE_COOKIES exists only for the test
 * server, which speaks plain http on 127.0.0.1: never set it on a real deployment.
 */
export function secureCookies(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === 'production' && !env.ALLOW_INSECURE_COOKIES
}

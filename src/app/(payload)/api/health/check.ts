/**
 * What a load balancer needs from /api/health: a fast answer (a hung database must not hang the probe),
 * 200 only when the database answered, 503 otherwise, never cached, and nothing secret in the body.
 */
export const HEALTH_TIMEOUT_MS = 2000

export type HealthBody =
  | { status: 'ok'; database: 'up'; latencyMs: number; jobs: boolean }
  | { status: 'error'; database: 'down'; reason: 'timeout' | 'error'; jobs: boolean }

class Timeout extends Error {}

export async function checkHealth(
  probe: () => Promise<unknown>,
  options: { timeoutMs?: number; jobs: boolean },
): Promise<{ status: 200 | 503; body: HealthBody }> {
  const started = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), options.timeoutMs ?? HEALTH_TIMEOUT_MS)
  })
  try {
    await Promise.race([probe(), timeout])
    return { status: 200, body: { status: 'ok', database: 'up', latencyMs: Date.now() - started, jobs: options.jobs } }
  } catch (error) {
    const reason = error instanceof Timeout ? 'timeout' : 'error'
    return { status: 503, body: { status: 'error', database: 'down', reason, jobs: options.jobs } }
  } finally {
    clearTimeout(timer)
  }
}

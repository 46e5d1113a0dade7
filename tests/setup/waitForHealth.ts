/**
 * Polls `GET <url>/api/health` until it answers 2xx (the database answered), for the servers the tests
 * start. With `child`, a server process that exits meanwhile fails at once instead of after the timeout.
 */
export async function waitForHealth(
  url: string,
  { timeoutMs = 60_000, child }: { timeoutMs?: number; child?: { exitCode: number | null } } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server at ${url} exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms`)
}

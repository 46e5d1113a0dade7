import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'

export default async function stopWebServer() {
  const server = (globalThis as Record<string, unknown>).__occeServer as
    | { child: ChildProcess; dir: string }
    | undefined
  if (!server) return
  const { child, dir } = server
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  if (!process.env.KEEP_TEST_DATA) fs.rmSync(dir, { recursive: true, force: true })
}

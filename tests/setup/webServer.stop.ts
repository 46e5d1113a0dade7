import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'

import type { Mailbox } from './smtpMailbox'

export default async function stopWebServer() {
  const server = (globalThis as Record<string, unknown>).__occeServer as
    { child: ChildProcess; dir: string; mailbox?: Mailbox } | undefined
  if (!server) return
  const { child, dir, mailbox } = server
  // `npm start` runs next as its child: signal the whole process group (the start made it detached).
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name)
    } catch {
      child.kill(name)
    }
  }
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    signal('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (child.exitCode === null) signal('SIGKILL')
  }
  await mailbox?.close()
  if (!process.env.KEEP_TEST_DATA) fs.rmSync(dir, { recursive: true, force: true })
}

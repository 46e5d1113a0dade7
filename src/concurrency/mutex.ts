import { processState } from './processState'

/** Runs async work one at a time per key, within this process (one queue per process, see processState). */
const tails = processState('mutex.tails', () => new Map<string, Promise<unknown>>())

export async function withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const run = previous.then(work, work)
  const tail = run.catch(() => undefined)
  tails.set(key, tail)
  try {
    return await run
  } finally {
    if (tails.get(key) === tail) tails.delete(key)
  }
}

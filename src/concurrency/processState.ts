/**
 * State that must exist once per Node process (rate-limit buckets, per-form queues, in-flight sets, caches).
 *
 * A production build may hold several copies of one of our modules (Next compiles the app's code once per
 * server layer: route handlers, pages, the admin), and a module-level `new Map()` then exists once per copy:
 * a limit taken in a route would not count in a hook, a lock taken in one copy would not stop the other.
 * Every copy reaches the same value here, stored on globalThis under a registered symbol.
 */
export function processState<T>(name: string, create: () => T): T {
  const key = Symbol.for(`occe.${name}`)
  const store = globalThis as unknown as Record<symbol, T | undefined>
  if (!(key in store)) store[key] = create()
  return store[key] as T
}

/**
 * The capacity rule. A registration for N people is confirmed when the confirmed seats plus N stay within
 * the event's capacity and nobody is waiting; otherwise it joins the waiting list. A freed seat goes to the
 * waiting list in order of arrival, stopping at the first registration that does not fit (no overtaking),
 * and only until the event starts. The seat counter (./seatCounter.ts) applies it atomically in the
 * database; ./allocation.ts decides when.
 */

/** Capacity of an event without a limit: large enough never to be reached. */
const UNLIMITED = 1_000_000_000

/** The event's capacity as the counters use it: no capacity (or 0) means no limit. */
export const capacityOf = (capacity: number | null | undefined) =>
  typeof capacity === 'number' && capacity > 0 ? capacity : UNLIMITED

'use client'

import { useEffect, useState } from 'react'

import type { Attendance } from '@/checkin/counts'

import styles from './Checkin.module.css'

const POLL_MS = 3_000

/** The door's figures, refreshed every few seconds so that two phones at two doors agree. */
export function LiveCounts({ url, initial, ended }: { url: string; initial: Attendance; ended: boolean }) {
  const [counts, setCounts] = useState(initial)
  useEffect(() => {
    let stopped = false
    const refresh = async () => {
      if (document.visibilityState === 'hidden') return
      try {
        const res = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } })
        if (res.ok && !stopped) setCounts((await res.json()) as Attendance)
      } catch {
        // Network gone for a moment: keep the last figures, try again at the next tick.
      }
    }
    const timer = setInterval(refresh, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [url])
  return (
    <dl className={styles.counts} data-testid="compteurs">
      <div>
        <dt>Présents</dt>
        <dd data-count="present">{counts.present}</dd>
      </div>
      <div>
        <dt>Attendus</dt>
        <dd data-count="expected">{counts.expected}</dd>
      </div>
      <div>
        <dt>{ended ? 'Absents' : 'Encore à venir'}</dt>
        <dd data-count="toCome">{counts.toCome}</dd>
      </div>
    </dl>
  )
}

'use client'

import { useState } from 'react'

import { fold } from '@/checkin/search'

/**
 * The search box of the door page: a plain GET form without JavaScript; with it, the list filters as the
 * name is typed (the same accent- and case-insensitive match as the server's).
 */
export function DoorSearch({
  action,
  initial,
  total,
  shown,
}: {
  action: string
  initial: string
  total: number
  shown: number
}) {
  const [visible, setVisible] = useState(shown)
  const filter = (value: string) => {
    const words = fold(value).split(' ').filter(Boolean)
    let count = 0
    for (const item of document.querySelectorAll<HTMLElement>('#liste-participants > li')) {
      const text = item.dataset.search ?? ''
      const match = words.every((word) => text.includes(word))
      item.hidden = !match
      if (match) count++
    }
    setVisible(count)
  }
  return (
    <form action={action} method="get" role="search" aria-label="Rechercher un participant">
      <label htmlFor="recherche-participant">Nom ou e-mail</label>
      <input
        id="recherche-participant"
        name="q"
        type="search"
        defaultValue={initial}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        onChange={(e) => filter(e.currentTarget.value)}
      />
      <button type="submit">Rechercher</button>
      <p aria-live="polite">
        {visible} inscription{visible > 1 ? 's' : ''} sur {total}
      </p>
    </form>
  )
}

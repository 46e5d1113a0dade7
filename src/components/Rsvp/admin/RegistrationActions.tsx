'use client'
/** « Annuler l'inscription » and « Renvoyer la confirmation » on a registration (src/admin/registrationActions.ts). */
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

export function RegistrationActions({
  id,
  name,
  status,
}: {
  id: string | number
  name: string
  status?: string | null
}) {
  const router = useRouter()
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  const [busy, setBusy] = useState(false)
  const active = status === 'confirmed' || status === 'waiting'

  const act = async (action: 'annuler' | 'renvoyer') => {
    if (
      action === 'annuler' &&
      !window.confirm(
        `Annuler l’inscription de ${name} ? La personne est prévenue par e-mail et la liste d’attente avance.`,
      )
    )
      return
    setBusy(true)
    try {
      const res = await fetch(`/api/form-submissions/${encodeURIComponent(String(id))}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      const json = (await res.json().catch(() => ({}))) as { message?: string }
      setMessage({ ok: res.ok, text: json.message ?? (res.ok ? 'C’est fait.' : 'Action impossible.') })
      if (res.ok && action === 'annuler') router.refresh()
    } finally {
      setBusy(false)
    }
  }

  if (!active && !message) return null
  return (
    <div className="occe-actions">
      {active ? (
        <>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => act('annuler')}
          >
            Annuler l’inscription
          </button>{' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => act('renvoyer')}
          >
            Renvoyer la confirmation
          </button>
        </>
      ) : null}
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'occe-schedule__error'}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}

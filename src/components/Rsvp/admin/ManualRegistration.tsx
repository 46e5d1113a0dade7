'use client'
/**
 * A registration taken by phone: staff fill in the event's own form and it goes through the same route
 * and rules as the public form (deadline, capacity, duplicates, confirmation e-mail to the guest).
 */
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import type { FormBlock } from '../../../rsvp/rules/submission'

type Block = FormBlock & { defaultValue?: unknown }
type Result = { kind: 'ok'; text: string } | { kind: 'error'; messages: string[] }

const STATUS: Record<string, string> = { confirmed: 'confirmée', waiting: 'placée sur liste d’attente' }

export function ManualRegistration({ formId, blocks }: { formId: string | number; blocks: Block[] }) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result>()
  const box = useRef<HTMLDivElement>(null)
  const fields = blocks.filter((b) => b.name && b.blockType !== 'message')
  // Inside Payload's edit <form>: a nested form is invalid HTML, so the values are read from this box.
  const input = (name: string) => box.current?.querySelector<HTMLInputElement>(`[name="occe-manual-${name}"]`)

  const submit = async () => {
    const submissionData = fields.map((b) => {
      const element = input(b.name as string)
      return {
        field: b.name as string,
        value: b.blockType === 'checkbox' ? (element?.checked ? 'true' : 'false') : (element?.value ?? ''),
      }
    })
    setBusy(true)
    try {
      const res = await fetch('/api/form-submissions', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ form: formId, submissionData }),
      })
      const json = (await res.json().catch(() => ({}))) as {
        doc?: { status?: string; arrival?: number }
        errors?: { message?: string; data?: { errors?: { message: string }[] } }[]
      }
      if (res.ok) {
        const status = json.doc?.status ?? ''
        setResult({
          kind: 'ok',
          text: `Inscription ${STATUS[status] ?? 'enregistrée'}. La personne reçoit l’e-mail de confirmation.`,
        })
        box.current
          ?.querySelectorAll<HTMLInputElement>('input, textarea, select')
          .forEach((e) => (e.type === 'checkbox' ? (e.checked = false) : (e.value = '')))
        router.refresh()
      } else {
        const messages = (json.errors ?? []).flatMap((e) =>
          e.data?.errors?.length ? e.data.errors.map((d) => d.message) : [e.message ?? 'Inscription refusée.'],
        )
        setResult({ kind: 'error', messages: messages.length ? messages : ['Inscription refusée.'] })
      }
    } finally {
      setBusy(false)
    }
  }

  if (!open)
    return (
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(true)}>
        Inscrire quelqu’un (appel, courrier…)
      </button>
    )
  return (
    <div
      ref={box}
      className="occe-manual"
      role="group"
      aria-labelledby="occe-manual-title"
      onKeyDown={(e) => {
        // Enter would submit the whole event form.
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName !== 'TEXTAREA') e.preventDefault()
      }}
    >
      <h4 id="occe-manual-title">Inscrire quelqu’un</h4>
      <p>Mêmes règles que le formulaire public : date limite, places, une inscription par adresse e-mail.</p>
      {fields.map((b) => {
        const id = `occe-manual-${b.name}`
        const label = `${b.label || b.name}${b.required ? ' *' : ''}`
        if (b.blockType === 'checkbox')
          return (
            <p key={id}>
              <label>
                <input id={id} name={`occe-manual-${b.name}`} type="checkbox" /> {label}
              </label>
            </p>
          )
        return (
          <p key={id}>
            <label htmlFor={id}>{label}</label>
            <br />
            {b.blockType === 'select' ? (
              <select id={id} name={`occe-manual-${b.name}`} defaultValue="">
                <option value="">—</option>
                {(b.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : b.blockType === 'textarea' ? (
              <textarea id={id} name={`occe-manual-${b.name}`} rows={3} />
            ) : (
              <input
                id={id}
                name={`occe-manual-${b.name}`}
                type={b.blockType === 'email' ? 'email' : b.blockType === 'number' ? 'number' : 'text'}
                defaultValue={
                  b.defaultValue === undefined || b.defaultValue === null ? undefined : String(b.defaultValue)
                }
              />
            )}
          </p>
        )
      })}
      {result?.kind === 'ok' ? <p role="status">{result.text}</p> : null}
      {result?.kind === 'error' ? (
        <ul role="alert" className="occe-schedule__error">
          {result.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={submit}>
        {busy ? 'Enregistrement…' : 'Enregistrer l’inscription'}
      </button>
    </div>
  )
}

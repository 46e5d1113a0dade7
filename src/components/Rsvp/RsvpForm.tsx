'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import type { FieldError, FormBlock } from '@/rsvp/rules'

import styles from './Rsvp.module.css'

export type Outcome = 'confirmed' | 'waiting'
type Flash = { errors: FieldError[]; values: Record<string, string> }

const ACTION = '/api/rsvp/register'
const HONEYPOT = 'site_web'
const EVENT_FIELD = 'evenement'

const OUTCOME_TEXT: Record<Outcome, string> = {
  confirmed: 'Merci, votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé, avec l’événement à ajouter à votre agenda et un lien pour annuler.',
  waiting: 'L’événement est complet : vous êtes inscrit·e sur la liste d’attente, dans l’ordre d’arrivée. Un e-mail vous a été envoyé ; nous vous écrirons dès qu’une place se libère.',
}

const AUTOCOMPLETE: Record<string, string> = { firstName: 'given-name', lastName: 'family-name', email: 'email', organisation: 'organization' }

/**
 * A plain HTML form that works without JavaScript (it posts, the server redirects back with the errors or
 * the confirmation); with JavaScript it posts in the background and shows the same messages in place.
 */
export function RsvpForm(props: { eventId: string; blocks: FormBlock[]; submitLabel: string; closesAt: string; flash?: Flash; outcome?: Outcome }) {
  const { eventId, blocks, submitLabel, closesAt } = props
  const [errors, setErrors] = useState<FieldError[]>(props.flash?.errors ?? [])
  const [outcome, setOutcome] = useState<Outcome | undefined>(props.outcome)
  const [sending, setSending] = useState(false)
  const [closed, setClosed] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)
  const values = props.flash?.values ?? {}

  // The page may come from a cache: the deadline is checked again in the browser (the server checks too).
  useEffect(() => {
    const check = () => setClosed(Date.now() >= Date.parse(closesAt))
    check()
    const timer = setInterval(check, 30_000)
    return () => clearInterval(timer)
  }, [closesAt])
  useEffect(() => {
    if (outcome) doneRef.current?.focus()
  }, [outcome])
  useEffect(() => {
    if (errors.length) summaryRef.current?.focus()
  }, [errors])

  if (outcome) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className={styles.done}>
        <p>
          <strong>{outcome === 'confirmed' ? 'Inscription confirmée.' : 'Inscription sur liste d’attente.'}</strong>
        </p>
        <p>{OUTCOME_TEXT[outcome]}</p>
      </div>
    )
  }
  if (closed) {
    return (
      <p role="status" className={styles.closed}>
        <strong>Les inscriptions sont closes</strong> : la date limite est passée.
      </p>
    )
  }

  const errorFor = (name: string) => errors.find((e) => e.path === name)?.message

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (sending) return
    setSending(true)
    try {
      const response = await fetch(ACTION, { method: 'POST', headers: { Accept: 'application/json' }, body: new FormData(event.currentTarget) })
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; status?: Outcome; errors?: FieldError[] }
      if (response.ok && body.ok) setOutcome(body.status === 'waiting' ? 'waiting' : 'confirmed')
      else setErrors(body.errors?.length ? body.errors : [{ path: 'form', message: 'L’inscription n’a pas pu être enregistrée. Réessayez dans un instant.' }])
    } catch {
      setErrors([{ path: 'form', message: 'Connexion impossible : vérifiez votre réseau et réessayez.' }])
    } finally {
      setSending(false)
    }
  }

  return (
    <form action={ACTION} method="post" onSubmit={onSubmit} noValidate className={styles.form} aria-describedby="notice-donnees">
      {errors.length ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className={styles.errors} id="rsvp-erreurs">
          <p>
            <strong>{errors.length > 1 ? `${errors.length} erreurs empêchent l’inscription :` : 'Une erreur empêche l’inscription :'}</strong>
          </p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.path}-${e.message}`}>{blocks.some((b) => b.name === e.path) ? <a href={`#rsvp-${e.path}`}>{e.message}</a> : e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name={EVENT_FIELD} value={eventId} />
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="rsvp-site-web">Ne pas remplir ce champ</label>
        <input id="rsvp-site-web" type="text" name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {blocks.map((block) => {
        if (!block.name || block.blockType === 'message') return null
        const id = `rsvp-${block.name}`
        const error = errorFor(block.name)
        const describedBy = error ? `${id}-erreur` : undefined
        const common = {
          id,
          name: block.name,
          required: Boolean(block.required),
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
        }
        const label = (
          <label htmlFor={id}>
            {block.label || block.name}
            {block.required ? <span aria-hidden="true"> *</span> : null}
            {block.required ? <span className="visually-hidden"> (obligatoire)</span> : null}
          </label>
        )
        const message = error ? (
          <p id={`${id}-erreur`} className={styles.fieldError}>
            {error}
          </p>
        ) : null
        const value = values[block.name]
        if (block.blockType === 'checkbox') {
          return (
            <div key={block.name} className={`${styles.field} ${styles.checkbox}`}>
              <input {...common} type="checkbox" value="true" defaultChecked={value === 'true' || value === 'on'} />
              {label}
              {message}
            </div>
          )
        }
        let control
        if (block.blockType === 'textarea') control = <textarea {...common} rows={3} maxLength={1000} defaultValue={value} />
        else if (block.blockType === 'select')
          control = (
            <select {...common} defaultValue={value ?? ''}>
              <option value="">Choisir…</option>
              {(block.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )
        else if (block.blockType === 'number')
          control = <input {...common} type="number" inputMode="numeric" min={1} max={10} step={1} defaultValue={value ?? '1'} />
        else
          control = (
            <input
              {...common}
              type={block.blockType === 'email' ? 'email' : 'text'}
              autoComplete={AUTOCOMPLETE[block.name]}
              maxLength={block.blockType === 'email' ? 254 : 120}
              defaultValue={value}
            />
          )
        return (
          <div key={block.name} className={styles.field}>
            {label}
            {control}
            {message}
          </div>
        )
      })}
      <p>Les champs marqués * sont obligatoires.</p>
      <button type="submit" disabled={sending}>
        {sending ? 'Envoi…' : submitLabel}
      </button>
    </form>
  )
}

'use client'

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react'

import { ATTENDEES_MAX, ATTENDEES_MIN, EVENT_FIELD, HONEYPOT, maxLengthOf } from '@/rsvp/contract'
import type { Flash } from '@/rsvp/http/flash'
import type { FieldError, FormBlock } from '@/rsvp/rules/submission'

import { type Outcome, OutcomeMessage } from './Outcome'
import { rsvpClasses as styles } from './classes'
import { ERRORS_ID, registrationTitle, SITE_SUFFIX } from './titles'

export type { Outcome } from './Outcome'

const ACTION = '/api/rsvp/register'

const AUTOCOMPLETE: Record<string, string> = {
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  organisation: 'organization',
}

/** Short help shown under a field's label, and read with it (aria-describedby). */
function hintFor(name: string) {
  if (name === 'attendees')
    return (
      <>
        Entre {ATTENDEES_MIN} et {ATTENDEES_MAX} personnes.
      </>
    )
  if (name === 'consent')
    return (
      <>
        Qui reçoit vos données, pour quoi faire, combien de temps et vos droits : voir{' '}
        <a href="#notice-donnees">Protection de vos données</a>, sous le formulaire.
      </>
    )
  return null
}

/**
 * A plain HTML form that works without JavaScript (it posts, the server redirects back with the errors or
 * the confirmation); with JavaScript it posts in the background and shows the same messages in place.
 * Either way the message takes focus and the page title says what happened.
 */
export function RsvpForm(props: {
  eventId: string
  eventTitle: string
  blocks: FormBlock[]
  submitLabel: string
  closesAt: string
  flash?: Flash
  outcome?: Outcome
  /** The form's own confirmation message, rendered on the server, shown under the answer. */
  confirmation?: ReactNode
}) {
  const { eventId, eventTitle, blocks, submitLabel, closesAt } = props
  const [errors, setErrors] = useState<FieldError[]>(props.flash?.errors ?? [])
  const [outcome, setOutcome] = useState<Outcome | undefined>(props.outcome)
  const [sending, setSending] = useState(false)
  const [closed, setClosed] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const closedRef = useRef<HTMLParagraphElement>(null)
  // Whether focus was in the form when the deadline removed it: then the message replacing it takes it.
  const focusWasInForm = useRef(false)
  const values = props.flash?.values ?? {}

  // The page may come from a cache: the deadline is checked again in the browser (the server checks too).
  useEffect(() => {
    const check = () => {
      if (Date.now() < Date.parse(closesAt)) return
      focusWasInForm.current = Boolean(formRef.current?.contains(document.activeElement))
      setClosed(true)
    }
    check()
    const timer = setInterval(check, 30_000)
    return () => clearInterval(timer)
  }, [closesAt])
  useEffect(() => {
    if (closed && focusWasInForm.current) closedRef.current?.focus()
  }, [closed])
  useEffect(() => {
    if (errors.length) summaryRef.current?.focus()
  }, [errors])
  // The title is announced first on a new page; here the page stays, so it is updated with the answer.
  useEffect(() => {
    const state = outcome ?? (errors.length ? 'error' : undefined)
    if (state) document.title = registrationTitle(state, eventTitle) + SITE_SUFFIX
  }, [outcome, errors, eventTitle])

  if (outcome) return <OutcomeMessage outcome={outcome}>{props.confirmation}</OutcomeMessage>
  if (closed) {
    return (
      <p ref={closedRef} tabIndex={-1} role="status" className={styles.closed} id="rsvp-closes">
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
      const response = await fetch(ACTION, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new FormData(event.currentTarget),
      })
      const body = (await response.json().catch(() => ({}))) as {
        ok?: boolean
        status?: Outcome
        errors?: FieldError[]
      }
      if (response.ok && body.ok) setOutcome(body.status === 'waiting' ? 'waiting' : 'confirmed')
      else
        setErrors(
          body.errors?.length
            ? body.errors
            : [{ path: 'form', message: 'L’inscription n’a pas pu être enregistrée. Réessayez dans un instant.' }],
        )
    } catch {
      setErrors([{ path: 'form', message: 'Connexion impossible : vérifiez votre réseau et réessayez.' }])
    } finally {
      setSending(false)
    }
  }

  return (
    <form ref={formRef} action={ACTION} method="post" onSubmit={onSubmit} noValidate className={styles.form}>
      {errors.length ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className={styles.errors} id={ERRORS_ID}>
          <p>
            <strong>
              {errors.length > 1
                ? `${errors.length} erreurs empêchent l’inscription :`
                : 'Une erreur empêche l’inscription :'}
            </strong>
          </p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.path}-${e.message}`}>
                {blocks.some((b) => b.name === e.path) ? <a href={`#rsvp-${e.path}`}>{e.message}</a> : e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className={styles.required}>Les champs marqués * sont obligatoires.</p>
      <input type="hidden" name={EVENT_FIELD} value={eventId} />
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="rsvp-site-web">Ne pas remplir ce champ</label>
        <input id="rsvp-site-web" type="text" name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {blocks.map((block) => {
        if (!block.name || block.blockType === 'message') return null
        const id = `rsvp-${block.name}`
        const error = errorFor(block.name)
        const hint = hintFor(block.name)
        const describedBy =
          [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined
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
        const help = hint ? (
          <p id={`${id}-aide`} className={styles.hint}>
            {hint}
          </p>
        ) : null
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
              {help}
              {message}
            </div>
          )
        }
        let control
        if (block.blockType === 'textarea')
          control = <textarea {...common} rows={3} maxLength={maxLengthOf(block.blockType)} defaultValue={value} />
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
          control = (
            <input
              {...common}
              type="number"
              inputMode="numeric"
              min={ATTENDEES_MIN}
              max={ATTENDEES_MAX}
              step={1}
              defaultValue={value ?? '1'}
            />
          )
        else
          control = (
            <input
              {...common}
              type={block.blockType === 'email' ? 'email' : 'text'}
              autoComplete={AUTOCOMPLETE[block.name]}
              maxLength={maxLengthOf(block.blockType, block.name)}
              defaultValue={value}
            />
          )
        return (
          <div key={block.name} className={styles.field}>
            {label}
            {help}
            {control}
            {message}
          </div>
        )
      })}
      <button type="submit" disabled={sending}>
        {sending ? 'Envoi…' : submitLabel}
      </button>
    </form>
  )
}

import type { ReactNode } from 'react'

import { ATTENDEES_MAX, ATTENDEES_MIN, EVENT_FIELD, HONEYPOT, maxLengthOf } from '@/rsvp/contract'
import type { Flash } from '@/rsvp/http/flash'
import type { FieldError, FormBlock } from '@/rsvp/rules/submission'

import { OutcomeMessage } from './Outcome'
import { rsvpClasses as styles } from './classes'
import { errorsHeading, RSVP_TEXTS } from './texts'
import { ERRORS_ID, registrationTitle, SITE_SUFFIX } from './titles'

export type { Outcome } from './Outcome'

const ACTION = '/api/rsvp/register'
/** The form's script: a static file (public/), not a Next chunk — public pages carry no Next runtime (src/data/scriptFree.mjs). */
export const RSVP_SCRIPT = '/rsvp-form.js'
/** What replaces the form (inert <template>s the script clones): each answer, and the deadline passing. */
const TEMPLATES = { confirmed: 'rsvp-modele-confirmee', waiting: 'rsvp-modele-attente', closed: 'rsvp-modele-close' }

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

/** The errors of the last attempt, above the form: each links to its field. The script builds the same. */
function ErrorSummary({ errors, blocks }: { errors: FieldError[]; blocks: FormBlock[] }) {
  return (
    <div tabIndex={-1} role="alert" className={styles.errors} id={ERRORS_ID}>
      <p>
        <strong>{errorsHeading(errors.length)}</strong>
      </p>
      <ul>
        {errors.map((e) => (
          <li key={`${e.path}-${e.message}`}>
            {blocks.some((b) => b.name === e.path) ? <a href={`#rsvp-${e.path}`}>{e.message}</a> : e.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * A plain HTML form, rendered on the server: without JavaScript it posts, the server redirects back with the
 * errors or the answer. With JavaScript, public/rsvp-form.js posts it in the background and shows the same
 * messages in place (errors tied to their fields, the answer from the <template>s below), moves focus to the
 * message and updates the page title; it also replaces the form once the deadline passes (a cached page may
 * outlive it; the server checks too). Its texts come from here (`data-rsvp`): one source for both paths.
 */
export function RsvpForm(props: {
  eventId: string
  eventTitle: string
  blocks: FormBlock[]
  submitLabel: string
  closesAt: string
  flash?: Flash
  /** The form's own confirmation message, rendered on the server, shown under the answer. */
  confirmation?: ReactNode
}) {
  const { eventId, eventTitle, blocks, submitLabel, closesAt } = props
  const errors = props.flash?.errors ?? []
  const values = props.flash?.values ?? {}
  const errorFor = (name: string) => errors.find((e) => e.path === name)?.message
  const script = {
    closesAt,
    titles: {
      error: registrationTitle('error', eventTitle) + SITE_SUFFIX,
      confirmed: registrationTitle('confirmed', eventTitle) + SITE_SUFFIX,
      waiting: registrationTitle('waiting', eventTitle) + SITE_SUFFIX,
    },
    texts: RSVP_TEXTS,
    errorsId: ERRORS_ID,
    classes: { errors: styles.errors, fieldError: styles.fieldError },
    templates: TEMPLATES,
  }

  return (
    <>
      <form action={ACTION} method="post" noValidate className={styles.form} data-rsvp={JSON.stringify(script)}>
        {errors.length ? <ErrorSummary errors={errors} blocks={blocks} /> : null}
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
        <button type="submit">{submitLabel}</button>
      </form>
      <template id={TEMPLATES.confirmed}>
        <OutcomeMessage outcome="confirmed">{props.confirmation}</OutcomeMessage>
      </template>
      <template id={TEMPLATES.waiting}>
        <OutcomeMessage outcome="waiting">{props.confirmation}</OutcomeMessage>
      </template>
      <template id={TEMPLATES.closed}>
        <p tabIndex={-1} role="status" className={styles.closed} id="rsvp-closes">
          <strong>Les inscriptions sont closes</strong> : la date limite est passée.
        </p>
      </template>
      <script src={RSVP_SCRIPT} defer />
    </>
  )
}

import config from '@payload-config'
import { getPayload } from 'payload'

import type { Event, Form } from '@/payload-types'
import type { Flash } from '@/rsvp/http/flash'
import type { FormBlock } from '@/rsvp/rules/submission'
import { DEFAULT_RETENTION_MONTHS } from '@/rsvp/privacy/notice'
import { eventOccupancy, placesLeftText } from '@/rsvp/capacity/placesLeft'
import { CLOSED_TITLE, registrationWindow } from '@/rsvp/rules/window'

import { RichText } from '../RichText'
import { type Outcome, OutcomeMessage } from './Outcome'
import { PrivacyNotice } from './PrivacyNotice'
import { rsvpClasses as styles } from './classes'
import { RsvpForm } from './RsvpForm'
import { rsvpCss } from './rsvpStyles'
import { ERRORS_ID } from './titles'

async function formOf(event: Event): Promise<Form | undefined> {
  const form = event.rsvp?.form
  if (!form) return undefined
  if (typeof form === 'object') return form
  const payload = await getPayload({ config })
  try {
    return await payload.findByID({ collection: 'forms', id: form, depth: 0 })
  } catch {
    return undefined
  }
}

/**
 * The RSVP block of an event page: the form while registrations are open, otherwise why they are closed.
 * `flash` and `outcome` come from the no-JavaScript round trip (see /inscription/[event]): an outcome is
 * shown even if registrations closed since (the guest registered in time).
 */
export async function RsvpArea({
  event,
  now = new Date(),
  flash,
  outcome,
}: {
  event: Event
  now?: Date
  flash?: Flash
  outcome?: Outcome
}) {
  const form = await formOf(event)
  if (!form) return null
  const window = registrationWindow(event, now)
  const places = window.open ? placesLeftText(await eventOccupancy(await getPayload({ config }), event)) : ''
  // The staff's own message (the form's « Message de confirmation »), under the answer, with or without JavaScript.
  const confirmation = form.confirmationMessage ? <RichText data={form.confirmationMessage} /> : null
  return (
    <section aria-labelledby="inscription-titre" id="inscription" className={styles.rsvp}>
      {/* Hoisted into the <head> by React (href + precedence), once: no stylesheet request (rsvpStyles.ts). */}
      <style href="rsvp" precedence="medium">
        {rsvpCss}
      </style>
      <h2 id="inscription-titre">Inscription</h2>
      {outcome ? (
        <OutcomeMessage outcome={outcome}>{confirmation}</OutcomeMessage>
      ) : window.open ? (
        <>
          <p>
            Inscriptions ouvertes jusqu’au {window.closesAtText}
            {places ? ` (${places})` : ''}.
          </p>
          {event.rsvp?.instructions ? <p>{event.rsvp.instructions}</p> : null}
          <RsvpForm
            eventId={String(event.id)}
            eventTitle={event.title}
            blocks={(form.fields ?? []) as FormBlock[]}
            submitLabel={form.submitButtonLabel || 'Je m’inscris'}
            closesAt={window.closesAt.toISOString()}
            flash={flash}
            confirmation={confirmation}
          />
          <PrivacyNotice retentionMonths={form.retentionMonths ?? DEFAULT_RETENTION_MONTHS} />
        </>
      ) : (
        // After a refused late registration (no JavaScript) the redirect's fragment lands here.
        <div
          className={styles.closed}
          role="status"
          id={flash ? ERRORS_ID : undefined}
          tabIndex={flash ? -1 : undefined}
        >
          <p>
            <strong>{CLOSED_TITLE}.</strong>
          </p>
          <p>{window.message.replace(`${CLOSED_TITLE} : `, '').replace(/^./, (c) => c.toUpperCase())}</p>
        </div>
      )}
    </section>
  )
}

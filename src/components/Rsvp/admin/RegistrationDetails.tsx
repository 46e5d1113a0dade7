import type { Payload } from 'payload'

import { frenchDateTime } from '../../../admin/format'
import { idOf } from '../../../db/ids'
import type { Event, Form, FormSubmission } from '../../../payload-types'
import { statusLabel } from '../../../rsvp/contract'
import { readableAnswer } from '../../../rsvp/rules/staffQuestions'
import type { FormBlock } from '../../../rsvp/rules/submission'
import { RegistrationActions } from './RegistrationActions'

type Props = { payload: Payload; data?: Partial<FormSubmission>; id?: string | number }

/**
 * A registration as staff read it: status, arrival number, event, then every answer under the form's own
 * labels (the staff's own questions included), and the actions. Replaces the plugin's raw « Field / Value » rows.
 */
export async function RegistrationDetails({ payload, data, id }: Props) {
  if (!id || !data) return null
  const formId = idOf(data.form)
  const eventId = idOf(data.event)
  const [form, event] = await Promise.all([
    formId === undefined || formId === null
      ? undefined
      : (payload
          .findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true })
          .catch(() => undefined) as Promise<Form | undefined>),
    eventId === undefined || eventId === null
      ? undefined
      : (payload
          .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, draft: true })
          .catch(() => undefined) as Promise<Event | undefined>),
  ])
  const blocks = (form?.fields ?? []) as FormBlock[]
  const answers = (data.submissionData ?? []) as { field: string; value: string }[]
  const name = [data.firstName, data.lastName].filter(Boolean).join(' ') || data.email || 'cette personne'
  return (
    <div className="occe-panel" data-testid="registration-details">
      <h3>Inscription de {name}</h3>
      <dl>
        <dt>Statut</dt>
        <dd>{statusLabel(data.status)}</dd>
        <dt>N° d’arrivée</dt>
        <dd>{data.arrival ?? '—'}</dd>
        <dt>Reçue le</dt>
        <dd>{data.createdAt ? frenchDateTime(data.createdAt) : '—'}</dd>
        {data.cancelledAt ? (
          <>
            <dt>Annulée le</dt>
            <dd>{frenchDateTime(data.cancelledAt)}</dd>
          </>
        ) : null}
        <dt>Présent·e</dt>
        <dd>
          {data.checkedInAt
            ? `oui, arrivée enregistrée le ${frenchDateTime(data.checkedInAt)}${data.checkedInBy ? ` par ${data.checkedInBy}` : ''}`
            : data.attended
              ? 'oui'
              : 'non'}
        </dd>
        <dt>Événement</dt>
        <dd>{event ? <a href={`/admin/collections/events/${event.id}`}>{event.title}</a> : '—'}</dd>
      </dl>
      <h4>Réponses</h4>
      {data.erasedAt ? (
        <p>Données personnelles effacées le {frenchDateTime(data.erasedAt)} (durée de conservation échue).</p>
      ) : (
        <dl data-testid="registration-answers">
          {answers.map(({ field, value }) => {
            const block = blocks.find((b) => b.name === field)
            return <Answer key={field} label={block?.label || field} value={readableAnswer(block, value)} />
          })}
        </dl>
      )}
      <RegistrationActions id={id} name={name} status={data.status} />
    </div>
  )
}

function Answer({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </>
  )
}

/** French messages of the RSVP: to the guest (confirmation, waiting list, promotion) and to the event contact. */
import { escapeHtml } from '../components/escapeHtml'
import { eventDates } from '../dates/eventDates'
import { privacyNotice } from '../rsvp/privacy/notice'

export type MessageEvent = {
  title: string
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  startsAt_tz?: string | null
  place?: string
  url?: string
}

export type Guest = {
  firstName: string
  lastName: string
  email: string
  attendees: number
  status: 'confirmed' | 'waiting'
}

export type Message = { to: string; subject: string; text: string; html: string; replyTo?: string }

/** A paragraph: plain text, or text followed by a link the site itself built (cancel link, event page), or an inline image. */
type Paragraph = string | { text: string; link: string } | { image: string; alt: string; width: number }

/**
 * Plain text is the reference; the HTML is the same paragraphs, escaped. Only the links the site puts in are
 * clickable: a URL typed by a guest (name, organisation…) stays inert text.
 */
function render(paragraphs: Paragraph[]): { text: string; html: string } {
  const text =
    paragraphs.flatMap((p) => (typeof p === 'string' ? [p] : 'image' in p ? [] : [p.text + p.link])).join('\n\n') + '\n'
  const html = paragraphs
    .map((p) => {
      if (typeof p !== 'string' && 'image' in p)
        return `<p><img src="${escapeHtml(p.image)}" alt="${escapeHtml(p.alt)}" width="${p.width}" height="${p.width}"></p>`
      const body =
        typeof p === 'string'
          ? escapeHtml(p)
          : `${escapeHtml(p.text)}<a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a>`
      return `<p>${body.replace(/\n/g, '<br>')}</p>`
    })
    .join('\n')
  return { text, html: `<!doctype html><html lang="fr"><body>${html}</body></html>` }
}

const people = (n: number) => (n > 1 ? `${n} personnes` : '1 personne')

/** The guest's entry code: the QR image (a Content-ID of an attachment, or a data URI) and the same link as text. */
export type EntryCode = { url: string; code: string; image: string }

const entryParagraphs = (entry: EntryCode): Paragraph[] => [
  'Votre code d’entrée : présentez ce QR code à l’accueil le jour de l’événement (sur votre téléphone ou imprimé).',
  { image: entry.image, alt: `QR code d’entrée (code ${entry.code})`, width: 240 },
  {
    text: `Sans QR code, l’équipe d’accueil vous trouve par votre nom. Votre code : ${entry.code}\nLien d’entrée : `,
    link: entry.url,
  },
]

export function guestMessage(
  guest: Guest,
  event: MessageEvent,
  cancelUrl: string,
  options: { promoted?: boolean; retentionMonths?: number; contactEmail?: string; entry?: EntryCode } = {},
): Message {
  const when = eventDates(event)
  const confirmed = guest.status === 'confirmed'
  const subject = options.promoted
    ? `Une place s’est libérée : votre inscription est confirmée – ${event.title}`
    : confirmed
      ? `Inscription confirmée – ${event.title}`
      : `Vous êtes sur liste d’attente – ${event.title}`
  const intro = options.promoted
    ? `Une place s’est libérée : votre inscription à « ${event.title} » est maintenant confirmée pour ${people(guest.attendees)}.`
    : confirmed
      ? `Votre inscription à « ${event.title} » est confirmée pour ${people(guest.attendees)}.`
      : `L’événement « ${event.title} » est complet : votre demande pour ${people(guest.attendees)} est inscrite sur la liste d’attente, dans l’ordre d’arrivée. Nous vous écrirons dès qu’une place se libère.`
  const paragraphs: Paragraph[] = [
    `Bonjour ${guest.firstName} ${guest.lastName},`,
    intro,
    `Quand : ${when} (heure de Paris).` + (event.place ? `\nOù : ${event.place}.` : ''),
    ...(confirmed && options.entry ? entryParagraphs(options.entry) : []),
    ...(confirmed ? ['Le fichier joint « evenement.ics » ajoute l’événement à votre agenda.'] : []),
    { text: 'Vous ne pouvez plus venir ? Annulez votre inscription pour libérer votre place :\n', link: cancelUrl },
    ...(event.url ? [{ text: 'Détails de l’événement : ', link: event.url }] : []),
    privacyNotice(options.retentionMonths, options.contactEmail).paragraphs[3],
    'L’équipe de l’OCCE',
  ]
  return { to: guest.email, subject, ...render(paragraphs) }
}

export function contactMessage(
  contactEmail: string,
  guest: Guest & {
    organisation?: string
    role?: string
    accessibility?: string
    /** The answers to the staff's own questions, under the form's labels. */
    answers?: { label: string; value: string }[]
  },
  event: MessageEvent,
  counts: { confirmed: number; waiting: number; capacity?: number | null },
): Message {
  const status = guest.status === 'confirmed' ? 'confirmée' : 'sur liste d’attente'
  const paragraphs = [
    `Nouvelle inscription ${status} à « ${event.title} » (${eventDates(event)}) :`,
    [
      `Nom : ${guest.firstName} ${guest.lastName}`,
      `E-mail : ${guest.email}`,
      `Personnes : ${guest.attendees}`,
      ...(guest.organisation ? [`Organisme : ${guest.organisation}`] : []),
      ...(guest.role ? [`Qualité : ${guest.role}`] : []),
      ...(guest.accessibility ? [`Besoins d’accessibilité : ${guest.accessibility}`] : []),
      ...(guest.answers ?? []).map(({ label, value }) => `${label} : ${value || '—'}`),
    ].join('\n'),
    `Places confirmées : ${counts.confirmed}${counts.capacity ? ` sur ${counts.capacity}` : ''} personnes ; liste d’attente : ${counts.waiting} personnes.`,
    'La liste complète s’exporte en CSV depuis l’administration du site.',
  ]
  return {
    to: contactEmail,
    replyTo: guest.email,
    subject: `Nouvelle inscription – ${event.title}`,
    ...render(paragraphs),
  }
}

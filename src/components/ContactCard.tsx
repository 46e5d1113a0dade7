import type { Contact } from '@/payload-types'

export function ContactCard({ contact }: { contact: Contact }) {
  return (
    <p className="contact">
      <strong>{contact.name}</strong>
      {contact.role ? (
        <>
          <br />
          {contact.role}
        </>
      ) : null}
      <br />
      Courriel : <a href={`mailto:${contact.email}`}>{contact.email}</a>
      {contact.phone ? (
        <>
          <br />
          Téléphone : <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
        </>
      ) : null}
    </p>
  )
}

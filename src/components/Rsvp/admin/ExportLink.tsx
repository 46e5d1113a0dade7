'use client'

import { useDocumentInfo } from '@payloadcms/ui'

/** In the form's sidebar: the registrations of the event this form serves, as CSV. */
export function ExportLink() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`/api/rsvp/export?form=${encodeURIComponent(String(id))}`}
        download
      >
        Exporter les inscriptions (CSV)
      </a>
      <p style={{ fontSize: '0.85em', marginTop: '0.5rem' }}>
        UTF-8, séparateur « ; », ouvrable dans Excel et LibreOffice.
      </p>
    </div>
  )
}

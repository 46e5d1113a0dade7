/** The OCCE's mark and name on the login page (replaces Payload's logo). */
export function Logo() {
  return (
    <div className="occe-logo" role="img" aria-label="OCCE – Office Central de la Coopération à l’École">
      <Mark size={64} />
      <span className="occe-logo__text" aria-hidden="true">
        <strong>OCCE</strong>
        <span>Office Central de la Coopération à l’École</span>
      </span>
    </div>
  )
}

/** Four hands joined in a circle: drawn here so no image file or third-party asset is needed. */
export function Mark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#00609c" />
      <circle cx="32" cy="32" r="17" fill="none" stroke="#ffffff" strokeWidth="6" />
      <circle cx="32" cy="15" r="5" fill="#f7b500" />
      <circle cx="49" cy="32" r="5" fill="#e5474b" />
      <circle cx="32" cy="49" r="5" fill="#7ab800" />
      <circle cx="15" cy="32" r="5" fill="#ffffff" />
    </svg>
  )
}

import { Mark } from './Logo'

/** The OCCE's mark in the admin's header and navigation (replaces Payload's icon). */
export function Icon() {
  return (
    <span className="occe-icon" title="OCCE">
      <Mark size={28} />
      <span className="occe-icon__name">OCCE</span>
    </span>
  )
}

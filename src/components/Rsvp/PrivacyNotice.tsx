import { privacyNotice } from '@/rsvp/privacy/notice'

import { rsvpClasses as styles } from './classes'

/** Shown beside the form, not behind a link: the consent box refers to it. */
export function PrivacyNotice({ retentionMonths }: { retentionMonths: number }) {
  const notice = privacyNotice(retentionMonths)
  return (
    <div className={styles.privacy} id="notice-donnees">
      <h3>{notice.title}</h3>
      {notice.paragraphs.map((p) => (
        <p key={p.slice(0, 24)}>{p}</p>
      ))}
    </div>
  )
}

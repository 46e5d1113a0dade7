import config from '@payload-config'
import { getPayload } from 'payload'

import { entryUrl } from '@/checkin/links'
import { qrDataUri } from '@/checkin/qr'
import { checkinToken } from '@/checkin/token'

import styles from './Checkin.module.css'

/**
 * The guest's entry code on their registration page: the same QR code and text as in the confirmation
 * e-mail. Only for a confirmed registration (the waiting list gets it once promoted).
 */
export async function EntryCode({
  registrationId,
  status,
}: {
  registrationId: string | number
  status?: string | null
}) {
  if (status !== 'confirmed') return null
  const payload = await getPayload({ config })
  const url = entryUrl(payload, registrationId)
  const code = checkinToken(payload.secret, registrationId)
  const qr = await qrDataUri(url)
  return (
    <section className={styles.entryCode} aria-labelledby="code-entree-titre">
      <h2 id="code-entree-titre">Votre code d’entrée</h2>
      <p>Présentez ce QR code à l’accueil le jour de l’événement (sur votre téléphone ou imprimé).</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URI made on the server, nothing to optimise */}
      <img src={qr} alt={`QR code d’entrée (code ${code})`} width={240} height={240} />
      <p>
        Sans QR code, l’équipe d’accueil vous trouve par votre nom. Votre code :{' '}
        <code className={styles.code}>{code}</code>
      </p>
    </section>
  )
}

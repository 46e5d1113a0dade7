/** A guest cancels with the signed link from their e-mail. */
import type { Payload } from 'payload'

import { plausibleId } from '../../db/ids'
import type { FormSubmission } from '../../payload-types'
import { SUBMISSIONS } from '../contract'
import { verifyCancelToken } from './cancelToken'

export type CancelOutcome =
  { ok: true; submission: FormSubmission; alreadyCancelled: boolean } | { ok: false; message: string }

const INVALID =
  'Ce lien d’annulation n’est pas valide. Vérifiez qu’il est complet ou écrivez au contact de l’événement.'

export async function findForCancel(payload: Payload, id: unknown, token: unknown): Promise<CancelOutcome> {
  if (!plausibleId(id)) return { ok: false, message: INVALID }
  let submission: FormSubmission
  try {
    submission = await payload.findByID({
      collection: SUBMISSIONS,
      id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
  } catch {
    return { ok: false, message: INVALID }
  }
  if (!submission || !verifyCancelToken(payload.secret, submission.id, token, submission.cancelTokenHash))
    return { ok: false, message: INVALID }
  if (submission.erasedAt) return { ok: false, message: INVALID }
  return { ok: true, submission, alreadyCancelled: submission.status === 'cancelled' }
}

/** Cancels; the collection hooks free the seats and confirm the waiting list in order. */
export async function cancelRegistration(payload: Payload, id: unknown, token: unknown): Promise<CancelOutcome> {
  const found = await findForCancel(payload, id, token)
  if (!found.ok || found.alreadyCancelled) return found
  const submission = await payload.update({
    collection: SUBMISSIONS,
    id: found.submission.id,
    data: { status: 'cancelled' },
    depth: 0,
    overrideAccess: true,
  })
  return { ok: true, submission, alreadyCancelled: false }
}

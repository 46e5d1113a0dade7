/**
 * The admin's « schedule-publish » server function, with the document check Payload's own handler lacks: it
 * only checks that the caller may open the admin, so an AD editor could schedule — or cancel the schedule
 * of — another association's document. Here the document (or, to cancel, the scheduled job's document)
 * must be one the caller may publish, the same rule as Payload's « get-upcoming-scheduled-publish ».
 */
import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import {
  canAccessAdmin,
  docAccessOperation,
  docAccessOperationGlobal,
  type PayloadRequest,
  type SchedulePublishTaskInput,
  type ServerFunction,
} from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import { plausibleId } from '../db/ids'

/** Payload's sanitised permission: `true`, or `{ permission: true, where }` when a query rule matched this document. */
const granted = (permission: unknown) =>
  permission === true || (permission as { permission?: unknown } | undefined)?.permission === true

const REFUSED = { error: 'Vous ne pouvez pas programmer la publication de ce document.' }
const TASK = 'schedulePublish'

type Target = Pick<SchedulePublishTaskInput, 'doc' | 'global'>

/** Whether the user of `req` may publish the target now, hence schedule or unschedule its publication. */
async function mayPublish(req: PayloadRequest, { doc, global }: Target): Promise<boolean> {
  if (doc && global) return false
  if (doc) {
    const collection = req.payload.collections[doc.relationTo]
    if (!collection || !hasScheduledPublishEnabled(collection.config) || doc.value === undefined || doc.value === null)
      return false
    const permissions = await docAccessOperation({ id: doc.value, collection, data: { _status: 'published' }, req })
    return granted(permissions.update)
  }
  if (global) {
    const globalConfig = req.payload.config.globals.find((g) => g.slug === global)
    if (!globalConfig || !hasScheduledPublishEnabled(globalConfig)) return false
    return granted((await docAccessOperationGlobal({ data: { _status: 'published' }, globalConfig, req })).update)
  }
  return false
}

/** A scheduled publication not yet run, by its job id; `undefined` when there is none. */
async function pendingSchedule(req: PayloadRequest, id: string | number) {
  if (!plausibleId(String(id))) return undefined
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { id: { equals: id } },
        { taskSlug: { equals: TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req, deleteID, doc, global } = args
  await canAccessAdmin({ req })
  if (deleteID !== undefined && deleteID !== null) {
    // Cancelling only: Payload's handler would also queue an empty job after the deletion.
    if (doc || global) return REFUSED
    const job = await pendingSchedule(req, deleteID)
    if (!job) return { error: 'Cette programmation n’existe plus : elle a peut-être déjà eu lieu.' }
    if (!(await mayPublish(req, (job.input ?? {}) as Target))) return REFUSED
    await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
    return { message: 'Programmation annulée.' }
  }
  if (!(await mayPublish(req, { doc, global }))) return REFUSED
  return schedulePublishHandler(args)
}

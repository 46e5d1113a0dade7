'use client'
/**
 * The « Publier » button of releases, events and projects, with Payload's sub-menu « Programmer la
 * publication » replaced by a French scheduler: day from a calendar, hour and minutes from 24-hour lists
 * (Paris time), « Publier » preselected unless the document is online, past times refused; each scheduled
 * publication can be cancelled (« Annuler la programmation »).
 */
import {
  DatePicker,
  Drawer,
  FormSubmit,
  PopupList,
  toast,
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useForm,
  useFormModified,
  useModal,
  useServerFunctions,
} from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import { wallClockOf, wallClockToInstant } from '../../dates/wallClock'
import { PARIS } from '../../dates/timezones'
import { frenchDateTime } from '../format'

type Upcoming = { id: number | string; input: { type: 'publish' | 'unpublish' }; waitUntil: string }

const HOURS = Array.from({ length: 24 }, (_, h) => h)
const MINUTES = [0, 15, 30, 45]
const pad = (n: number) => String(n).padStart(2, '0')

export function PublishControls() {
  const {
    id,
    collectionSlug,
    hasPublishedDoc,
    hasPublishPermission,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const { config } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const { toggleModal, isModalOpen } = useModal()
  const drawerSlug = `occe-schedule-${String(id)}`

  const canPublish =
    hasPublishPermission &&
    (modified || unpublishedVersionCount > 0 || !hasPublishedDoc) &&
    uploadStatus !== 'uploading'
  const canSchedule = Boolean(hasPublishPermission && id && !modified)

  const publish = useCallback(async () => {
    if (uploadStatus === 'uploading') return
    const action = `${config.routes.api}/${collectionSlug}${id ? `/${id}` : ''}?depth=0`
    const result = await submit({ action, overrides: { _status: 'published' } })
    if (result) {
      setUnpublishedVersionCount(0)
      setMostRecentVersionIsAutosaved(false)
      setHasPublishedDoc(true)
    }
  }, [
    collectionSlug,
    config.routes.api,
    id,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    submit,
    uploadStatus,
  ])

  if (!hasPublishPermission) return null
  return (
    <>
      <FormSubmit
        buttonId="action-save"
        disabled={!canPublish}
        enableSubMenu={canSchedule}
        onClick={publish}
        size="medium"
        type="button"
        SubMenuPopupContent={
          canSchedule
            ? ({ close }) => (
                <PopupList.ButtonGroup>
                  <PopupList.Button id="schedule-publish" onClick={() => [toggleModal(drawerSlug), close()]}>
                    Programmer la publication
                  </PopupList.Button>
                </PopupList.ButtonGroup>
              )
            : undefined
        }
      >
        {hasPublishedDoc ? 'Publier les modifications' : 'Publier'}
      </FormSubmit>
      {canSchedule && isModalOpen(drawerSlug) ? (
        <ScheduleDrawer
          slug={drawerSlug}
          defaultType={hasPublishedDoc && unpublishedVersionCount === 0 ? 'unpublish' : 'publish'}
        />
      ) : null}
    </>
  )
}

function nextQuarterHour(): Date {
  const now = new Date(Date.now() + 60 * 60e3)
  now.setUTCMinutes(Math.ceil(now.getUTCMinutes() / 15) * 15, 0, 0)
  return now
}

function ScheduleDrawer({ slug, defaultType }: { slug: string; defaultType: 'publish' | 'unpublish' }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { getUpcomingScheduledPublish, schedulePublish } = useServerFunctions()
  const initial = useMemo(() => wallClockOf(nextQuarterHour()), [])
  const [type, setType] = useState(defaultType)
  const [day, setDay] = useState<Date>(() => new Date(initial.year, initial.month - 1, initial.day, 12))
  const [hour, setHour] = useState(initial.hour)
  const [minute, setMinute] = useState(initial.minute)
  const [error, setError] = useState<string>()
  const [processing, setProcessing] = useState(false)
  const [upcoming, setUpcoming] = useState<Upcoming[]>()

  const refresh = useCallback(async () => {
    const docs = (await getUpcomingScheduledPublish({ id, collectionSlug })) as Upcoming[]
    setUpcoming(docs)
  }, [collectionSlug, getUpcomingScheduledPublish, id])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- refresh sets state after the server function answers, not during the effect
    void refresh()
  }, [refresh])

  const save = async () => {
    if (!day) return setError('Choisissez un jour.')
    const at = wallClockToInstant({
      year: day.getFullYear(),
      month: day.getMonth() + 1,
      day: day.getDate(),
      hour,
      minute,
    })
    if (at.getTime() <= Date.now() + 60e3)
      return setError('Cette date est déjà passée : choisissez un jour et une heure à venir.')
    setError(undefined)
    setProcessing(true)
    try {
      const result = (await schedulePublish({
        type,
        date: at,
        doc: { relationTo: collectionSlug!, value: String(id) },
        timezone: PARIS,
      })) as { error?: string } | undefined
      if (result?.error) throw new Error(result.error)
      toast.success(
        type === 'publish'
          ? `Publication programmée le ${frenchDateTime(at)}.`
          : `Retrait programmé le ${frenchDateTime(at)}.`,
      )
      await refresh()
      window.dispatchEvent(new Event('occe:scheduled'))
    } catch {
      setError('La programmation a échoué. Réessayez ou publiez maintenant.')
    }
    setProcessing(false)
  }

  const cancel = async (job: Upcoming) => {
    setError(undefined)
    setProcessing(true)
    try {
      const result = (await schedulePublish({ deleteID: job.id })) as { error?: string } | undefined
      if (result?.error) throw new Error(result.error)
      toast.success('Programmation annulée.')
      await refresh()
      window.dispatchEvent(new Event('occe:scheduled'))
    } catch {
      setError('L’annulation a échoué. Rechargez la page et réessayez.')
    }
    setProcessing(false)
  }

  return (
    <Drawer slug={slug} title={`Programmer « ${title} »`} className="occe-schedule">
      <fieldset className="occe-schedule__type">
        <legend>Action</legend>
        <label>
          <input type="radio" name={`${slug}-type`} checked={type === 'publish'} onChange={() => setType('publish')} />{' '}
          Publier
        </label>
        <label>
          <input
            type="radio"
            name={`${slug}-type`}
            checked={type === 'unpublish'}
            onChange={() => setType('unpublish')}
          />{' '}
          Retirer du site
        </label>
      </fieldset>
      <div className="occe-schedule__when">
        <div>
          <span className="occe-schedule__label">Jour</span>
          <DatePicker
            id="occe-schedule-day"
            pickerAppearance="dayOnly"
            displayFormat="dd/MM/yyyy"
            minDate={new Date()}
            value={day}
            onChange={(value) => setDay(value)}
          />
        </div>
        <label>
          <span className="occe-schedule__label">Heure</span>
          <select id="occe-schedule-hour" value={hour} onChange={(e) => setHour(Number(e.target.value))}>
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {pad(h)} h
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="occe-schedule__label">Minutes</span>
          <select id="occe-schedule-minute" value={minute} onChange={(e) => setMinute(Number(e.target.value))}>
            {MINUTES.map((m) => (
              <option key={m} value={m}>
                {pad(m)}
              </option>
            ))}
          </select>
        </label>
        <p className="occe-schedule__zone">Heure de Paris.</p>
      </div>
      {error ? (
        <p className="occe-schedule__error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn--style-primary btn--size-medium"
        disabled={processing}
        onClick={save}
        id="occe-schedule-save"
      >
        {processing ? 'Programmation…' : 'Programmer'}
      </button>
      <h3>Déjà programmé</h3>
      {upcoming === undefined ? (
        <p>Chargement…</p>
      ) : upcoming.length ? (
        <ul className="occe-schedule__upcoming">
          {upcoming.map((u) => (
            <li key={u.id}>
              <span>
                {u.input.type === 'unpublish' ? 'Retrait programmé le' : 'Programmé le'} {frenchDateTime(u.waitUntil)}
              </span>{' '}
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={processing}
                onClick={() => void cancel(u)}
              >
                Annuler la programmation
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Rien n’est programmé pour ce document.</p>
      )}
    </Drawer>
  )
}

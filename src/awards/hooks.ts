/**
 * The award's hooks: every change that can move a rule recomputes the setting's award in its own transaction; the
 * service's manual confirmations are stamped (who, when) and revocation takes effect; a criterion change queues the
 * recompute of every setting of its track as a job.
 */
import { APIError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { actorOf, idOf, sameId } from '@/access'
import { awardRevokedEmail } from '@/email/awardEmails'
import { queueEmail } from '@/email/queueEmail'
import { settingLeadEmails } from '@/email/recipients'
import type { Award, AwardCriterion } from '@/payload-types'

import { recomputeAwardSoon } from './deferred'
import { recomputeAward } from './recompute'

export const AWARD_RECOMPUTE_TASK = 'award-recompute'

async function recomputeSettingOf(req: PayloadRequest, setting: unknown): Promise<void> {
  const id = idOf(setting)
  if (id !== null) await recomputeAwardSoon(req, Number(id))
}

/**
 * An afterChange hook that recomputes the award of the document's setting when `moved` says the change can move a
 * rule (`settingField` names the relationship; 'id' for the settings collection itself).
 */
export const recomputeAwardWhen =
  <T extends Record<string, unknown>>(
    moved: (doc: T, previous: T | undefined, operation: 'create' | 'update') => boolean,
    settingField = 'setting',
  ): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const before = operation === 'update' ? (previousDoc as T) : undefined
    if (moved(doc as T, before, operation)) await recomputeSettingOf(req, settingField === 'id' ? doc.id : doc[settingField])
    return doc
  }

/** An afterDelete hook that recomputes the award of the deleted document's setting when it counted towards a rule. */
export const recomputeAwardAfterDelete =
  <T extends Record<string, unknown>>(counted: (doc: T) => boolean): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (counted(doc as T)) await recomputeSettingOf(req, (doc as T).setting)
    return doc
  }

const changed =
  <T extends Record<string, unknown>>(field: keyof T) =>
  (doc: T, previous: T | undefined) =>
    !previous || doc[field] !== previous[field]

/** Actions: done or no longer done. */
export const actionMoved = <T extends Record<string, unknown>>(doc: T, previous: T | undefined) => (doc.status === 'done') !== (previous?.status === 'done')
/** Case studies: published, or withdrawn from the Scrapbook. */
export const caseStudyMoved = <T extends Record<string, unknown>>(doc: T, previous: T | undefined) =>
  (doc.status === 'published') !== (previous?.status === 'published')
/** Staff members: made active or inactive, or a champion or no longer one (new staff count towards percentages). */
export const staffMoved = <T extends Record<string, unknown>>(doc: T, previous: T | undefined) =>
  !previous || changed<T>('active')(doc, previous) || changed<T>('champion')(doc, previous)
/** Settings: a new setting starts its first award; a change of type may change its track. */
export const settingMoved = <T extends Record<string, unknown>>(doc: T, previous: T | undefined) => !previous || changed<T>('awardTrack')(doc, previous)

// ─── awards: manual confirmations and revocation ─────────────────────────────────────────────────────────────────

const conflict = (message: string) => new APIError(message, 409, undefined, true)

/**
 * Before the service saves an award: each new confirmation is stamped with who confirmed it and when (kept ones keep
 * theirs); a revocation reason on an achieved award revokes it (409 on any other award).
 */
export const stampAwardChanges: CollectionBeforeChangeHook<Award> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const actor = actorOf(req)
  const now = new Date().toISOString()
  if (Array.isArray(data.confirmations)) {
    data.confirmations = data.confirmations.map((row) => {
      const kept = (originalDoc.confirmations ?? []).find((o) => row.id && o.id === row.id && sameId(o.criterion, row.criterion))
      return kept
        ? {
            ...row,
            confirmedBy: idOf(kept.confirmedBy) as number | null,
            confirmedAt: kept.confirmedAt ?? now,
          }
        : {
            ...row,
            confirmedBy: (actor?.id as number | undefined) ?? null,
            confirmedAt: now,
          }
    })
  }
  const reason = typeof data.revocationReason === 'string' ? data.revocationReason.trim() : ''
  if (reason && reason !== (originalDoc.revocationReason ?? '').trim()) {
    if (originalDoc.status !== 'achieved') {
      throw conflict(`Only an achieved award can be revoked: this award is ${originalDoc.status === 'in-progress' ? 'in progress' : originalDoc.status}.`)
    }
    return {
      ...data,
      revocationReason: reason,
      status: 'revoked',
      revokedAt: now,
      revokedBy: (actor?.id as number | undefined) ?? null,
    }
  }
  return data
}

/**
 * After the service saves an award: a revocation is emailed to the setting's leads and a new cycle starts; a change
 * to the confirmations re-evaluates the checklist (the response shows it).
 */
export const afterAwardChange: CollectionAfterChangeHook<Award> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const settingId = Number(idOf(doc.setting))
  if (doc.status === 'revoked' && previousDoc?.status !== 'revoked') {
    const setting = await req.payload.findByID({
      collection: 'settings',
      id: settingId,
      req,
      overrideAccess: true,
      depth: 0,
      select: { name: true },
    })
    const leads = await settingLeadEmails(req, settingId)
    if (leads.length) {
      await queueEmail(req, {
        to: leads.join(', '),
        ...awardRevokedEmail(
          {
            settingName: setting.name,
            track: doc.track,
            certificateNumber: doc.certificateNumber ?? '',
          },
          doc.revocationReason ?? '',
        ),
      })
    }
    await recomputeAward(req, settingId)
    return doc
  }
  const confirmations = (a: Award | undefined) => JSON.stringify((a?.confirmations ?? []).map((c) => [idOf(c.criterion), c.confirmedAt]))
  if (confirmations(doc) !== confirmations(previousDoc)) {
    return ((await recomputeAward(req, settingId)) ?? doc) as Award
  }
  return doc
}

// ─── criteria: recompute everyone, in a job ──────────────────────────────────────────────────────────────────────

/** The track a criterion change can affect: one track, or every setting (null) when it is or was for both. */
function trackOf(doc: AwardCriterion, previous?: AwardCriterion): 'school' | 'college' | null {
  const tracks = new Set([doc.track, previous?.track ?? doc.track])
  if (tracks.size === 1 && (doc.track === 'school' || doc.track === 'college')) return doc.track
  return null
}

/** What matters to the rules (a draft saved over a published criterion leaves the published one in force). */
const inForce = (c?: AwardCriterion) =>
  c && c._status === 'published'
    ? JSON.stringify([c.title, c.track, c.order, c.rule, c.months, c.staffMeasure, c.minimum, c.percent, idOf(c.principle), c.active])
    : null

/** A criterion published, edited, unpublished or retired: every setting of its track is recomputed by a queued job. */
export const queueAwardRecompute: CollectionAfterChangeHook<AwardCriterion> = async ({ doc, previousDoc, operation, req }) => {
  const previous = operation === 'update' ? previousDoc : undefined
  if (inForce(doc) === inForce(previous)) return doc
  await req.payload.jobs.queue({
    task: AWARD_RECOMPUTE_TASK,
    input: { track: trackOf(doc, previous) },
    req,
  })
  return doc
}

export const queueAwardRecomputeAfterDelete: CollectionAfterDeleteHook<AwardCriterion> = async ({ doc, req }) => {
  if (doc._status === 'published')
    await req.payload.jobs.queue({
      task: AWARD_RECOMPUTE_TASK,
      input: { track: trackOf(doc) },
      req,
    })
  return doc
}

/**
 * A setting's award as its own users see it in the portal: the current cycle's checklist (with each criterion's
 * guidance), and the past cycles. Read as the user, so a setting only ever reads its own awards.
 */
import { createLocalReq, type Payload } from 'payload'

import type { Award, Setting, User } from '@/payload-types'

import { awardName } from './certificate'
import { type Evaluation, evaluateChecklist } from './evaluate'
import { awardDb, criteriaInForce, principleNames, settingFacts } from './facts'
import { recomputeAward } from './recompute'

export interface ChecklistEntry {
  key: string
  title: string
  met: boolean
  metAt: string | null
  explanation: string | null
  actionPath: string | null
  actionLabel: string | null
  guidance: string | null
}

export interface SettingAward {
  name: string
  /** The current cycle (in progress or achieved); null while the setting has none yet (its checklist is then evaluated, not stored). */
  current: Award | null
  percentComplete: number
  checklist: ChecklistEntry[]
  /** Earlier cycles (expired, revoked), newest first. */
  past: Award[]
}

const CURRENT: Award['status'][] = ['in-progress', 'achieved']

const idOf = (value: number | { id: number } | null | undefined): number | null => (value && typeof value === 'object' ? value.id : (value ?? null))

/** The criteria's guidance, read as the user (settings see only published, active criteria). */
async function guidanceOf(payload: Payload, user: User, ids: number[]): Promise<Map<number, string | null>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: 'award-criteria',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { guidance: true },
    overrideAccess: false,
    user,
  })
  return new Map(docs.map((c) => [c.id, c.guidance ?? null]))
}

const awardsOf = (payload: Payload, user: User, setting: Setting) =>
  payload.find({
    collection: 'awards',
    where: { setting: { equals: setting.id } },
    sort: '-cycle',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })

/**
 * The checklist of a setting that has no award yet, evaluated by the rules without storing anything: reading a page
 * must not write. Only when that evaluation says every criterion is met is the award started through the seam, since
 * an achievement has to be recorded (and emailed) once.
 */
async function preview(payload: Payload, setting: Setting): Promise<Evaluation | null> {
  const db = await awardDb(payload)
  const [criteria, names, facts] = await Promise.all([criteriaInForce(db), principleNames(db), settingFacts(db, [setting.id])])
  const own = facts.get(setting.id)
  return own ? evaluateChecklist(criteria, own, [], new Date(), names) : null
}

export async function loadSettingAward(payload: Payload, user: User, setting: Setting): Promise<SettingAward> {
  let awards = (await awardsOf(payload, user, setting)).docs
  if (!awards.some((a) => CURRENT.includes(a.status))) {
    const evaluation = await preview(payload, setting)
    if (!evaluation?.allMet) {
      const items = evaluation?.checklist ?? []
      const guidance = await guidanceOf(
        payload,
        user,
        items.map((i) => i.criterion),
      )
      return {
        name: awardName(setting.awardTrack),
        current: null,
        percentComplete: evaluation?.percentComplete ?? 0,
        past: awards,
        checklist: items.map((item) => ({
          key: `criterion-${item.criterion}`,
          title: item.title,
          met: item.met,
          metAt: item.metAt,
          explanation: item.explanation,
          actionPath: item.actionPath,
          actionLabel: item.actionLabel,
          guidance: guidance.get(item.criterion) ?? null,
        })),
      }
    }
    await recomputeAward(await createLocalReq({}, payload), setting.id)
    awards = (await awardsOf(payload, user, setting)).docs
  }
  const current = awards.find((a) => CURRENT.includes(a.status)) ?? null
  const past = awards.filter((a) => a !== current)
  const items = current?.checklist ?? []
  const guidance = await guidanceOf(payload, user, [...new Set(items.map((i) => idOf(i.criterion)).filter((id): id is number => id !== null))])
  return {
    name: awardName(current?.track ?? setting.awardTrack),
    current,
    percentComplete: Math.max(0, Math.min(100, Math.round(current?.percentComplete ?? 0))),
    past,
    checklist: items.map((item, i) => ({
      key: item.id ?? `item-${i}`,
      title: item.title,
      met: !!item.met,
      metAt: item.metAt ?? null,
      explanation: item.explanation ?? null,
      actionPath: item.actionPath ?? null,
      actionLabel: item.actionLabel ?? null,
      guidance: guidance.get(idOf(item.criterion) ?? -1) ?? null,
    })),
  }
}

/** The setting's achieved award whose certificate its users may print, or null. */
export async function currentCertificate(payload: Payload, user: User, setting: Setting): Promise<Award | null> {
  const { docs } = await payload.find({
    collection: 'awards',
    where: { and: [{ setting: { equals: setting.id } }, { status: { equals: 'achieved' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const award = docs[0]
  return award?.achievedAt && award.verificationCode && award.certificateNumber ? award : null
}

export interface AwardSummary {
  name: string
  percentComplete: number
  achieved: boolean
  expiresAt: string | null
}

/** The dashboard card's line: one indexed read of the setting's current award (none yet: its checklist evaluated, not stored). */
export async function awardSummary(payload: Payload, user: User, setting: Setting): Promise<AwardSummary> {
  const { docs } = await payload.find({
    collection: 'awards',
    where: { and: [{ setting: { equals: setting.id } }, { status: { in: CURRENT } }] },
    limit: 1,
    depth: 0,
    select: { track: true, status: true, percentComplete: true, expiresAt: true },
    overrideAccess: false,
    user,
  })
  const award = docs[0]
  // No award yet: the same evaluation the award page shows, so the card and the page never disagree.
  const percent = award ? (award.percentComplete ?? 0) : ((await preview(payload, setting))?.percentComplete ?? 0)
  return {
    name: awardName(award?.track ?? setting.awardTrack),
    percentComplete: Math.max(0, Math.min(100, Math.round(percent))),
    achieved: award?.status === 'achieved',
    expiresAt: award?.expiresAt ?? null,
  }
}

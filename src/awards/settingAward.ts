/**
 * A setting's award as its own users see it in the portal: the current cycle's checklist (with each criterion's
 * guidance), and the past cycles. Read as the user, so a setting only ever reads its own awards.
 */
import type { Payload } from 'payload'

import type { Award, AwardCriterion, Setting, User } from '@/payload-types'

import { awardName } from './certificate'

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
  /** The current cycle (in progress or achieved); null before the Hub has evaluated the setting for the first time. */
  current: Award | null
  percentComplete: number
  checklist: ChecklistEntry[]
  /** Earlier cycles (expired, revoked), newest first. */
  past: Award[]
}

const CURRENT: Award['status'][] = ['in-progress', 'achieved']

const idOf = (value: number | { id: number } | null | undefined): number | null => (value && typeof value === 'object' ? value.id : (value ?? null))

/** The published, active criteria of the setting's track, in checklist order (read as the user: settings see only those). */
async function publishedCriteria(payload: Payload, user: User, setting: Setting, ids?: number[]): Promise<AwardCriterion[]> {
  const { docs } = await payload.find({
    collection: 'award-criteria',
    where: ids ? { id: { in: ids } } : { track: { in: ['both', setting.awardTrack ?? 'school'] } },
    sort: 'order',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return docs
}

export async function loadSettingAward(payload: Payload, user: User, setting: Setting): Promise<SettingAward> {
  const { docs: awards } = await payload.find({
    collection: 'awards',
    where: { setting: { equals: setting.id } },
    sort: '-cycle',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const current = awards.find((a) => CURRENT.includes(a.status)) ?? null
  const past = awards.filter((a) => a !== current)
  const name = awardName(current?.track ?? setting.awardTrack)

  if (!current) {
    // Not evaluated yet: the setting's checklist is every published criterion of its track, none met so far.
    const criteria = await publishedCriteria(payload, user, setting)
    return {
      name,
      current: null,
      percentComplete: 0,
      past,
      checklist: criteria.map((c) => ({
        key: `criterion-${c.id}`,
        title: c.title,
        met: false,
        metAt: null,
        explanation: null,
        actionPath: null,
        actionLabel: null,
        guidance: c.guidance ?? null,
      })),
    }
  }

  const items = current.checklist ?? []
  const criterionIds = [...new Set(items.map((i) => idOf(i.criterion)).filter((id): id is number => id !== null))]
  const guidance = new Map((criterionIds.length ? await publishedCriteria(payload, user, setting, criterionIds) : []).map((c) => [c.id, c.guidance ?? null]))
  return {
    name,
    current,
    percentComplete: Math.max(0, Math.min(100, Math.round(current.percentComplete ?? 0))),
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

/** The dashboard card's line: one indexed read of the setting's current award (none yet reads as 0 %). */
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
  return {
    name: awardName(award?.track ?? setting.awardTrack),
    percentComplete: Math.max(0, Math.min(100, Math.round(award?.percentComplete ?? 0))),
    achieved: award?.status === 'achieved',
    expiresAt: award?.expiresAt ?? null,
  }
}

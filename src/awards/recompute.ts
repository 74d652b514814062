/**
 * The one recompute seam: a setting's current award re-evaluated in the transaction of the change that moved it, with
 * its row locked (created as the next cycle if the setting has none), achieved once all is met and its email queued
 * exactly once; and every setting at once after a criterion changes.
 */
import { randomBytes, randomInt } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { inTransaction } from '@/db/inTransaction'
import { awardAchievedEmail } from '@/email/awardEmails'
import { queueEmail } from '@/email/queueEmail'
import { serviceInbox, settingLeadEmails } from '@/email/recipients'
import type { Award } from '@/payload-types'
import type { AwardTrack } from '@/settings/settingTypes'

import { type AwardCriterion, type Confirmation, evaluateChecklist, type PrincipleNames, type SettingFacts } from './evaluate'
import { awardDb, criteriaInForce, principleNames, settingFacts } from './facts'

type Db = Awaited<ReturnType<typeof awardDb>>
type Row = Record<string, unknown>

/** Certificate numbers: a track prefix and random characters no reader confuses (no 0/O, 1/I/L). */
const UNAMBIGUOUS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export function newCertificateNumber(track: AwardTrack): string {
  const chars = Array.from({ length: 8 }, () => UNAMBIGUOUS[randomInt(UNAMBIGUOUS.length)]).join('')
  return `${track === 'college' ? 'CCA' : 'CSA'}-${chars.slice(0, 4)}-${chars.slice(4)}`
}

/** The verification code in the certificate's QR code: 144 random bits, URL-safe. */
export const newVerificationCode = (): string => randomBytes(18).toString('base64url')

const iso = (v: unknown): string | null => (v ? new Date(v as string).toISOString() : null)

/** Adds whole years in UTC (29 February falls back to 28 February). */
export function addYears(from: Date, years: number): Date {
  const d = new Date(from.getTime())
  d.setUTCFullYear(d.getUTCFullYear() + years)
  if (d.getUTCDate() !== from.getUTCDate()) d.setUTCDate(0)
  return d
}

interface CurrentAward {
  id: number
  settingId: number
  track: AwardTrack
  status: 'in-progress' | 'achieved'
  lastEvaluatedAt: string | null
}

/**
 * Locks the setting's current award (in-progress or achieved), first creating the next cycle when it has none. Two
 * transactions creating at once collide on the partial unique index: the second inserts nothing and then locks the
 * first one's row once it is committed. Null when the setting does not exist.
 */
export async function lockCurrentAward(db: Db, settingId: number): Promise<CurrentAward | null> {
  await db.execute(sql`
    INSERT INTO awards (setting_id, track, cycle, status, percent_complete)
    SELECT s.id, coalesce(s.award_track::text, 'school')::enum_awards_track, coalesce((SELECT max(cycle) FROM awards WHERE setting_id = s.id), 0) + 1, 'in-progress', 0
    FROM settings s
    WHERE s.id = ${settingId} AND NOT EXISTS (SELECT 1 FROM awards WHERE setting_id = s.id AND status IN ('in-progress', 'achieved'))
    ON CONFLICT DO NOTHING`)
  const { rows } = await db.execute(sql`
    SELECT id, setting_id, track, status, last_evaluated_at FROM awards
    WHERE setting_id = ${settingId} AND status IN ('in-progress', 'achieved') FOR UPDATE`)
  const r = (rows as Row[])[0]
  if (!r) return null
  return {
    id: Number(r.id),
    settingId: Number(r.setting_id),
    track: r.track === 'college' ? 'college' : 'school',
    status: r.status === 'achieved' ? 'achieved' : 'in-progress',
    lastEvaluatedAt: iso(r.last_evaluated_at),
  }
}

/** What every recompute of a run shares: the criteria, the principles' names and the award validity. */
export interface AwardRules {
  criteria: AwardCriterion[]
  names: PrincipleNames
  validityYears: number
}

export async function awardRules(db: Db, req: PayloadRequest): Promise<AwardRules> {
  const [criteria, names, options] = await Promise.all([
    criteriaInForce(db),
    principleNames(db),
    req.payload.findGlobal({ slug: 'hub-options', req, overrideAccess: true, depth: 0, select: { awardValidityYears: true } }),
  ])
  return { criteria, names, validityYears: Number(options.awardValidityYears) || 3 }
}

export type RecomputeOutcome = 'unchanged' | 'changed' | 'achieved' | 'skipped'

/**
 * Re-evaluates one setting's locked current award and stores what changed. `prefetched` facts (from a bulk read) are
 * used only if nobody evaluated the award after they were read; otherwise the fresher checklist stands.
 */
async function evaluateLocked(
  req: PayloadRequest,
  db: Db,
  award: CurrentAward,
  rules: AwardRules,
  now: Date,
  prefetched?: { facts: SettingFacts | undefined; readAt: Date },
): Promise<RecomputeOutcome> {
  if (prefetched && award.lastEvaluatedAt && new Date(award.lastEvaluatedAt) > prefetched.readAt) return 'skipped'

  const [settingRow, checklistRows, confirmationRows, facts] = await Promise.all([
    db.execute(sql`SELECT award_track FROM settings WHERE id = ${award.settingId}`),
    db.execute(sql`
      SELECT criterion_id, title, met, met_at, explanation, action_path, action_label FROM awards_checklist
      WHERE _parent_id = ${award.id} ORDER BY _order`),
    db.execute(sql`SELECT criterion_id, confirmed_at FROM awards_confirmations WHERE _parent_id = ${award.id}`),
    prefetched ? Promise.resolve(prefetched.facts) : settingFacts(db, [award.settingId]).then((m) => m.get(award.settingId)),
  ])
  if (!facts) return 'unchanged'
  const settingTrack: AwardTrack = (settingRow.rows as Row[])[0]?.award_track === 'college' ? 'college' : 'school'
  // An award in progress follows the setting's type; an achieved one keeps the award it was achieved as.
  const track = award.status === 'in-progress' ? settingTrack : award.track
  const previous = (checklistRows.rows as Row[]).map((r) => ({
    criterion: Number(r.criterion_id),
    title: String(r.title),
    met: r.met === true,
    metAt: iso(r.met_at),
    explanation: (r.explanation as string | null) ?? '',
    actionPath: (r.action_path as string | null) ?? null,
    actionLabel: (r.action_label as string | null) ?? '',
  }))
  const confirmations: Confirmation[] = (confirmationRows.rows as Row[])
    .filter((r) => r.criterion_id !== null)
    .map((r) => ({ criterion: Number(r.criterion_id), confirmedAt: iso(r.confirmed_at) }))

  const result = evaluateChecklist(rules.criteria, { ...facts, track }, confirmations, now, rules.names, previous)
  const same =
    track === award.track &&
    previous.length === result.checklist.length &&
    result.checklist.every((item, i) => JSON.stringify(item) === JSON.stringify(previous[i]))
  const achieve = award.status === 'in-progress' && result.allMet

  if (!same) {
    await db.execute(sql`DELETE FROM awards_checklist WHERE _parent_id = ${award.id}`)
    if (result.checklist.length) {
      const rows = result.checklist.map(
        (item, i) =>
          sql`(${i + 1}, ${award.id}, ${randomBytes(12).toString('hex')}, ${item.criterion}, ${item.title}, ${item.met}, ${item.metAt}, ${item.explanation}, ${item.actionPath}, ${item.actionLabel})`,
      )
      await db.execute(sql`
        INSERT INTO awards_checklist (_order, _parent_id, id, criterion_id, title, met, met_at, explanation, action_path, action_label)
        VALUES ${sql.join(rows, sql`, `)}`)
    }
  }
  const at = now.toISOString()
  if (achieve) {
    await db.execute(sql`
      UPDATE awards SET status = 'achieved', track = ${track}, percent_complete = 100, last_evaluated_at = ${at}, updated_at = ${at},
        achieved_at = ${at}, expires_at = ${addYears(now, rules.validityYears).toISOString()},
        certificate_number = ${newCertificateNumber(track)}, verification_code = ${newVerificationCode()}
      WHERE id = ${award.id} AND status = 'in-progress'`)
  } else {
    await db.execute(sql`
      UPDATE awards SET track = ${track}, percent_complete = ${award.status === 'achieved' ? 100 : result.percentComplete}, last_evaluated_at = ${at}
        ${same ? sql`` : sql`, updated_at = ${at}`}
      WHERE id = ${award.id}`)
  }
  if (award.status === 'achieved' || achieve) await queueAchievedEmailOnce(req, db, award.id, at)
  return achieve ? 'achieved' : same ? 'unchanged' : 'changed'
}

/**
 * Claims the achievement email with a conditional UPDATE and queues it in the same transaction: whatever the number
 * of triggers or retries, only the one that set `achieved_email_queued_at` sends it.
 */
async function queueAchievedEmailOnce(req: PayloadRequest, db: Db, awardId: number, at: string): Promise<void> {
  const { rows } = await db.execute(sql`
    UPDATE awards a SET achieved_email_queued_at = ${at}
    FROM settings s
    WHERE a.id = ${awardId} AND s.id = a.setting_id AND a.status = 'achieved' AND a.achieved_email_queued_at IS NULL
    RETURNING a.setting_id, a.track, a.certificate_number, a.verification_code, a.achieved_at, a.expires_at, s.name`)
  const r = (rows as Row[])[0]
  if (!r) return
  const to = [...new Set([...(await settingLeadEmails(req, Number(r.setting_id))), ...[await serviceInbox(req)].filter((x): x is string => !!x)])]
  if (!to.length) return
  await queueEmail(req, {
    to: to.join(', '),
    ...awardAchievedEmail({
      settingName: String(r.name),
      track: r.track === 'college' ? 'college' : 'school',
      certificateNumber: String(r.certificate_number),
      verificationCode: String(r.verification_code),
      achievedAt: iso(r.achieved_at)!,
      expiresAt: iso(r.expires_at)!,
    }),
  })
}

/**
 * Re-evaluates the setting's current award in `req`'s transaction (starting one if there is none) and returns it.
 * Call it from every hook of a change that can move a rule, with the hook's `req`.
 */
export async function recomputeAward(req: PayloadRequest, settingId: number, now: Date = new Date()): Promise<Award | null> {
  return inTransaction(req, async () => {
    const db = await awardDb(req)
    const award = await lockCurrentAward(db, Number(settingId))
    if (!award) return null
    await evaluateLocked(req, db, award, await awardRules(db, req), now)
    return (await req.payload.findByID({ collection: 'awards', id: award.id, req, overrideAccess: true, depth: 0, disableErrors: true })) as Award | null
  })
}

export interface RecomputeAllResult {
  settings: number
  changed: number
  achieved: number
  skipped: number
}

/**
 * Every setting with an award (of one track, or the given ones) after a criterion changed: the facts of all of them in one set of queries, then each
 * setting's award written in a transaction of its own (so a failure loses one setting, and each commit is progress
 * the admin panel can count).
 */
export async function recomputeAllAwards(
  payload: Payload,
  options: { track?: AwardTrack | null; settingIds?: number[]; now?: Date; onProgress?: (done: number, total: number) => void | Promise<void> } = {},
): Promise<RecomputeAllResult> {
  const pool = await awardDb(payload)
  const readAt = new Date()
  const now = options.now ?? readAt
  const baseReq = await createLocalReq({}, payload)
  const rules = await awardRules(pool, baseReq)
  // Settings that have no award yet get theirs from their first change (or the portal's first look): an empty
  // setting is not given a record that would keep it from being deleted.
  const ids0 =
    options.settingIds ??
    ((await pool.execute(sql`SELECT setting_id FROM awards WHERE status IN ('in-progress', 'achieved')`)).rows as Row[]).map((r) => Number(r.setting_id))
  const facts = await settingFacts(pool, ids0, options.track ?? undefined)
  const ids = [...facts.keys()].sort((a, b) => a - b)
  const result: RecomputeAllResult = { settings: ids.length, changed: 0, achieved: 0, skipped: 0 }
  for (const [i, id] of ids.entries()) {
    const req = await createLocalReq({}, payload)
    const outcome = await inTransaction(req, async () => {
      const db = await awardDb(req)
      const award = await lockCurrentAward(db, id)
      return award ? evaluateLocked(req, db, award, rules, now, { facts: facts.get(id), readAt }) : 'skipped'
    })
    if (outcome === 'changed') result.changed++
    if (outcome === 'achieved') result.achieved++
    if (outcome === 'skipped') result.skipped++
    if (options.onProgress && ((i + 1) % 50 === 0 || i + 1 === ids.length)) await options.onProgress(i + 1, ids.length)
  }
  return result
}

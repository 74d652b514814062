/**
 * The award's jobs: `award-recompute` (queued when a criterion changes: every setting of its track, with progress the
 * admin panel shows) and `award-daily` (time-based rules, the renewal reminder once, expiry into a new cycle).
 */
import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionBeforeDeleteHook, createLocalReq, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

import { inTransaction } from '@/db/inTransaction'
import { awardRenewalReminderEmail } from '@/email/awardEmails'
import { queueEmail } from '@/email/queueEmail'
import { settingLeadEmails } from '@/email/recipients'
import type { AwardTrack } from '@/settings/settingTypes'

import { awardDb } from './facts'
import { AWARD_RECOMPUTE_TASK } from './hooks'
import { recomputeAllAwards, recomputeAward } from './recompute'

export const AWARD_DAILY_TASK = 'award-daily'

type Row = Record<string, unknown>

export const awardRecomputeTask: TaskConfig<{
  input: { track?: AwardTrack | null }
  output: { settings: number; changed: number; achieved: number; skipped: number }
}> = {
  slug: AWARD_RECOMPUTE_TASK,
  label: 'Re-check every setting’s award checklist',
  inputSchema: [{ name: 'track', type: 'select', options: ['school', 'college'] }],
  outputSchema: [
    { name: 'settings', type: 'number', required: true },
    { name: 'changed', type: 'number', required: true },
    { name: 'achieved', type: 'number', required: true },
    { name: 'skipped', type: 'number', required: true },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const output = await recomputeAllAwards(req.payload, {
      track: input.track ?? null,
      onProgress: (done, total) => req.payload.logger.info(`award-recompute: ${done} of ${total} settings re-checked`),
    })
    return { output }
  },
}

/** Achieved awards past their expiry become expired, and each setting starts its next cycle (one transaction each). */
export async function expireAwards(payload: Payload, now: Date = new Date()): Promise<number> {
  const { rows } = await (await awardDb(payload)).execute(sql`
    SELECT setting_id FROM awards WHERE status = 'achieved' AND expires_at <= ${now.toISOString()} ORDER BY id`)
  let expired = 0
  for (const r of rows as Row[]) {
    const req = await createLocalReq({}, payload)
    expired += await inTransaction(req, async () => {
      const db = await awardDb(req)
      const { rows: done } = await db.execute(sql`
        UPDATE awards SET status = 'expired', expired_at = ${now.toISOString()}, updated_at = ${now.toISOString()}
        WHERE setting_id = ${Number(r.setting_id)} AND status = 'achieved' AND expires_at <= ${now.toISOString()} RETURNING id`)
      if (done.length) await recomputeAward(req, Number(r.setting_id), now)
      return done.length
    })
  }
  return expired
}

/** Claims each due renewal reminder with a conditional UPDATE and queues its email in the same transaction: once each. */
export async function sendRenewalReminders(req: PayloadRequest, now: Date = new Date()): Promise<number> {
  return inTransaction(req, async () => {
    const options = await req.payload.findGlobal({ slug: 'hub-options', req, overrideAccess: true, depth: 0, select: { awardRenewalReminderDays: true } })
    const days = Number(options.awardRenewalReminderDays) || 60
    const db = await awardDb(req)
    const { rows } = await db.execute(sql`
      UPDATE awards a SET renewal_reminder_sent_at = ${now.toISOString()}
      FROM settings s
      WHERE s.id = a.setting_id AND a.status = 'achieved' AND a.renewal_reminder_sent_at IS NULL
        AND a.expires_at > ${now.toISOString()} AND a.expires_at <= ${new Date(now.getTime() + days * 86_400_000).toISOString()}
      RETURNING a.setting_id, a.track, a.certificate_number, a.verification_code, a.achieved_at, a.expires_at, s.name`)
    for (const r of rows as Row[]) {
      const leads = await settingLeadEmails(req, Number(r.setting_id))
      if (!leads.length) continue
      await queueEmail(req, {
        to: leads.join(', '),
        ...awardRenewalReminderEmail(
          {
            settingName: String(r.name),
            track: r.track === 'college' ? 'college' : 'school',
            certificateNumber: String(r.certificate_number ?? ''),
            verificationCode: String(r.verification_code ?? ''),
            achievedAt: new Date(r.achieved_at as string).toISOString(),
            expiresAt: new Date(r.expires_at as string).toISOString(),
          },
          days,
        ),
      })
    }
    return rows.length
  })
}

/**
 * The settings whose checklist time can change: a met "assessment within N months" item of a current award (an unmet
 * one cannot become met by time passing).
 */
async function settingsWithTimeBasedItems(payload: Payload): Promise<number[]> {
  const { rows } = await (await awardDb(payload)).execute(sql`
    SELECT DISTINCT a.setting_id FROM awards a
      JOIN awards_checklist c ON c._parent_id = a.id AND c.met
      JOIN award_criteria k ON k.id = c.criterion_id AND k.rule = 'assessment-within'
    WHERE a.status IN ('in-progress', 'achieved')`)
  return (rows as Row[]).map((r) => Number(r.setting_id))
}

export interface DailyResult {
  reevaluated: number
  reminded: number
  expired: number
}

export async function runAwardDaily(payload: Payload, now: Date = new Date()): Promise<DailyResult> {
  const ids = await settingsWithTimeBasedItems(payload)
  const { settings: reevaluated } = ids.length ? await recomputeAllAwards(payload, { settingIds: ids, now }) : { settings: 0 }
  const reminded = await sendRenewalReminders(await createLocalReq({}, payload), now)
  const expired = await expireAwards(payload, now)
  return { reevaluated, reminded, expired }
}

export const awardDailyTask: TaskConfig<{ input: Record<string, never>; output: DailyResult }> = {
  slug: AWARD_DAILY_TASK,
  label: 'Award: time-based criteria, renewal reminders, expiry',
  inputSchema: [],
  outputSchema: [
    { name: 'reevaluated', type: 'number', required: true },
    { name: 'reminded', type: 'number', required: true },
    { name: 'expired', type: 'number', required: true },
  ],
  schedule: [{ cron: '15 2 * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => ({ output: await runAwardDaily(req.payload) }),
}

/**
 * A criterion that is in some setting's checklist or confirmations is kept as their history: deleting it is refused
 * (409), untick Active to retire it instead.
 */
export const keepCriteriaInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { rows } = await (await awardDb(req)).execute(sql`
    SELECT (SELECT count(DISTINCT _parent_id) FROM awards_checklist WHERE criterion_id = ${Number(id)})
      + (SELECT count(DISTINCT _parent_id) FROM awards_confirmations WHERE criterion_id = ${Number(id)}) AS n`)
  const n = Number((rows as Row[])[0]?.n ?? 0)
  if (n > 0) {
    throw new APIError(
      `This criterion is in ${n} award checklist${n === 1 ? '' : 's'}, so it cannot be deleted. Untick Active and publish to retire it: it then leaves every checklist.`,
      409,
      undefined,
      true,
    )
  }
}

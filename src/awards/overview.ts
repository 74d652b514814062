/**
 * The service's awards overview across the county, read in three set-based queries (counts, progress bands, and the
 * short lists), never by loading every award. Callers check the viewer is a service user before calling.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { AwardTrack } from '@/settings/settingTypes'

import type { AwardStatus } from './criterionKinds'

export const AWARDS_OVERVIEW_PATH = '/awards-overview'

/** Progress bands of awards in progress (quarters; 100 % not yet recorded as achieved falls in the top one). */
export const PROGRESS_BANDS = [
  { band: 0, label: '0–24 %' },
  { band: 1, label: '25–49 %' },
  { band: 2, label: '50–74 %' },
  { band: 3, label: '75–100 %' },
] as const

export interface OverviewRow {
  awardId: number
  settingId: number
  settingName: string
  track: AwardTrack
  cycle: number
  percentComplete: number
  achievedAt: string | null
  expiresAt: string | null
}

export interface AwardsOverview {
  /** Awards of every cycle, by status and track. */
  byStatus: Record<AwardStatus, Record<AwardTrack, number>>
  /** Active settings with no current (in-progress or achieved) award yet, by track. */
  notStarted: Record<AwardTrack, number>
  /** Awards in progress, by progress band (PROGRESS_BANDS) and track. */
  progress: Record<number, Record<AwardTrack, number>>
  /** Achieved awards expiring between now and now + reminder days, soonest first. */
  expiring: OverviewRow[]
  /** The most recently achieved awards. */
  recentlyAchieved: OverviewRow[]
  /** Awards in progress closest to achievement. */
  closest: OverviewRow[]
  reminderDays: number
}

const TRACKS: AwardTrack[] = ['school', 'college']
const STATUSES: AwardStatus[] = ['in-progress', 'achieved', 'expired', 'revoked']
const zero = (): Record<AwardTrack, number> => ({ school: 0, college: 0 })
const iso = (v: unknown): string | null => (v == null ? null : (v instanceof Date ? v : new Date(String(v))).toISOString())

export const LIST_LIMIT = 25

export async function loadAwardsOverview(payload: Payload, { now = new Date(), reminderDays }: { now?: Date; reminderDays: number }): Promise<AwardsOverview> {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const until = new Date(now.getTime() + reminderDays * 86_400_000)
  const [counts, bands, lists] = await Promise.all([
    db.execute(sql`
      SELECT 'status' AS kind, status::text AS key, track::text AS track, count(*)::int AS n FROM awards GROUP BY status, track
      UNION ALL
      SELECT 'not-started', '', s.award_track::text, count(*)::int FROM settings s
       WHERE s.active AND s.award_track IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM awards a WHERE a.setting_id = s.id AND a.status IN ('in-progress', 'achieved'))
       GROUP BY s.award_track`),
    db.execute(sql`
      SELECT least(3, floor(greatest(0, coalesce(percent_complete, 0)) / 25))::int AS band, track::text AS track, count(*)::int AS n
        FROM awards WHERE status = 'in-progress' GROUP BY 1, 2`),
    db.execute(sql`
      (SELECT 'expiring' AS list, a.id, a.setting_id, s.name, a.track::text AS track, a.cycle, a.percent_complete, a.achieved_at, a.expires_at
         FROM awards a JOIN settings s ON s.id = a.setting_id
        WHERE a.status = 'achieved' AND a.expires_at >= ${now.toISOString()} AND a.expires_at <= ${until.toISOString()}
        ORDER BY a.expires_at, a.id LIMIT ${LIST_LIMIT})
      UNION ALL
      (SELECT 'achieved', a.id, a.setting_id, s.name, a.track::text, a.cycle, a.percent_complete, a.achieved_at, a.expires_at
         FROM awards a JOIN settings s ON s.id = a.setting_id
        WHERE a.status = 'achieved' AND a.achieved_at IS NOT NULL
        ORDER BY a.achieved_at DESC, a.id DESC LIMIT ${LIST_LIMIT})
      UNION ALL
      (SELECT 'closest', a.id, a.setting_id, s.name, a.track::text, a.cycle, a.percent_complete, a.achieved_at, a.expires_at
         FROM awards a JOIN settings s ON s.id = a.setting_id
        WHERE a.status = 'in-progress'
        ORDER BY a.percent_complete DESC NULLS LAST, s.name LIMIT ${LIST_LIMIT})`),
  ])

  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, zero()])) as AwardsOverview['byStatus']
  const notStarted = zero()
  for (const r of counts.rows as { kind: string; key: string; track: AwardTrack; n: number }[]) {
    if (!TRACKS.includes(r.track)) continue
    if (r.kind === 'status' && r.key in byStatus) byStatus[r.key as AwardStatus][r.track] += r.n
    else if (r.kind === 'not-started') notStarted[r.track] += r.n
  }
  const progress: AwardsOverview['progress'] = Object.fromEntries(PROGRESS_BANDS.map((b) => [b.band, zero()]))
  for (const r of bands.rows as { band: number; track: AwardTrack; n: number }[]) if (TRACKS.includes(r.track)) progress[r.band][r.track] += r.n

  const rows = lists.rows as Record<string, unknown>[]
  const of = (list: string): OverviewRow[] =>
    rows
      .filter((r) => r.list === list)
      .map((r) => ({
        awardId: Number(r.id),
        settingId: Number(r.setting_id),
        settingName: String(r.name),
        track: r.track as AwardTrack,
        cycle: Number(r.cycle),
        percentComplete: Number(r.percent_complete ?? 0),
        achievedAt: iso(r.achieved_at),
        expiresAt: iso(r.expires_at),
      }))
  return { byStatus, notStarted, progress, expiring: of('expiring'), recentlyAchieved: of('achieved'), closest: of('closest'), reminderDays }
}

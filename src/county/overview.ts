/**
 * The county overview for the service, read in four set-based aggregate queries run side by side (settings by type ×
 * district with engagement; submissions per month; the latest results by principle × district; training, awards and
 * options), plus the two queue counts as the viewer — never a setting's documents loaded into Node. Callers check that
 * the viewer is a service user before calling.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { countPending } from '@/admin/pendingCaseStudies'
import type { RagBands } from '@/assessment/scoring'
import { SETTING_TYPES, type SettingType } from '@/settings/settingTypes'
import { championThreshold } from '@/training/champions'

import {
  type HeatMap,
  type MonthCount,
  MONTHS,
  type PrincipleFigures,
  type PrincipleHeading,
  type ResultRow,
  type SettingsFigures,
  type SettingsRow,
  heatMap,
  lastMonths,
  minimumGroupSize,
  principleFigures,
  settingsFigures,
  zeroFillMonths,
} from './figures'
import { type CountyFilter, NO_DISTRICT, typesOf } from './filters'
import { countNewJoinRequests } from './joinRequests'

export const COUNTY_OVERVIEW_PATH = '/county-overview'
export const COUNTY_OVERVIEW_CSV_PATH = '/county-overview.csv'

export interface CountyOverview {
  filter: CountyFilter
  generatedAt: string
  /** The smallest group a figure is shown for (minimumGroupSize). */
  minimum: number
  bands: RagBands
  /** Every district of the county's active settings (the filter's choices), alphabetical. */
  districts: string[]
  settings: SettingsFigures
  months: MonthCount[]
  principles: PrincipleFigures[]
  heatMap: HeatMap
  training: { sessionsRun: number; upcomingSessions: number; activeStaff: number; staffTrained: number; champions: number; championThreshold: number }
  awards: { achieved: number; inProgress: number; expiring: number; reminderDays: number }
  /** null where the viewer may not see the queue (or, for join requests, before the collection exists). */
  queues: { moderation: number | null; joinRequests: number | null }
}

type SQL = ReturnType<typeof sql>

/** A setting's district as every figure groups it: trimmed, and a blank one named. */
const DISTRICT = sql.raw(`coalesce(nullif(trim(s.district), ''), '${NO_DISTRICT}')`)

/** The settings a filter chooses, as a WHERE condition on `settings s`. */
export function filterCondition(filter: CountyFilter): SQL {
  const parts: SQL[] = [sql`true`]
  if (filter.phase)
    parts.push(
      sql`s.type::text IN (${sql.join(
        typesOf(filter.phase).map((t) => sql`${t}`),
        sql`, `,
      )})`,
    )
  if (filter.district) parts.push(sql`${DISTRICT} = ${filter.district}`)
  return sql.join(parts, sql` AND `)
}

/** Twelve months before `now` (what "engaged" and "sessions run" look back over). */
export function yearBefore(now: Date): Date {
  const d = new Date(now)
  d.setUTCMonth(d.getUTCMonth() - MONTHS)
  return d
}

/** The four aggregate queries, as SQL (the benchmark runs the same text over plain pg). */
export function countyQueries(filter: CountyFilter, now: Date) {
  const where = filterCondition(filter)
  const since = yearBefore(now).toISOString()
  const months = lastMonths(now)
  const at = now.toISOString()
  return {
    // Unfiltered: the filter's own choices (every district) come from it; the rows are at most types × districts.
    settings: sql`
      SELECT s.type::text AS type, ${DISTRICT} AS district, count(*)::int AS settings,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM assessments a WHERE a.setting_id = s.id AND a.status = 'submitted' AND a.submitted_at >= ${since} AND a.submitted_at <= ${at}))::int AS engaged
      FROM settings s WHERE s.active = true GROUP BY 1, 2`,
    months: sql`
      SELECT to_char(a.submitted_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS submitted
      FROM assessments a JOIN settings s ON s.id = a.setting_id
      WHERE a.status = 'submitted' AND a.submitted_at >= (${`${months[0]}-01`}::timestamp AT TIME ZONE 'Europe/London') AND a.submitted_at <= ${at} AND ${where}
      GROUP BY 1`,
    // The benchmark's maintained table: one row per setting and principle, from its latest submitted assessment.
    results: sql`
      SELECT r.principle_id AS principle, ${DISTRICT} AS district, count(*)::int AS contributors, sum(r.percentage)::float8 AS sum,
        count(*) FILTER (WHERE r.percentage < o.red)::int AS red,
        count(*) FILTER (WHERE r.percentage >= o.red AND r.percentage < o.amber)::int AS amber,
        count(*) FILTER (WHERE r.percentage >= o.amber)::int AS green
      FROM latest_results r JOIN settings s ON s.id = r.setting_id
      CROSS JOIN (SELECT coalesce((SELECT rag_bands_red_below FROM hub_options LIMIT 1), 40) AS red,
                         coalesce((SELECT rag_bands_amber_below FROM hub_options LIMIT 1), 75) AS amber) o
      WHERE ${where}
      GROUP BY 1, 2`,
    // Training as the Training Dashboard counts it (active staff; trained = attended a session; champions), awards as
    // the awards overview does (expiring = achieved, ending within the renewal reminder window), and the options.
    totals: sql`
      WITH f AS (SELECT s.id FROM settings s WHERE ${where}),
      o AS (SELECT rag_bands_red_below AS red, rag_bands_amber_below AS amber, benchmark_minimum, champion_threshold, award_renewal_reminder_days AS reminder_days
            FROM hub_options LIMIT 1),
      staff AS (
        SELECT count(*)::int AS active_staff, count(*) FILTER (WHERE m.champion)::int AS champions,
          -- One pass over the attended bookings (a hashed IN), not an index probe per staff member (310 ms → about 80 ms at county size).
          count(*) FILTER (WHERE m.id IN (SELECT a.staff_member_id FROM attendances a WHERE a.status = 'attended'))::int AS trained
        FROM staff_members m JOIN f ON f.id = m.setting_id WHERE m.active = true),
      aw AS (
        SELECT count(*) FILTER (WHERE w.status = 'achieved')::int AS achieved, count(*) FILTER (WHERE w.status = 'in-progress')::int AS in_progress,
          count(*) FILTER (WHERE w.status = 'achieved' AND w.expires_at >= ${at}
            AND w.expires_at <= ${at}::timestamptz + make_interval(days => coalesce((SELECT reminder_days FROM o), 60)::int))::int AS expiring
        FROM awards w JOIN f ON f.id = w.setting_id)
      SELECT
        (SELECT count(*)::int FROM training_sessions t WHERE t.status <> 'cancelled' AND t.starts_at >= ${since} AND t.starts_at <= ${at}
           AND (${filter.phase === null && filter.district === null}
             OR EXISTS (SELECT 1 FROM attendances a JOIN f ON f.id = a.setting_id WHERE a.session_id = t.id AND a.status = 'attended'))) AS sessions_run,
        (SELECT count(*)::int FROM training_sessions t WHERE t.status = 'scheduled' AND t.starts_at > ${at}) AS upcoming_sessions,
        staff.*, aw.*,
        (SELECT red FROM o) AS red, (SELECT amber FROM o) AS amber, (SELECT benchmark_minimum FROM o) AS benchmark_minimum,
        (SELECT champion_threshold FROM o) AS champion_threshold, (SELECT reminder_days FROM o) AS reminder_days,
        (SELECT coalesce(json_agg(json_build_object('id', p.id, 'order', p."order", 'label', p.label) ORDER BY p."order", p.id), '[]'::json) FROM principles p) AS principles
      FROM staff, aw`,
  }
}

/** The settings rows a filter keeps (the settings query is unfiltered, for the districts). */
export function filterSettingsRows(rows: SettingsRow[], filter: CountyFilter): SettingsRow[] {
  const types: readonly string[] | null = filter.phase ? typesOf(filter.phase) : null
  return rows.filter((r) => (!types || types.includes(r.type)) && (!filter.district || r.district === filter.district))
}

export async function loadCountyOverview(
  payload: Payload,
  { filter, user, now = new Date() }: { filter: CountyFilter; user: unknown; now?: Date },
): Promise<CountyOverview> {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const q = countyQueries(filter, now)
  const [settings, months, results, totals, moderation, joinRequests] = await Promise.all([
    db.execute(q.settings),
    db.execute(q.months),
    db.execute(q.results),
    db.execute(q.totals),
    countPending(payload, user),
    countNewJoinRequests(payload, user),
  ])
  const t = totals.rows[0] as Record<string, unknown>
  const bands: RagBands = { redBelow: Number(t.red ?? 40), amberBelow: Number(t.amber ?? 75) }
  const minimum = minimumGroupSize(t.benchmark_minimum)
  const principles = (t.principles as PrincipleHeading[]).map((p) => ({ id: Number(p.id), order: Number(p.order), label: String(p.label) }))
  const settingRows = settings.rows as unknown as SettingsRow[]
  const districts = [...new Set(settingRows.map((r) => r.district))].sort((a, b) => a.localeCompare(b, 'en-GB'))
  const typesShown: readonly SettingType[] = filter.phase ? typesOf(filter.phase) : SETTING_TYPES.map((s) => s.value)
  const resultRows = results.rows as unknown as ResultRow[]
  const heatDistricts = filter.district ? [filter.district] : districts
  return {
    filter,
    generatedAt: now.toISOString(),
    minimum,
    bands,
    districts,
    settings: settingsFigures(filterSettingsRows(settingRows, filter), typesShown),
    months: zeroFillMonths(months.rows as { month: string; submitted: number }[], lastMonths(now)),
    principles: principleFigures(resultRows, principles, bands),
    heatMap: heatMap(resultRows, principles, heatDistricts, bands, minimum),
    training: {
      sessionsRun: Number(t.sessions_run ?? 0),
      upcomingSessions: Number(t.upcoming_sessions ?? 0),
      activeStaff: Number(t.active_staff ?? 0),
      staffTrained: Number(t.trained ?? 0),
      champions: Number(t.champions ?? 0),
      championThreshold: championThreshold(t.champion_threshold ?? undefined),
    },
    awards: {
      achieved: Number(t.achieved ?? 0),
      inProgress: Number(t.in_progress ?? 0),
      expiring: Number(t.expiring ?? 0),
      reminderDays: Number(t.reminder_days ?? 60),
    },
    queues: { moderation, joinRequests },
  }
}

/** The admin dashboard's one-line summary: active settings and how many are engaged (the settings query alone). */
export async function countySummary(payload: Payload, now = new Date()): Promise<{ total: number; engaged: number }> {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute(countyQueries({ phase: null, district: null }, now).settings)
  const s = settingsFigures(rows as unknown as SettingsRow[])
  return { total: s.total, engaged: s.engaged }
}

/**
 * The county's awards: the seed criteria, every setting's award evaluated by the real recompute seam in bulk, the
 * service's visits to the settings that met everything else (most of them, with a note and who confirmed it, as the
 * admin panel stores them), then every award evaluated again: those settings achieve, with certificates.
 */
import type pg from 'pg'
import type { Payload } from 'payload'

import { type RecomputeAllResult, recomputeAllAwards } from '@/awards/recompute'
import { seedAwardCriteria } from '@/seed/demoAwards'

import type { Random } from './random'

const DAY = 86_400_000
/** Of the settings that met every other criterion, the share the service has visited. */
export const VISITED_SHARE = 0.7

export async function awardCounty(
  payload: Payload,
  db: pg.Pool,
  random: Random,
  today: Date,
): Promise<{ first: RecomputeAllResult; visits: number; second: RecomputeAllResult }> {
  const criteria = await seedAwardCriteria(payload)
  const visit = criteria.get('award-service-visit')
  if (!visit) throw new Error('The seed criteria have no service visit.')
  // Every setting, not only those with an award already (the criterion job's default): this is their first evaluation.
  const settingIds = (await db.query('SELECT id FROM settings ORDER BY id')).rows.map((r) => r.id as number)
  const first = await recomputeAllAwards(payload, { settingIds, now: today })
  const { rows } = await db.query(
    `SELECT a.id FROM awards a
      WHERE a.status = 'in-progress'
        AND NOT EXISTS (SELECT 1 FROM awards_checklist c WHERE c._parent_id = a.id AND NOT c.met AND c.criterion_id <> $1)
      ORDER BY a.id`,
    [visit],
  )
  const admins = (await db.query(`SELECT id FROM users WHERE role = 'service-admin' ORDER BY id`)).rows.map((r) => r.id as number)
  const visited = rows.filter(() => random.chance(VISITED_SHARE))
  for (const [i, r] of visited.entries()) {
    await db.query(
      `INSERT INTO awards_confirmations (_order, _parent_id, id, criterion_id, note, confirmed_by_id, confirmed_at) VALUES (1, $1, $2, $3, $4, $5, $6)`,
      [
        r.id,
        `county-visit-${r.id}`,
        visit,
        'Visited: met the wellbeing team, talked with pupils or students and staff about what has changed.',
        admins[i % Math.max(1, admins.length)] ?? null,
        new Date(today.getTime() - (1 + Math.floor(random.next() * 60)) * DAY),
      ],
    )
  }
  const second = await recomputeAllAwards(payload, { now: today })
  return { first, visits: visited.length, second }
}

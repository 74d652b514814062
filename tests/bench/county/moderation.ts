/**
 * The county's moderation history, decided by the real `decideCaseStudy` (as a service user), so that published
 * case studies are exactly what an approval publishes — and whatever the moderation transaction maintains
 * alongside is maintained here too. Dates are then moved back to the planned history.
 */
import type pg from 'pg'
import { createLocalReq, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { decideCaseStudy } from '@/scrapbook/moderation'

import type { CountyPlan, PlannedCaseStudy } from './plan'
import { eachLimit, progress } from './progress'

const DAY = 24 * 60 * 60 * 1000

export async function moderateCounty(payload: Payload, db: pg.Pool, plan: CountyPlan): Promise<void> {
  const moderators = (
    await payload.find({
      collection: 'users',
      where: { role: { in: ['service-admin', 'service-staff'] } },
      depth: 0,
      limit: 50,
      sort: 'id',
      overrideAccess: true,
    })
  ).docs as User[]
  const decided = plan.caseStudies.filter((c) => c.decidedAt)
  const bar = progress('moderation (decideCaseStudy)', decided.length)
  await eachLimit(decided, 4, async (c) => {
    const moderator = moderators[c.id % moderators.length]
    const decide = async (decision: string, feedback = '') => decideCaseStudy(await createLocalReq({ user: moderator }, payload), c.id, { decision, feedback })
    if (c.outcome === 'changes-requested' || c.outcome === 'published-after-changes') await decide('changes-requested', c.feedback)
    if (c.outcome === 'rejected') await decide('rejected', c.feedback)
    if (c.outcome === 'published-after-changes') await db.query(`UPDATE case_studies SET status = 'pending' WHERE id = $1`, [c.id]) // the lead shares it again
    if (c.outcome.startsWith('published')) await decide('approved')
    bar.tick()
  })
  bar.done()
  await backdate(
    db,
    plan.caseStudies.filter((c) => c.decidedAt),
    plan.today,
  )
  // Every decision queued its emails; nobody is waiting for them in a county built for measuring.
  await db.query('DELETE FROM payload_jobs')
}

/** Decisions happened over two years, not during the build: the planned dates replace `now`. */
async function backdate(db: pg.Pool, studies: PlannedCaseStudy[], today: Date): Promise<void> {
  const ids = studies.map((c) => c.id)
  const decided = studies.map((c) => c.decidedAt!.toISOString())
  // An edit of a published case study returns it to the queue (as returnEditsToModeration does) with its approved text still public.
  const edited = studies.filter((c) => c.editedTitle)
  await db.query(
    `UPDATE case_studies_decisions d
       SET decided_at = v.decided - (((SELECT max(_order) FROM case_studies_decisions x WHERE x._parent_id = d._parent_id) - d._order) * interval '4 days')
     FROM unnest($1::int[], $2::timestamptz[]) AS v(id, decided) WHERE d._parent_id = v.id`,
    [ids, decided],
  )
  await db.query(
    `UPDATE case_studies cs
       SET published_published_at = CASE WHEN cs.published_live THEN v.decided END,
           shared_at = CASE WHEN (SELECT count(*) FROM case_studies_decisions x WHERE x._parent_id = cs.id) > 1 THEN v.decided - interval '1 day' ELSE cs.shared_at END,
           updated_at = v.decided
     FROM unnest($1::int[], $2::timestamptz[]) AS v(id, decided) WHERE cs.id = v.id`,
    [ids, decided],
  )
  await db.query(
    `UPDATE case_studies cs SET status = 'pending', title = v.title, shared_at = v.shared, updated_at = v.shared
     FROM unnest($1::int[], $2::text[], $3::timestamptz[]) AS v(id, title, shared) WHERE cs.id = v.id`,
    [
      edited.map((c) => c.id),
      edited.map((c) => c.editedTitle),
      edited.map((c) => new Date(Math.min(c.decidedAt!.getTime() + 20 * DAY, today.getTime() - DAY / 2)).toISOString()),
    ],
  )
}

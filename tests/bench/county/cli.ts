/**
 * `payload run tests/bench/county/cli.ts`: builds "a county in a box" in an empty, migrated database (started by
 * scripts/county.mjs): the real question bank, 650 settings, 2,600 accounts, two years of self-assessments,
 * action plans, 3,000 case studies with real images. Ends with a marker row that lets later runs reuse it.
 */
import { createHash, pbkdf2Sync } from 'node:crypto'
import path from 'node:path'

import config from '@payload-config'
import pg from 'pg'
import { getPayload } from 'payload'

import { seedCatalogue } from '@/seed/demoTraining'
import { seedQuestionBank } from '@/seed/questionBank'

import { awardCounty } from './awards'
import { drawPictures, linkImages } from './images'
import { writingEditor } from '@/scrapbook/writing'

import { loadCounty } from './load'
import { moderateCounty } from './moderation'
import { COUNTY_SIZE, planCounty } from './plan'
import { seededRandom } from './random'
import { checkCounty } from './sanity'
import { loadBank } from './submission'
import { loadTraining, planTraining } from './training'

const started = performance.now()
const seed = process.env.COUNTY_SEED || 'lancashire'
const mediaDir = process.env.MEDIA_DIR
const pictureDir = process.env.COUNTY_PICTURES
const databaseURL = process.env.DATABASE_URL
// Every county account's password (defined once, in scripts/lib/county.mjs).
const COUNTY_PASSWORD = process.env.COUNTY_PASSWORD
if (!mediaDir || !pictureDir || !databaseURL || !COUNTY_PASSWORD) {
  throw new Error('Run the county generator with `npm run county` (MEDIA_DIR, COUNTY_PICTURES, COUNTY_PASSWORD and DATABASE_URL are set there).')
}
// History is planned back from the start of the build's day: the same seed on the same day builds the same county.
const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`)

const timings: Record<string, number> = {}
async function step<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now()
  const result = await work()
  timings[label] = Math.round(performance.now() - t0) / 1000
  process.stderr.write(`✓ ${label} (${timings[label].toFixed(1)} s)\n`)
  return result
}

const payload = await getPayload({ config })
const db = new pg.Pool({ connectionString: databaseURL, max: 4 })
try {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM settings')
  if (rows[0].n) throw new Error('The county database is not empty: scripts/county.mjs empties it before a build.')
  const random = seededRandom(seed)

  await step('question bank (Local API)', async () => {
    await seedQuestionBank(payload)
    await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: 'hub@service.county.example.org' }, overrideAccess: true })
  })
  const bank = await loadBank(payload)
  const plan = await step('plan (scores and recommendations by the real rules)', () => planCounty(random.fork('county'), bank, today))
  // Payload's own scheme (pbkdf2-sha256, 600,000 rounds), computed once for every account.
  const password = await step('password hash', () => {
    const salt = createHash('sha256').update(`salt/${seed}`).digest('hex')
    return { salt, hash: `pbkdf2-sha256-v1:${pbkdf2Sync(COUNTY_PASSWORD, salt, 600_000, 32, 'sha256').toString('hex')}` }
  })
  const pictures = await drawPictures(random.fork('pictures'), pictureDir, COUNTY_SIZE.distinctImages)
  await step('image files (hard links)', () => linkImages(plan.images, pictures, pictureDir, mediaDir))
  await step('bulk load (SQL)', async () => {
    const client = await db.connect()
    try {
      await loadCounty(client, plan, pictures, password, await writingEditor(payload.config))
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    } finally {
      client.release()
    }
  })
  await step('moderation (real decideCaseStudy)', () => moderateCounty(payload, db, plan))
  const courseIds = await step('training catalogue (Local API)', () => seedCatalogue(payload))
  const training = await step('training plan (champions by the rule)', () => planTraining(random.fork('training'), plan))
  await step('training: staff, sessions, attendances (SQL)', async () => {
    const client = await db.connect()
    try {
      await loadTraining(client, training, courseIds, today)
    } finally {
      client.release()
    }
  })
  await step('training check (SQL)', async () => {
    const { rows } = await db.query(
      `WITH attended AS (SELECT staff_member_id, count(*)::int AS n FROM attendances WHERE status = 'attended' GROUP BY 1),
         held AS (SELECT session_id, count(*)::int AS n FROM attendances WHERE status IN ('booked', 'attended', 'absent') GROUP BY 1)
       SELECT
         (SELECT count(*) FROM staff_members WHERE setting_id = $1)::int AS staff,
         (SELECT count(*) FROM attendances WHERE setting_id = $1)::int AS bookings,
         (SELECT count(*) FROM staff_members m LEFT JOIN attended a ON a.staff_member_id = m.id
           WHERE m.champion <> (coalesce(a.n, 0) >= 3) OR m.sessions_attended <> coalesce(a.n, 0))::int AS wrong_champions,
         (SELECT count(*) FROM training_sessions s JOIN held h ON h.session_id = s.id WHERE h.n > s.capacity)::int AS overfull`,
      [training.benchSettingId],
    )
    const c = rows[0]
    if (c.staff !== 60 || c.bookings < 400 || c.wrong_champions || c.overfull) throw new Error(`The county's training is inconsistent: ${JSON.stringify(c)}`)
  })
  // After the data: the criteria, then every setting's award through the real seam (recomputeAllAwards), in bulk.
  const awards = await step('awards: criteria, every setting evaluated, visits, evaluated again (recomputeAllAwards)', () =>
    awardCounty(payload, db, random.fork('awards'), today),
  )
  process.stderr.write(
    `  awards: ${awards.first.settings} settings evaluated; ${awards.visits} visits by the service; ${awards.second.achieved} achieved after them\n`,
  )
  await step('awards check (SQL)', async () => {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM settings)::int AS settings,
         (SELECT count(*) FROM awards WHERE status IN ('in-progress', 'achieved'))::int AS current,
         (SELECT count(*) FROM awards a WHERE NOT EXISTS (SELECT 1 FROM awards_checklist c WHERE c._parent_id = a.id))::int AS empty,
         (SELECT count(*) FROM awards WHERE status = 'achieved' AND (certificate_number IS NULL OR verification_code IS NULL))::int AS uncertified`,
    )
    const c = rows[0]
    if (c.current !== c.settings || c.empty || c.uncertified) throw new Error(`The county's awards are inconsistent: ${JSON.stringify(c)}`)
  })
  await step('ANALYZE', () => db.query('ANALYZE'))
  await step('sanity check (Local API)', () => checkCounty(payload, db, bank, plan, { password: COUNTY_PASSWORD, mediaDir: path.resolve(mediaDir) }))

  const seconds = Math.round(performance.now() - started) / 1000
  await db.query(
    'CREATE TABLE IF NOT EXISTS county_build (version text PRIMARY KEY, seed text NOT NULL, built_on date NOT NULL, seconds numeric, steps jsonb, images integer)',
  )
  await db.query('DELETE FROM county_build')
  await db.query('INSERT INTO county_build (version, seed, built_on, seconds, steps, images) VALUES ($1, $2, $3, $4, $5, $6)', [
    process.env.COUNTY_VERSION || 'unversioned',
    seed,
    today,
    seconds,
    JSON.stringify(timings),
    plan.images.length,
  ])
  process.stderr.write(`County built in ${seconds.toFixed(1)} s (generator; the database start and migrations not included).\n`)
} finally {
  await db.end()
  await payload.destroy()
}
process.exit(0)

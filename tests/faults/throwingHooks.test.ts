/**
 * A hook that throws part-way through submitting an assessment, approving a join request, booking a place or
 * recomputing an award leaves nothing behind: the row count of every table is what it was, the changed rows are
 * unchanged, and no email is queued or sent. The throwing hook is pushed onto a collection's config in this
 * process's Payload (never an environment switch in the app), and taken off again: then the same action succeeds.
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionSlug, Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedQuestionBank } from '@/seed/questionBank'

import { answersFor, applicableQuestions, draftFor } from '../helpers/assessments'
import { type MailSink, startMailSink } from '../helpers/mailSink'
import { testPayload } from '../helpers/payload'
import { createCourse, createSession } from '../helpers/training'
import { type World, createSetting, createWorld, uniqueURN6 } from '../helpers/world'

/** Tables that change for reasons of their own (rate limits, job statistics, key-value cache). */
const IGNORED = new Set(['request_limits', 'payload_kv', 'payload_jobs_stats'])

let sink: MailSink
let payload: Payload
let world: World
let tables: string[]
let startedAt: string
let submitAssessment: typeof import('@/assessment/submitAssessment').submitAssessment
let approveJoinRequest: typeof import('@/joining/decisions').approveJoinRequest
let recomputeAward: typeof import('@/awards/recompute').recomputeAward

const db = () => (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle

/** The number of rows in every table of the Hub. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { rows } = await db().execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)
    counts[table] = Number(rows[0].n)
  }
  return counts
}

const runJobs = () => payload.jobs.run({ overrideAccess: true, silent: true, limit: 100 })

/** Runs `action` with `hook` pushed onto the collection's hooks, and takes it off whatever happens. */
async function withThrowingHook<T>(
  collection: CollectionSlug,
  kind: 'afterChange' | 'afterRead',
  hook: CollectionAfterChangeHook | CollectionAfterReadHook,
  action: () => Promise<T>,
): Promise<T> {
  const hooks = payload.collections[collection].config.hooks[kind] as unknown[]
  hooks.push(hook)
  try {
    return await action()
  } finally {
    hooks.splice(hooks.indexOf(hook), 1)
  }
}

/** Asserts the action fails with the injected error and leaves every table, and the mail sink, as they were. */
async function expectNothingLeft(action: () => Promise<unknown>, message: string) {
  const before = await rowCounts()
  const delivered = sink.messages.length
  await expect(action()).rejects.toThrow(message)
  expect(await rowCounts()).toEqual(before)
  await runJobs()
  expect(sink.messages.length).toBe(delivered)
}

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  payload = await testPayload()
  ;({ submitAssessment } = await import('@/assessment/submitAssessment'))
  ;({ approveJoinRequest } = await import('@/joining/decisions'))
  ;({ recomputeAward } = await import('@/awards/recompute'))
  world = await createWorld(payload)
  await seedQuestionBank(payload)
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: `inbox-${world.tag}@test.example.org` }, overrideAccess: true })
  const { rows } = await db().execute(sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
  tables = rows.map((r) => String(r.table_name)).filter((t) => !IGNORED.has(t))
  // Nothing of another file's is left to run or deliver while this one counts.
  await runJobs()
})

afterAll(async () => {
  await payload.delete({ collection: 'payload-jobs', where: { createdAt: { greater_than_equal: startedAt } }, overrideAccess: true })
  await sink.stop()
})

describe('a hook that throws', () => {
  it('during submit: the assessment stays a draft, no results, no award change, no email', async () => {
    const lead = world.users['setting-lead']
    const draft = await draftFor(payload, lead, answersFor(await applicableQuestions(payload, lead, world.settingA)))
    await runJobs()
    const submit = async () => submitAssessment(await createLocalReq({ user: lead }, payload), draft.id)
    // The submit writes in SQL; its last Payload operation, after the email is queued, reads the setting's award.
    const failing: CollectionAfterReadHook = () => {
      throw new Error('injected: award afterRead during submit')
    }
    await expectNothingLeft(() => withThrowingHook('awards', 'afterRead', failing, submit), 'injected: award afterRead during submit')
    expect((await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true, depth: 0 })).status).toBe('draft')

    // Without the hook the same submit goes through, once, with its one email.
    const delivered = sink.messages.length
    expect((await submit()).alreadySubmitted).toBe(false)
    await runJobs()
    expect(sink.messages.length).toBe(delivered + 1)
  })

  it('during a join request’s approval: no setting, no account, no invitation, the request still new', async () => {
    const admin = world.users['service-admin']
    const email = `joiner-${world.tag}@test.example.org`
    const request = await payload.create({
      collection: 'join-requests',
      data: {
        settingName: `Throwing Primary ${world.tag}`,
        urn: uniqueURN6(),
        settingType: 'primary',
        district: 'Preston',
        contactName: 'Jo Joiner',
        jobTitle: 'Senior Mental Health Lead',
        email,
        consent: true,
      } as never,
      overrideAccess: true,
    })
    await runJobs()
    const approve = async () => approveJoinRequest(await createLocalReq({ user: admin }, payload), request.id)
    const failing: CollectionAfterChangeHook = ({ doc }) => {
      if (doc.status === 'approved') throw new Error('injected: join request afterChange')
      return doc
    }
    await expectNothingLeft(() => withThrowingHook('join-requests', 'afterChange', failing, approve), 'injected: join request afterChange')
    expect((await payload.findByID({ collection: 'join-requests', id: request.id, overrideAccess: true, depth: 0 })).status).toBe('new')

    expect((await approve()).status).toBe('approved')
    await runJobs()
    expect(sink.messages.filter((m) => JSON.stringify(m.to).includes(email) && m.subject === 'You are invited to the Compassionate Schools Hub')).toHaveLength(
      1,
    )
  })

  it('during a booking: no booking, no confirmation', async () => {
    const lead = world.users['setting-lead']
    const course = await createCourse(payload, `Throwing course ${world.tag}`)
    const session = await createSession(payload, { course, title: `Throwing session ${world.tag}`, capacity: 1 })
    const member = await payload.create({
      collection: 'staff-members',
      data: { name: `Booked ${world.tag}`, email: `booked-${world.tag}@test.example.org`, setting: world.settingA.id },
      overrideAccess: true,
    })
    await runJobs()
    const book = () =>
      payload.create({ collection: 'attendances', data: { session: session.id, staffMember: member.id } as never, user: lead, overrideAccess: false })
    const failing: CollectionAfterChangeHook = ({ operation, doc }) => {
      if (operation === 'create') throw new Error('injected: attendance afterChange')
      return doc
    }
    await expectNothingLeft(() => withThrowingHook('attendances', 'afterChange', failing, book), 'injected: attendance afterChange')

    // The place was not taken by the failed booking: the one place is still free.
    expect((await book()).status).toBe('booked')
    await runJobs()
    expect(sink.messages.filter((m) => JSON.stringify(m.to).includes(member.email!))).toHaveLength(1)
  })

  it('during an award recompute: no award row, no email', async () => {
    const fresh = await createSetting(payload, `Throwing award ${world.tag}`)
    await payload.delete({ collection: 'awards', where: { setting: { equals: fresh.id } }, overrideAccess: true })
    await runJobs()
    const recompute = async () => recomputeAward(await createLocalReq({}, payload), fresh.id)
    // The recompute writes in SQL and reads the award back through Payload last: the read's hook throws.
    const failing: CollectionAfterReadHook = () => {
      throw new Error('injected: award afterRead')
    }
    await expectNothingLeft(() => withThrowingHook('awards', 'afterRead', failing, recompute), 'injected: award afterRead')
    expect((await payload.count({ collection: 'awards', where: { setting: { equals: fresh.id } }, overrideAccess: true })).totalDocs).toBe(0)

    expect((await recompute())?.status).toBe('in-progress')
    expect((await payload.count({ collection: 'awards', where: { setting: { equals: fresh.id } }, overrideAccess: true })).totalDocs).toBe(1)
    await payload.delete({ collection: 'awards', where: { setting: { equals: fresh.id } }, overrideAccess: true })
    await payload.delete({ collection: 'settings', id: fresh.id, overrideAccess: true })
  })
})

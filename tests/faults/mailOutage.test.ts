/**
 * The mail server down during a burst of emails (bookings and password resets over HTTP, queued by the served Hub):
 * nothing is lost while it is down, and once it is back every email is delivered exactly once — with two job
 * runners at the same time, as two instances of the Hub have. A mail server that never answers does not hold the
 * runner, and a job left claimed by a runner that died is sent again.
 */
import net from 'node:net'

import { sql } from '@payloadcms/db-postgres'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadJob } from '@/payload-types'
import { seedQuestionBank } from '@/seed/questionBank'

import { type MailSink, startMailSink } from '../helpers/mailSink'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createCourse, createSession } from '../helpers/training'
import { type World, createWorld, tokenFor } from '../helpers/world'

const BOOKINGS = 12

let sink: MailSink
let payload: Payload
let world: World
let course: number
let startedAt: string

const db = () => (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle
const runJobs = () => payload.jobs.run({ overrideAccess: true, silent: true, limit: 100 })
/** Two runners at once, as two instances of the Hub (or the app and a worker) run them. */
const twoRunners = () => Promise.all([runJobs(), runJobs()])

/** The send-email jobs this file queued, still in the table (completed ones are deleted). */
async function emailJobs(): Promise<PayloadJob[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'send-email' } }, { createdAt: { greater_than_equal: startedAt } }] },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return jobs.docs
}

const messageIdOf = (jobId: number | string) => `<hub-job-${jobId}@compassionate-schools-hub>`
const deliveredFor = (jobId: number | string): ParsedMail[] => sink.messages.filter((m) => m.messageId === messageIdOf(jobId))

/** Skips the backoff wait of these jobs rather than sleeping through it (30 s, then doubling). */
async function dueNow(ids: (number | string)[]) {
  for (const id of ids) {
    await payload.update({ collection: 'payload-jobs', id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
  }
}

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  sink = await startMailSink()
  // This process runs the queued jobs, delivering to the sink (the served Hub has JOBS_AUTORUN=false).
  process.env.SMTP_URL = sink.url
  payload = await testPayload()
  world = await createWorld(payload)
  await seedQuestionBank(payload)
  course = await createCourse(payload, `Mail outage course ${world.tag}`)
})

afterAll(async () => {
  const ofTheWorld = { setting: { in: [world.settingA.id, world.settingB.id] } }
  await payload.delete({ collection: 'attendances', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'staff-members', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'training-sessions', where: { course: { equals: course } }, overrideAccess: true })
  await payload.delete({ collection: 'training-courses', id: course, overrideAccess: true })
  await payload.delete({ collection: 'payload-jobs', where: { createdAt: { greater_than_equal: startedAt } }, overrideAccess: true })
  await sink.stop().catch(() => undefined)
})

describe('the mail server down during a burst of emails', () => {
  it('loses none while it is down, and delivers each exactly once when it returns, with two runners at once', async () => {
    const session = await createSession(payload, { course, title: `Mail outage session ${world.tag}`, capacity: BOOKINGS })
    const staff = await Promise.all(
      Array.from({ length: BOOKINGS }, (_, i) =>
        payload.create({
          collection: 'staff-members',
          data: { name: `Mail ${world.tag} ${i}`, email: `mail-${world.tag}-${i}@test.example.org`, setting: world.settingA.id },
          overrideAccess: true,
        }),
      ),
    )
    const lead = await tokenFor(payload, world, 'setting-lead')
    await runJobs() // whatever creating the world queued (award recomputes) is out of the way

    await sink.stop()
    // The burst: every booking confirmed by email, and three password resets, all at once over HTTP.
    const answers = await Promise.all([
      ...staff.map((m) => rest('POST', '/api/attendances', { token: lead, json: { session: session.id, staffMember: m.id } })),
      ...(['setting-lead', 'setting-staff', 'setting-lead-b'] as const).map((key) =>
        rest('POST', '/api/users/forgot-password', { json: { email: world.users[key].email } }),
      ),
    ])
    expect(answers.map((a) => a.status)).toEqual([...Array(BOOKINGS).fill(201), 200, 200, 200])
    const queued = await emailJobs()
    expect(queued.length).toBe(BOOKINGS + 3)

    // Runners while it is down: every attempt fails, every email stays queued (none given up), nothing is delivered.
    await twoRunners()
    await dueNow(queued.map((j) => j.id))
    await twoRunners()
    const waiting = await emailJobs()
    expect(waiting.map((j) => j.id).sort()).toEqual(queued.map((j) => j.id).sort())
    for (const job of waiting) {
      expect(job.completedAt).toBeFalsy()
      expect(job.hasError).toBeFalsy()
      expect(job.processing).toBe(false)
      expect(job.totalTried).toBeGreaterThanOrEqual(2)
      expect(job.waitUntil && new Date(job.waitUntil).getTime()).toBeGreaterThan(Date.now())
    }
    expect(queued.flatMap((j) => deliveredFor(j.id))).toEqual([])

    // It is back: two runners at once, round after round, until the queue is empty.
    await sink.start()
    await dueNow(queued.map((j) => j.id))
    for (let round = 0; round < 5 && (await emailJobs()).length; round++) await twoRunners()
    expect(await emailJobs()).toEqual([])
    const counts = queued.map((j) => deliveredFor(j.id).length)
    console.log(
      `Mail outage: ${queued.length} emails queued while the server was down; delivered once it returned: ` +
        `${counts.filter((c) => c === 1).length} once, ${counts.filter((c) => c > 1).length} more than once, ${counts.filter((c) => c === 0).length} never`,
    )
    expect(counts).toEqual(queued.map(() => 1))
    for (const job of queued) {
      const input = job.input as { to: string; subject: string }
      const [mail] = deliveredFor(job.id)
      expect(mail.subject).toBe(input.subject)
      expect(JSON.stringify(mail.to)).toContain(input.to.split(',')[0].trim())
    }
  })

  it('two runners at once over a queue of 20: each email sent once, and neither runner fails', async () => {
    // Payload claims jobs by reading then marking them: both runners read the same jobs, both sent them, and the
    // slower one failed updating a job the faster had deleted (9 of 20 sent twice before src/db/jobClaims.ts).
    const ids: (number | string)[] = []
    for (let i = 0; i < 20; i++) {
      const job = await payload.jobs.queue({
        task: 'send-email',
        input: { to: `race-${world.tag}-${i}@test.example.org`, subject: `Race ${i}`, html: '<p>Race</p>' },
      })
      ids.push(job.id)
    }
    const runners = await Promise.allSettled([runJobs(), runJobs()])
    expect(runners.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled'])
    expect(ids.map((id) => deliveredFor(id).length)).toEqual(ids.map(() => 1))
  })

  it('a mail server that accepts connections and never answers does not hold the runner', async () => {
    const member = world.users['service-staff']
    await sink.stop()
    // On the sink's port: a server that takes the connection and never greets.
    const sockets: net.Socket[] = []
    const silent = net.createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(sink.port, '127.0.0.1', resolve))
    try {
      const asked = await rest('POST', '/api/users/forgot-password', { json: { email: member.email } })
      expect(asked.status).toBe(200)
      const t0 = performance.now()
      await runJobs()
      const ms = performance.now() - t0
      console.log(`Mail outage: a silent mail server held the runner ${Math.round(ms)} ms`)
      expect(ms).toBeLessThan(25_000)
      const pending = (await emailJobs()).filter((j) => (j.input as { to: string }).to === member.email)
      expect(pending).toHaveLength(1)
      expect(pending[0]).toMatchObject({ processing: false, hasError: false })
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
      await sink.start()
    }
    const [job] = (await emailJobs()).filter((j) => (j.input as { to: string }).to === member.email)
    await dueNow([job.id])
    await runJobs()
    expect(deliveredFor(job.id)).toHaveLength(1)
  })

  it('a job left claimed by a runner that died is sent again, once, and a fresh claim is left alone', async () => {
    const asked = await rest('POST', '/api/users/forgot-password', { json: { email: world.users['setting-staff-b'].email } })
    expect(asked.status).toBe(200)
    const [job] = (await emailJobs()).filter((j) => (j.input as { to: string }).to === world.users['setting-staff-b'].email)
    // What a runner killed mid-send leaves: the job marked as processing, never finished.
    await db().execute(sql`UPDATE payload_jobs SET processing = true, updated_at = now() WHERE id = ${job.id}`)
    await twoRunners()
    expect(deliveredFor(job.id)).toHaveLength(0) // a runner may still be sending it
    await db().execute(sql`UPDATE payload_jobs SET updated_at = now() - interval '16 minutes' WHERE id = ${job.id}`)
    await twoRunners()
    expect(deliveredFor(job.id)).toHaveLength(1)
    expect((await emailJobs()).some((j) => j.id === job.id)).toBe(false)
  })
})

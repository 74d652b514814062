/** Booking several staff at once from the portal: one transaction, all or nothing, through the booking hooks. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedQuestionBank } from '@/seed/questionBank'
import { bookStaffOnSession } from '@/training/bookStaff'
import { TRAINING_SYSTEM } from '@/training/bookingHooks'
import { trainingDashboard } from '@/training/dashboard'

import { clientFrom, pageText } from '../helpers/client'
import { testPayload } from '../helpers/payload'
import { type World, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let course: number

const SYSTEM = { overrideAccess: true, context: { [TRAINING_SYSTEM]: true } } as const
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()

async function session(capacity: number, waitingListSize: number): Promise<number> {
  const doc = await payload.create({
    collection: 'training-sessions',
    data: { course, startsAt: inDays(10), endsAt: inDays(10.1), mode: 'in-person', venue: 'Hall', capacity, waitingListSize, status: 'scheduled' } as never,
    overrideAccess: true,
  })
  return doc.id
}

async function staffOf(names: string[]): Promise<number[]> {
  const ids: number[] = []
  for (const name of names)
    ids.push((await payload.create({ collection: 'staff-members', data: { name } as never, user: world.users['setting-lead'], overrideAccess: false })).id)
  return ids
}

const statusesOn = async (sessionId: number) =>
  (await payload.find({ collection: 'attendances', where: { session: { equals: sessionId } }, overrideAccess: true, depth: 0, sort: 'id' })).docs.map(
    (a) => a.status,
  )

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  const principles = await payload.find({ collection: 'principles', sort: 'order', limit: 2, overrideAccess: true })
  course = (
    await payload.create({
      collection: 'training-courses',
      data: {
        title: `Course ${world.tag}`,
        summary: 'S',
        principles: principles.docs.map((p) => p.id),
        audience: ['staff'],
        format: 'in-person',
        durationMinutes: 60,
        _status: 'published',
      },
      ...SYSTEM,
    })
  ).id
})

describe('booking staff from the portal', () => {
  it('keeps the rules on for every booking of a batch: a system write of the hooks does not leave the request marked', async () => {
    // Without asSystem, the first booking's emails (read as system) marked the request, and the next bookings of
    // the same transaction skipped the rules: a session of 1 place took every booking.
    const s = await session(1, 1)
    const staff = await staffOf(['Z one', 'Z two'])
    const outcome = await bookStaffOnSession(payload, world.users['setting-lead'], s, staff)
    expect(outcome.placed.map((p) => p.status)).toEqual(['booked', 'waitlisted'])
  })

  it('places staff while places last, then the waiting list', async () => {
    const s = await session(2, 2)
    const staff = await staffOf(['A one', 'A two', 'A three'])
    const outcome = await bookStaffOnSession(payload, world.users['setting-lead'], s, staff)
    expect(outcome.refused).toBeNull()
    expect(outcome.placed.map((p) => p.status)).toEqual(['booked', 'booked', 'waitlisted'])
    expect(await statusesOn(s)).toEqual(['booked', 'booked', 'waitlisted'])
  })

  it('is all or nothing: a refusal (session and waiting list full) leaves nobody booked', async () => {
    const s = await session(1, 0)
    const staff = await staffOf(['B one', 'B two'])
    const outcome = await bookStaffOnSession(payload, world.users['setting-lead'], s, staff)
    expect(outcome.refused).toMatch(/^B two: This session is full and its waiting list \(0 places\) is full too\./)
    expect(await statusesOn(s)).toEqual([])
  })

  it('refuses another setting’s staff, and books nobody', async () => {
    const s = await session(5, 0)
    const [ours] = await staffOf(['C one'])
    const theirs = await payload.create({
      collection: 'staff-members',
      data: { name: 'Other' } as never,
      user: world.users['setting-lead-b'],
      overrideAccess: false,
    })
    const outcome = await bookStaffOnSession(payload, world.users['setting-lead'], s, [ours, theirs.id])
    expect(outcome.refused).toBe('One of the chosen staff is not on your staff list.')
    expect(await statusesOn(s)).toEqual([])
  })

  it('the dashboard counts upcoming bookings and this setting’s places, in its own setting only', async () => {
    const d = await trainingDashboard(payload, world.settingA.id)
    expect(d.figures.activeStaff).toBe(8)
    expect(d.figures.upcomingBookings).toBe(5)
    const b = await trainingDashboard(payload, world.settingB.id)
    expect(b.figures).toEqual({ activeStaff: 1, trained: 0, champions: 0, upcomingBookings: 0 })
  })

  it('a cancelled session stays readable, as cancelled, to the setting that had bookings on it, and to no other', async () => {
    const id = await session(3, 0)
    const [person] = await staffOf([`Cancelled ${world.tag}`])
    await payload.create({
      collection: 'attendances',
      data: { session: id, staffMember: person } as never,
      user: world.users['setting-lead'],
      overrideAccess: false,
    })
    await payload.update({ collection: 'training-sessions', id, data: { status: 'cancelled' }, user: world.users['service-staff'], overrideAccess: false })
    const page = (who: 'setting-lead' | 'setting-lead-b') =>
      tokenFor(payload, world, who).then((token) =>
        clientFrom().request('GET', `/training/sessions/${id}`, { headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' } }),
      )
    const own = await page('setting-lead')
    expect(own.status).toBe(200)
    expect(pageText(own.text)).toContain('This session is cancelled.')
    expect(pageText(own.text)).toContain('Cancelled by the service')
    expect((await page('setting-lead-b')).status).toBe(404)
  })
})

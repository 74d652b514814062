/** Training fixtures, created as the system: a published course and a scheduled in-person session of it. */
import type { Payload } from 'payload'

import type { TrainingSession } from '@/payload-types'

const HOUR = 3_600_000

/** A published course on the first principle. */
export async function createCourse(payload: Payload, title: string): Promise<number> {
  const principle = (await payload.find({ collection: 'principles', sort: 'order', limit: 1, overrideAccess: true })).docs[0].id
  const course = await payload.create({
    collection: 'training-courses',
    data: {
      title,
      summary: 'A course.',
      principles: [principle],
      audience: ['staff'],
      format: 'in-person',
      durationMinutes: 60,
      active: true,
      _status: 'published',
    },
    overrideAccess: true,
    draft: false,
  })
  return course.id
}

/** A scheduled one-hour session of `course` at County Hall, `startsInDays` from now (10 by default). */
export async function createSession(
  payload: Payload,
  options: { course: number; title: string; capacity: number; waitingListSize?: number; startsInDays?: number },
): Promise<TrainingSession> {
  const startsAt = Date.now() + (options.startsInDays ?? 10) * 24 * HOUR
  return payload.create({
    collection: 'training-sessions',
    data: {
      course: options.course,
      title: options.title,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + HOUR).toISOString(),
      mode: 'in-person',
      venue: 'County Hall',
      capacity: options.capacity,
      waitingListSize: options.waitingListSize ?? 0,
      status: 'scheduled',
    } as Omit<TrainingSession, 'id' | 'createdAt' | 'updatedAt'>,
    overrideAccess: true,
  })
}

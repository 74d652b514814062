/**
 * Booking several of a setting's staff onto one session as its lead, all or nothing in one transaction: each gets a
 * place or the waiting list as the booking hooks decide (a booking after apologies is made again); if any booking is
 * refused, none is made, and the refusal is returned in words.
 */
import { createLocalReq, type Payload } from 'payload'

import { idOf } from '@/access/roles'
import { inTransaction } from '@/db/inTransaction'
import type { User } from '@/payload-types'

export interface Placed {
  staff: number
  name: string
  status: string
}

export type BookingOutcome = { placed: Placed[]; refused: null } | { placed: []; refused: string }

/** A refusal of the booking rules (403/404/409/422) in words; anything else is a fault (null: throw it). */
export function refusalMessage(error: unknown): string | null {
  const e = error as { status?: number; message?: string }
  if (e?.status === 403) return 'You cannot do this for your setting.'
  if (e?.status === 404) return 'That booking or session no longer exists.'
  if (e?.status === 409 || e?.status === 422 || e?.status === 400) return e.message || 'This could not be done.'
  return null
}

class Refused extends Error {}

export async function bookStaffOnSession(payload: Payload, user: User, sessionId: number, staffIds: number[]): Promise<BookingOutcome> {
  const [staff, existing] = await Promise.all([
    payload.find({
      collection: 'staff-members',
      where: { id: { in: staffIds } },
      pagination: false,
      depth: 0,
      select: { name: true },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'attendances',
      where: { and: [{ session: { equals: sessionId } }, { staffMember: { in: staffIds } }] },
      pagination: false,
      depth: 0,
      select: { staffMember: true, status: true },
      user,
      overrideAccess: false,
    }),
  ])
  const names = new Map(staff.docs.map((s) => [s.id, s.name]))
  const previous = new Map(existing.docs.map((a) => [Number(idOf(a.staffMember)), a]))
  const req = await createLocalReq({ user }, payload)
  try {
    const placed = await inTransaction(req, async () => {
      const done: Placed[] = []
      for (const staffMember of staffIds) {
        const name = names.get(staffMember)
        if (!name) throw new Refused('One of the chosen staff is not on your staff list.')
        const before = previous.get(staffMember)
        try {
          const doc =
            before?.status === 'apologies'
              ? await payload.update({ collection: 'attendances', id: before.id, data: { status: 'booked' }, req, overrideAccess: false, depth: 0 })
              : await payload.create({ collection: 'attendances', data: { session: sessionId, staffMember } as never, req, overrideAccess: false, depth: 0 })
          done.push({ staff: staffMember, name, status: doc.status })
        } catch (error) {
          const message = refusalMessage(error)
          throw message ? new Refused(`${name}: ${message}`) : error
        }
      }
      return done
    })
    return { placed, refused: null }
  } catch (error) {
    if (error instanceof Refused) return { placed: [], refused: error.message }
    throw error
  }
}

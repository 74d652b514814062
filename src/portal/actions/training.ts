'use server'
/** The Training Dashboard's form actions: keep the staff list, book staff onto a session, send apologies. */
import { notFound, redirect } from 'next/navigation'

import { parseDocumentId } from '@/api/requestRules'

import { bookStaffOnSession, refusalMessage } from '@/training/bookStaff'

import { hubPayload } from '../payload'
import { requireLeadViewer } from '../requireViewer'
import { type FormState, field } from './formState'
import { orNotFound } from './refusals'

const NAME_MAX = 120
const EMAIL_MAX = 254
/** More than any setting's staff list: a booking form never asks for more at once. */
const MAX_BOOKINGS_AT_ONCE = 200

const leadViewer = (returnTo = '/training/staff') => requireLeadViewer(returnTo)

/** An id the database can hold, or null (a larger number would fail the query rather than find nothing). */
const positiveId = (value: unknown): number | null => parseDocumentId(typeof value === 'string' ? value.trim() : value) as number | null

/** The record a form names: null when it names none, the site's 404 when it names something that cannot be one. */
const namedId = (form: FormData, name: string): number | null => {
  const raw = field(form, name)
  if (!raw) return null
  return positiveId(raw) ?? notFound()
}

const isRedirect = (error: unknown) => String((error as { digest?: string })?.digest ?? '').startsWith('NEXT_REDIRECT')

// ─── staff list ─────────────────────────────────────────────────────────────────────────────────────────────────────

export async function saveStaffMember(_: FormState, form: FormData): Promise<FormState> {
  const { user } = await leadViewer()
  const name = field(form, 'name')
  const jobRole = field(form, 'jobRole')
  const email = field(form, 'email')
  const values = { name, jobRole, email }
  const errors: FormState['errors'] = []
  if (!name) errors.push({ field: 'name', message: 'Enter the name of the member of staff' })
  else if (name.length > NAME_MAX) errors.push({ field: 'name', message: `The name must be ${NAME_MAX} characters or fewer` })
  if (jobRole.length > NAME_MAX) errors.push({ field: 'jobRole', message: `The job role must be ${NAME_MAX} characters or fewer` })
  if (email && (email.length > EMAIL_MAX || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)))
    errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.org' })
  if (errors.length) return { errors, values }
  const payload = await hubPayload()
  const id = namedId(form, 'id')
  const data = { name, jobRole: jobRole || null, email: email || null }
  try {
    if (id) await payload.update({ collection: 'staff-members', id, data, user, overrideAccess: false, depth: 0 })
    else await payload.create({ collection: 'staff-members', data: data as never, user, overrideAccess: false, depth: 0 })
  } catch (error) {
    const message = refusalMessage(error)
    if (message) return { errors: [{ field: 'name', message }], values }
    throw error
  }
  redirect(id ? '/training/staff?saved=1' : '/training/staff?added=1')
}

/** Marks a member of staff as left (they leave the training figures), or back again. */
export async function setStaffActive(form: FormData): Promise<void> {
  const { user } = await leadViewer()
  const id = namedId(form, 'id')
  const active = field(form, 'active') === 'yes'
  if (id) {
    const payload = await hubPayload()
    await orNotFound(() => payload.update({ collection: 'staff-members', id, data: { active }, user, overrideAccess: false, depth: 0 }))
  }
  redirect(active ? '/training/staff?returned=1' : '/training/staff?left=1')
}

/** Removes a member of staff with their bookings and attendance (confirmed on the page before). */
export async function removeStaffMember(form: FormData): Promise<void> {
  const { user } = await leadViewer()
  const id = namedId(form, 'id')
  if (id) {
    const payload = await hubPayload()
    await orNotFound(() => payload.delete({ collection: 'staff-members', id, user, overrideAccess: false, depth: 0 }))
  }
  redirect('/training/staff?removed=1')
}

// ─── bookings ───────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Books the chosen staff onto a session, all in one transaction: each gets a place or goes on the waiting list, as
 * the booking rules decide (a booking after apologies is made again). If any booking is refused, none is made.
 */
export async function bookStaff(_: FormState, form: FormData): Promise<FormState> {
  const sessionId = positiveId(field(form, 'session'))
  const { user } = await leadViewer(sessionId ? `/training/sessions/${sessionId}` : '/training')
  // Only a made-up form names no session, or one that cannot be: the site's 404, as for its address.
  if (!sessionId) notFound()
  const given = form.getAll('staff').map(positiveId)
  const chosen = [...new Set(given)].filter((id): id is number => id !== null)
  if (!given.length) return { errors: [{ field: 'staff', message: 'Choose at least one member of staff to book' }] }
  // Only a made-up form sends what is not a member of staff, or more than the list: refused whole, never in part.
  if (given.includes(null)) return { errors: [{ field: 'staff', message: 'One of the chosen staff is not on your staff list.' }] }
  if (chosen.length > MAX_BOOKINGS_AT_ONCE) return { errors: [{ field: 'staff', message: `Book at most ${MAX_BOOKINGS_AT_ONCE} staff at once` }] }

  const outcome = await bookStaffOnSession(await hubPayload(), user, sessionId, chosen)
  if (outcome.refused) {
    return {
      errors: [{ field: 'staff', message: `${outcome.refused} Nobody was booked: choose fewer staff, or another session.` }],
      values: { staff: chosen.join(',') },
    }
  }
  const placed = outcome.placed
  const query = new URLSearchParams()
  for (const p of placed) query.append(p.status === 'waitlisted' ? 'waiting' : 'placed', String(p.staff))
  redirect(`/training/sessions/${sessionId}?${query.toString()}#bookings`)
}

/** A lead sends apologies for a booking (confirmed on the page before); a place it frees goes to the waiting list. */
export async function sendApologies(_: FormState, form: FormData): Promise<FormState> {
  const sessionId = positiveId(field(form, 'session'))
  const attendance = positiveId(field(form, 'attendance'))
  const { user } = await leadViewer(sessionId ? `/training/sessions/${sessionId}` : '/training')
  if (!sessionId || !attendance) notFound()
  const payload = await hubPayload()
  try {
    await payload.update({ collection: 'attendances', id: attendance, data: { status: 'apologies' }, user, overrideAccess: false, depth: 0 })
  } catch (error) {
    if (isRedirect(error)) throw error
    const message = refusalMessage(error)
    if (message) return { errors: [{ field: 'confirm', message }] }
    throw error
  }
  redirect(`/training/sessions/${sessionId}?apologies=1#bookings`)
}

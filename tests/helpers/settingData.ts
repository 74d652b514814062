/**
 * A setting with a little of everything a setting holds (a submitted self-assessment with answers and a draft, an
 * action, a shared case study with an image, staff, a booking), each carrying `marker` in its text so that a test
 * can say whose data it is looking at. Made by the real operations as the setting's lead where there is one.
 */
import { createLocalReq, type Payload } from 'payload'

import { idOf } from '@/access/roles'
import { submitAssessment } from '@/assessment/submitAssessment'
import type { Media, Setting, User } from '@/payload-types'
import { shareCaseStudy } from '@/scrapbook/moderation'
import { writingEditor, writingToRichText } from '@/scrapbook/writing'
import { TRAINING_SYSTEM } from '@/training/bookingHooks'

import { smallPng } from './access'
import { answersFor, applicableQuestions, draftFor } from './assessments'
import { createCourse, createSession } from './training'

export interface SettingData {
  assessment: number
  caseStudy: number
  image: Media
  staff: number[]
  attendance: number
  action: number
}

const as = (payload: Payload, user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/** A published course and one scheduled session of it, for bookings (the caller removes them). */
export async function trainingSession(payload: Payload, tag: string): Promise<{ course: number; session: number }> {
  const course = await createCourse(payload, `Data course ${tag}`)
  const session = await createSession(payload, { course, title: `Data session ${tag}`, capacity: 10 })
  return { course, session: session.id }
}

export async function populateSetting(payload: Payload, setting: Setting, lead: User, marker: string, session: number): Promise<SettingData> {
  const questions = await applicableQuestions(payload, lead, setting)
  const draft = await draftFor(
    payload,
    lead,
    answersFor(questions).map((a) => ({ ...a, evidence: `Evidence ${marker}` })),
  )
  const { assessment } = await submitAssessment(await as(payload, lead), draft.id, { notify: false })
  const action = await payload.create({
    collection: 'actions',
    data: { title: `Action ${marker}`, owner: `Owner ${marker}`, status: 'not-started', setting: setting.id } as never,
    user: lead,
    overrideAccess: false,
    depth: 0,
  })
  const image = await payload.create({
    collection: 'media',
    data: { alt: `Picture ${marker}` } as never,
    file: await smallPng(),
    user: lead,
    overrideAccess: false,
    depth: 0,
  })
  const editor = await writingEditor(payload.config)
  const principle = (await payload.find({ collection: 'principles', sort: 'order', limit: 1, overrideAccess: true })).docs[0].id
  const study = await payload.create({
    collection: 'case-studies',
    data: {
      title: `Study ${marker}`,
      summary: `Summary ${marker}`,
      body: writingToRichText(`Body ${marker}`, editor),
      principles: [principle],
      images: [image.id],
    } as never,
    user: lead,
    overrideAccess: false,
    depth: 0,
  })
  await shareCaseStudy(await as(payload, lead), study.id, { confirmNoPupilInfo: true })
  const staff = []
  for (const n of [1, 2]) {
    staff.push(
      (
        await payload.create({
          collection: 'staff-members',
          data: { name: `Staff ${n} ${marker}`, jobRole: `Role ${marker}`, email: `staff${n}-${marker}@test.example.org`.toLowerCase() } as never,
          user: lead,
          overrideAccess: false,
          depth: 0,
        })
      ).id,
    )
  }
  const attendance = await payload.create({
    collection: 'attendances',
    data: { session, staffMember: staff[0], setting: setting.id, status: 'attended', bookedBy: lead.id, bookedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    context: { [TRAINING_SYSTEM]: true },
    depth: 0,
  })
  return { assessment: Number(idOf(assessment.id)), caseStudy: study.id, image, staff, attendance: attendance.id, action: action.id }
}

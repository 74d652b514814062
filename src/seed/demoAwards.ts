/**
 * The award's demo: the service's criteria (published), and what three settings did towards them — made by real
 * operations as their leads and the service (actions done, a case study shared and approved, a register marked).
 * The awards themselves are never written here: the recompute seam (src/awards/recompute.ts) derives them.
 * Brookside achieves (once the service confirms its visit), Ribble Valley is close (all but the visit), Oakfield
 * Primary has just started (one self-assessment).
 */
import { createLocalReq, type Payload } from 'payload'

import { recomputeAward } from '@/awards/recompute'
import { inTransaction } from '@/db/inTransaction'
import { decideCaseStudy, shareCaseStudy } from '@/scrapbook/moderation'
import { writingEditor, writingToRichText } from '@/scrapbook/writing'
import { recomputeChampion, TRAINING_SYSTEM } from '@/training/bookingHooks'

import { awardCriteria } from './content/awardCriteria'
import { demoStaff } from './content/training'
import { DEMO_SETTINGS } from './demoAccounts'
import { createUnlessExists } from './createUnlessExists'

const DAY = 86_400_000

/** The seed criteria, published; idempotent (by key). Criterion ids by key. */
export async function seedAwardCriteria(payload: Payload): Promise<Map<string, number>> {
  const principles = await payload.find({ collection: 'principles', limit: 20, depth: 0, overrideAccess: true })
  const principleId = new Map(principles.docs.map((p) => [p.key, p.id]))
  const ids = new Map<string, number>()
  for (const c of awardCriteria) {
    const { id } = await createUnlessExists(payload, 'award-criteria', 'key', c.key, {
      key: c.key,
      title: c.title,
      track: c.track,
      order: c.order,
      guidance: c.guidance,
      rule: c.rule,
      months: c.months,
      percent: c.percent,
      staffMeasure: c.staffMeasure,
      minimum: c.minimum,
      principle: c.principle ? principleId.get(c.principle) : undefined,
      active: true,
      _status: 'published',
    })
    ids.set(c.key, id)
  }
  return ids
}

/** The three demo award states, by name: what the start script prints beside the demo sign-ins. */
export const DEMO_AWARD_STATES = [
  { key: 'brookside', urn: '119901', state: 'achieved, with a certificate' },
  { key: 'ribblevalley', urn: '130901', state: 'close: everything but the service’s visit' },
  { key: 'oakfield', urn: '1199011', state: 'just started: one self-assessment' },
] as const

const COMPLETED_ACTIONS: Record<string, { title: string; owner: string }[]> = {
  brookside: [
    { title: 'Add a feelings check-in to every morning register', owner: 'Class teachers' },
    { title: 'Run a staff briefing on noticing early signs of distress', owner: 'Deputy head' },
    { title: 'Publish the wellbeing offer on the school website for parents', owner: 'Office manager' },
    { title: 'Set up a termly pupil wellbeing survey and share the results with governors', owner: 'Senior mental health lead' },
  ],
  ribblevalley: [
    { title: 'Name a wellbeing contact in every curriculum area', owner: 'Head of student services' },
    { title: 'Add mental health to the personal tutor induction', owner: 'Curriculum manager' },
    { title: 'Agree a referral route to the local mental health support team', owner: 'Safeguarding officer' },
    { title: 'Review the attendance policy with the student union', owner: 'Student wellbeing adviser' },
  ],
}

const RIBBLE_VALLEY_STUDY = {
  title: 'Drop-in wellbeing hours in the learning centre',
  summary: 'A wellbeing adviser in the learning centre every lunchtime: students come for study help and stay to talk, and fewer reach crisis before asking.',
  body: 'We moved our wellbeing adviser’s drop-in from the student services corridor to the learning centre at lunchtime.\n\n## What changed\n\n- Students who would not walk into student services now ask for help\n- Tutors refer earlier, because they know where the adviser is\n\nWe review the (anonymous) drop-in log every half term.',
}

async function userByEmail(payload: Payload, email: string) {
  return (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
}

/** What the demo settings did towards their awards, each step only once (the seed may run again). */
export async function seedDemoAwardWork(payload: Payload, settingIds: Map<string, number>): Promise<void> {
  // Completed actions, recorded by the setting's lead in its action plan.
  for (const [key, actions] of Object.entries(COMPLETED_ACTIONS)) {
    const settingId = settingIds.get(key)
    const lead = await userByEmail(payload, `lead@${key}.example.org`)
    if (!settingId || !lead) continue
    const latest = (
      await payload.find({
        collection: 'assessments',
        where: { setting: { equals: settingId }, status: { equals: 'submitted' } },
        sort: '-submittedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
    for (const [i, a] of actions.entries()) {
      const exists = await payload.count({ collection: 'actions', where: { setting: { equals: settingId }, title: { equals: a.title } }, overrideAccess: true })
      if (exists.totalDocs) continue
      await payload.create({
        collection: 'actions',
        data: {
          title: a.title,
          setting: settingId,
          assessment: latest?.id,
          owner: a.owner,
          dueDate: new Date(Date.now() - (i + 1) * 14 * DAY).toISOString(),
          status: 'done',
        },
        user: lead,
        overrideAccess: false,
      })
    }
  }

  // Ribble Valley's second case study: shared by its lead, approved by the service.
  const ribble = await userByEmail(payload, 'lead@ribblevalley.example.org')
  const admin = await userByEmail(payload, 'admin@service.example.org')
  const shared = await payload.count({ collection: 'case-studies', where: { title: { equals: RIBBLE_VALLEY_STUDY.title } }, overrideAccess: true })
  if (ribble && admin && !shared.totalDocs) {
    const principle = (
      await payload.find({ collection: 'principles', where: { key: { equals: 'targeted-support' } }, limit: 1, depth: 0, overrideAccess: true })
    ).docs[0]
    const study = await payload.create({
      collection: 'case-studies',
      data: {
        title: RIBBLE_VALLEY_STUDY.title,
        summary: RIBBLE_VALLEY_STUDY.summary,
        body: writingToRichText(RIBBLE_VALLEY_STUDY.body, await writingEditor(payload.config)),
        principles: principle ? [principle.id] : [],
        images: [],
        anonymous: false,
      } as never,
      user: ribble,
      overrideAccess: false,
    })
    await shareCaseStudy(await createLocalReq({ user: ribble }, payload), study.id, { confirmNoPupilInfo: true })
    await decideCaseStudy(await createLocalReq({ user: admin }, payload), study.id, { decision: 'approved', feedback: '' })
  }

  // Ribble Valley's head of student services attends a third session (a register the trainer marked): its champion.
  const ribbleId = settingIds.get('ribblevalley')
  if (ribbleId) await markDemoAttendance(payload, 'ribblevalley', ribbleId, 0, 'teaching-mental-health-safely')
}

/** Adds one attended mark for demo staff member `index` of `key` on the past demo session of `courseKey`, then recomputes the champion rule. */
async function markDemoAttendance(payload: Payload, key: string, settingId: number, index: number, courseKey: string): Promise<void> {
  const person = demoStaff[key]?.[index]
  if (!person) return
  const staff = (
    await payload.find({
      collection: 'staff-members',
      where: { setting: { equals: settingId }, name: { equals: person.name } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const course = (await payload.find({ collection: 'training-courses', where: { key: { equals: courseKey } }, limit: 1, depth: 0, overrideAccess: true }))
    .docs[0]
  if (!staff || !course) return
  const session = (
    await payload.find({
      collection: 'training-sessions',
      where: { course: { equals: course.id }, status: { equals: 'completed' } },
      sort: '-startsAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!session) return
  const already = await payload.count({
    collection: 'attendances',
    where: { session: { equals: session.id }, staffMember: { equals: staff.id } },
    overrideAccess: true,
  })
  if (already.totalDocs) return
  const lead = await userByEmail(payload, `lead@${key}.example.org`)
  const trainer = await userByEmail(payload, 'trainer@service.example.org')
  const startsAt = Date.parse(session.startsAt)
  const markedAt = new Date(startsAt + 3 * 3_600_000).toISOString()
  // A past register, written as the register left it (the booking rules refuse bookings in the past), as demoTraining does.
  await payload.create({
    collection: 'attendances',
    data: {
      session: session.id,
      staffMember: staff.id,
      setting: settingId,
      status: 'attended',
      bookedBy: lead?.id,
      bookedAt: new Date(startsAt - 21 * DAY).toISOString(),
      statusChangedBy: trainer?.id,
      statusChangedAt: markedAt,
      markedBy: trainer?.id,
      markedAt,
    },
    overrideAccess: true,
    depth: 0,
    context: { [TRAINING_SYSTEM]: true },
  })
  const req = await createLocalReq({}, payload)
  await inTransaction(req, () => recomputeChampion(req, staff.id))
}

/**
 * The demo awards, derived through the recompute seam from what the settings did; then the service confirms
 * Brookside's visit (as the demo admin, through the award's edit rules), which completes its checklist: achieved, with
 * a certificate number and verification code. Running it again changes nothing.
 */
export async function recomputeDemoAwards(payload: Payload): Promise<void> {
  const urns = [...new Set([...DEMO_SETTINGS.map((s) => s.urn), ...DEMO_AWARD_STATES.map((s) => s.urn)])]
  const settings = await payload.find({ collection: 'settings', where: { urn: { in: urns } }, pagination: false, depth: 0, overrideAccess: true })
  const recompute = async (id: number) => {
    const req = await createLocalReq({}, payload)
    return recomputeAward(req, id)
  }
  for (const s of settings.docs) await recompute(s.id)

  const brookside = settings.docs.find((s) => s.urn === '119901')
  const admin = await userByEmail(payload, 'admin@service.example.org')
  const visit = (
    await payload.find({ collection: 'award-criteria', where: { key: { equals: 'award-service-visit' } }, limit: 1, depth: 0, overrideAccess: true })
  ).docs[0]
  if (!brookside || !admin || !visit) return
  const award = (
    await payload.find({
      collection: 'awards',
      where: { setting: { equals: brookside.id }, status: { in: ['in-progress', 'achieved'] } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (award?.status !== 'in-progress' || (award.confirmations ?? []).length) return
  await payload.update({
    collection: 'awards',
    id: award.id,
    data: {
      confirmations: [
        {
          criterion: visit.id,
          note: 'Visited on a Tuesday morning: met the wellbeing team, joined a Year 4 circle time and talked with the school council about the calm corners.',
        },
      ],
    },
    user: admin,
    overrideAccess: false,
    depth: 0,
  })
  await recompute(brookside.id)
}

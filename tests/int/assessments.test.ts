/** The self-assessment from draft to immutable report, through the Local API as each role and over REST. */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import { loadReport } from '@/assessment/loadReport'
import { submitAssessment } from '@/assessment/submitAssessment'
import type { Question } from '@/payload-types'
import { seedQuestionBank } from '@/seed/questionBank'

import { answersFor, applicableQuestions, draftFor, emailJobsFor } from '../helpers/assessments'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let questionsA: Question[]

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  questionsA = await applicableQuestions(payload, world.users['setting-lead'], world.settingA)
})

const lead = () => world.users['setting-lead']
const submitAs = async (key: keyof World['users'], id: number) => rest('POST', `/api/assessments/${id}/submit`, { token: await tokenFor(payload, world, key) })

describe('drafts', () => {
  it('is started by the setting lead in their own setting, one at a time', async () => {
    const draft = await draftFor(payload, lead())
    expect(draft.status).toBe('draft')
    expect(idOf(draft.setting)).toBe(world.settingA.id)
    expect(idOf(draft.startedBy)).toBe(lead().id)
    await expect(
      payload.create({ collection: 'assessments', data: { setting: world.settingA.id } as never, user: lead(), overrideAccess: false }),
    ).rejects.toMatchObject({ status: 409 })
  })

  it('cannot be started by setting staff', async () => {
    await expect(
      payload.create({ collection: 'assessments', data: { setting: world.settingA.id } as never, user: world.users['setting-staff'], overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('asks each setting only the questions for its type', async () => {
    const questionsB = await applicableQuestions(payload, world.users['setting-lead-b'], world.settingB)
    const collegeOnly = questionsB.filter((q) => q.settingTypes?.length && !q.settingTypes.includes('primary'))
    expect(collegeOnly.length).toBeGreaterThan(0)
    expect(questionsA.some((q) => q.id === collegeOnly[0].id)).toBe(false)
    // An answer to a question that is not for the setting's type is never kept (dropped, and counted for the lead).
    const draft = await draftFor(payload, lead())
    const context: { answersRemoved?: number } = {}
    const saved = await payload.update({
      collection: 'assessments',
      id: draft.id,
      data: {
        answers: [
          { question: collegeOnly[0].id, value: '2' },
          { question: questionsA[0].id, value: '1' },
        ],
      } as never,
      user: lead(),
      overrideAccess: false,
      context,
    })
    expect(saved.answers?.map((a) => idOf(a.question))).toEqual([questionsA[0].id])
    expect(context.answersRemoved).toBe(1)
  })

  it('cannot be set to submitted by writing its status', async () => {
    const draft = await draftFor(payload, lead())
    const res = await rest('PATCH', `/api/assessments/${draft.id}`, {
      token: await tokenFor(payload, world, 'setting-lead'),
      json: { status: 'submitted', results: { fake: true } },
    })
    expect(res.status).toBe(200)
    const stored = await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true })
    expect(stored.status).toBe('draft')
    expect(stored.results).toBeNull()
  })
})

describe('submitting', () => {
  it('refuses an incomplete assessment with 422 listing what is missing, changing nothing', async () => {
    const answers = answersFor(questionsA).slice(0, -3)
    const draft = await draftFor(payload, lead(), answers)
    const jobsBefore = await emailJobsFor(payload, world.settingA.name)
    const res = await submitAs('setting-lead', draft.id)
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toMatch(/3 questions have no answer/)
    expect(res.body.errors[0].data.missing).toHaveLength(3)
    expect(res.body.errors[0].data.missing[0]).toMatchObject({ prompt: questionsA.at(-3)!.prompt })
    const stored = await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true })
    expect(stored.status).toBe('draft')
    expect(stored.results).toBeNull()
    expect(await emailJobsFor(payload, world.settingA.name)).toBe(jobsBefore)
  })

  it('scores, matches recommendations, freezes the questions and queues one receipt email', async () => {
    const draft = await draftFor(
      payload,
      lead(),
      answersFor(questionsA, (_, i) => (i % 5 === 0 ? 'na' : i % 2 ? '0' : '1')),
    )
    const jobsBefore = await emailJobsFor(payload, world.settingA.name)
    const res = await submitAs('setting-lead', draft.id)
    expect(res.status).toBe(200)
    const stored = await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true })
    expect(stored.status).toBe('submitted')
    expect(idOf(stored.submittedBy)).toBe(lead().id)
    expect(stored.phase).toBe('primary')
    const results = stored.results as { principles: { rag: string | null }[]; overall: { percentage: number } }
    expect(results.principles).toHaveLength(8)
    expect(results.principles.some((p) => p.rag === 'red')).toBe(true)
    const recommendations = stored.recommendations as { priority: string }[]
    expect(recommendations.length).toBeGreaterThan(0)
    const order = ['high', 'medium', 'low']
    expect(recommendations.map((r) => order.indexOf(r.priority))).toEqual([...recommendations.map((r) => order.indexOf(r.priority))].sort((a, b) => a - b))
    expect((stored.snapshot as { questions: unknown[] }).questions).toHaveLength(questionsA.length)
    expect(await emailJobsFor(payload, world.settingA.name)).toBe(jobsBefore + 1)
  })

  it('makes each submission its setting’s latest result for the county benchmark, in the same transaction', async () => {
    const latestOf = async () =>
      (
        await (payload.db as unknown as PostgresAdapter).drizzle.execute(
          sql`SELECT principle_id, percentage::float8 AS percentage, phase, assessment_id FROM latest_results WHERE setting_id = ${world.settingA.id} ORDER BY principle_id`,
        )
      ).rows as { principle_id: number; percentage: number; phase: string; assessment_id: number }[]
    for (const value of ['1', '3'] as const) {
      const draft = await draftFor(
        payload,
        lead(),
        answersFor(questionsA, () => value),
      )
      expect((await submitAs('setting-lead', draft.id)).status).toBe(200)
      const stored = await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true })
      const scored = (stored.results as { principles: { principle: number; percentage: number | null }[] }).principles.filter((p) => p.percentage !== null)
      expect(await latestOf()).toEqual(
        scored
          .map((p) => ({ principle_id: p.principle, percentage: p.percentage, phase: 'primary', assessment_id: draft.id }))
          .sort((a, b) => a.principle_id - b.principle_id),
      )
    }
  })

  it('submitted twice — even at the same moment — makes one submitted assessment and one email', async () => {
    const draft = await draftFor(payload, lead(), answersFor(questionsA))
    const jobsBefore = await emailJobsFor(payload, world.settingA.name)
    const [a, b] = await Promise.all([submitAs('setting-lead', draft.id), submitAs('setting-lead', draft.id)])
    expect([a.status, b.status]).toEqual([200, 200])
    expect([a.body.alreadySubmitted, b.body.alreadySubmitted].sort()).toEqual([false, true])
    expect(await emailJobsFor(payload, world.settingA.name)).toBe(jobsBefore + 1)
  })

  it('is for the setting lead only: staff 403, another setting’s lead 404', async () => {
    const draft = await draftFor(payload, lead(), answersFor(questionsA))
    expect((await submitAs('setting-staff', draft.id)).status).toBe(403)
    expect((await submitAs('setting-lead-b', draft.id)).status).toBe(404)
    expect((await submitAs('service-admin', draft.id)).status).toBe(403)
    expect((await rest('POST', `/api/assessments/${draft.id}/submit`)).status).toBe(403)
    expect((await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true })).status).toBe('draft')
  })

  it('leaves the assessment a draft when anything fails part-way (one transaction)', async () => {
    const draft = await draftFor(payload, lead(), answersFor(questionsA))
    const req = await createLocalReq({ user: lead() }, payload)
    const queue = payload.jobs.queue
    payload.jobs.queue = (() => Promise.reject(new Error('mail queue down'))) as typeof queue
    try {
      await expect(submitAssessment(req, draft.id)).rejects.toThrow('mail queue down')
    } finally {
      payload.jobs.queue = queue
    }
    const stored = await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true })
    expect(stored.status).toBe('draft')
    expect(stored.results).toBeNull()
    expect(stored.snapshot).toBeNull()
  })
})

describe('a submitted assessment', () => {
  let id: number
  beforeAll(async () => {
    const draft = await draftFor(payload, lead(), answersFor(questionsA))
    id = (await submitAs('setting-lead', draft.id)).body.doc.id
  })

  it('cannot be changed by its lead', async () => {
    const res = await rest('PATCH', `/api/assessments/${id}`, { token: await tokenFor(payload, world, 'setting-lead'), json: { answers: [] } })
    expect([403, 404]).toContain(res.status)
    expect((await payload.findByID({ collection: 'assessments', id, overrideAccess: true })).answers?.length).toBe(questionsA.length)
  })

  it('takes only an internal note from a service admin, which settings never see', async () => {
    const before = await payload.findByID({ collection: 'assessments', id, overrideAccess: true })
    const res = await rest('PATCH', `/api/assessments/${id}`, {
      token: await tokenFor(payload, world, 'service-admin'),
      json: { internalNote: 'Followed up by phone.', status: 'draft', answers: [], results: { overall: 1 } },
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'assessments', id, overrideAccess: true })
    expect(after.internalNote).toBe('Followed up by phone.')
    expect(after.status).toBe('submitted')
    expect(after.results).toEqual(before.results)
    expect(after.answers?.length).toBe(before.answers?.length)
    const asLead = await payload.findByID({ collection: 'assessments', id, user: lead(), overrideAccess: false })
    expect(asLead.internalNote).toBeUndefined()
  })

  it('cannot be deleted, not even by a service admin', async () => {
    expect((await rest('DELETE', `/api/assessments/${id}`, { token: await tokenFor(payload, world, 'service-admin') })).status).toBe(403)
    expect((await rest('DELETE', `/api/assessments/${id}`, { token: await tokenFor(payload, world, 'setting-lead') })).status).toBe(403)
    expect((await payload.count({ collection: 'assessments', where: { id: { equals: id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('keeps its report when the question bank changes afterwards', async () => {
    const before = await loadReport(payload, lead(), id)
    const question = questionsA[0]
    await payload.update({ collection: 'questions', id: question.id, data: { prompt: `${question.prompt} (reworded)`, weight: 3 }, overrideAccess: true })
    try {
      const after = await loadReport(payload, lead(), id)
      expect(after!.answers.find((a) => a.questionId === question.id)?.prompt).toBe(question.prompt)
      expect(after!.principles).toEqual(before!.principles)
      expect(after!.recommendations).toEqual(before!.recommendations)
    } finally {
      await payload.update({ collection: 'questions', id: question.id, data: { prompt: question.prompt, weight: question.weight }, overrideAccess: true })
    }
  })

  it('keeps its questions in the bank: an answered question cannot be deleted, only retired', async () => {
    const res = await rest('DELETE', `/api/questions/${questionsA[0].id}`, { token: await tokenFor(payload, world, 'service-admin') })
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toMatch(/cannot be deleted. Untick “Active”/)
    expect((await payload.count({ collection: 'questions', where: { id: { equals: questionsA[0].id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('is read by its setting and the service, never by another setting', async () => {
    expect(await loadReport(payload, world.users['setting-staff'], id)).not.toBeNull()
    expect(await loadReport(payload, world.users['service-staff'], id)).not.toBeNull()
    expect(await loadReport(payload, world.users['setting-lead-b'], id)).toBeNull()
    const other = await rest('GET', `/api/assessments/${id}`, { token: await tokenFor(payload, world, 'setting-lead-b') })
    expect([403, 404]).toContain(other.status)
    const list = await rest('GET', `/api/assessments?limit=100`, { token: await tokenFor(payload, world, 'setting-staff-b') })
    expect(
      list.body.docs.every((d: { setting: number | { id: number } }) => (typeof d.setting === 'object' ? d.setting.id : d.setting) === world.settingB.id),
    ).toBe(true)
  })

  it('serves its report, PDF and CSV to its setting and 404 to another setting', async () => {
    const cookieFor = async (key: keyof World['users']) => `payload-token=${await tokenFor(payload, world, key)}`
    const get = async (path: string, key: keyof World['users']) =>
      fetch(`${process.env.HUB_TEST_URL}${path}`, { headers: { Cookie: await cookieFor(key), 'Sec-Fetch-Site': 'same-origin' }, redirect: 'manual' })
    const page = await get(`/assessment/${id}/report`, 'setting-staff')
    expect(page.status, page.headers.get('location') ?? '').toBe(200)
    expect(await page.text()).toContain('Self-assessment report')
    const pdf = await get(`/assessment/${id}/pdf`, 'setting-lead')
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    const csv = await get(`/assessment/${id}/csv`, 'setting-lead')
    expect(csv.status).toBe(200)
    expect(await csv.text()).toContain(questionsA[1].prompt.slice(0, 30))
    expect((await get(`/assessment/${id}/report`, 'service-staff')).status).toBe(200)
    expect((await get(`/assessment/${id}/report`, 'setting-lead-b')).status).toBe(404)
    expect((await get(`/assessment/${id}/pdf`, 'setting-lead-b')).status).toBe(404)
    expect((await get(`/assessment/${id}/csv`, 'setting-staff-b')).status).toBe(404)
  })
})

describe('frameworks in a report', () => {
  type Group = { framework: string; code: string; title: string }
  const submitted = async (key: 'setting-lead' | 'setting-lead-b', questions: Question[]) => {
    const draft = await draftFor(payload, world.users[key], answersFor(questions))
    const res = await submitAs(key, draft.id)
    expect(res.status).toBe(200)
    return res.body.doc.id as number
  }
  const groupsOf = async (key: 'setting-lead' | 'setting-lead-b', id: number): Promise<Group[]> =>
    (await loadReport(payload, world.users[key], id))!.evidenceByFramework
  const isFurtherEducation = (g: Group) => g.framework === 'ofsted' && g.code.startsWith('fe-')
  const isSchoolToolkit = (g: Group) => g.framework === 'ofsted' && !g.code.startsWith('fe-')
  const csvOf = async (key: 'setting-lead' | 'setting-lead-b', id: number) =>
    (
      await fetch(`${process.env.HUB_TEST_URL}/assessment/${id}/csv`, {
        headers: { Cookie: `payload-token=${await tokenFor(payload, world, key)}`, 'Sec-Fetch-Site': 'same-origin' },
      })
    ).text()
  /** The SEND Code, NICE and KCSIE sections the setting's questions cite: every setting's report keeps them. */
  const guidanceCitedBy = async (questions: Question[]) => {
    const ids = new Set(questions.flatMap((q) => (q.frameworkReferences ?? []).map((r) => idOf(r))))
    const refs = await payload.find({
      collection: 'framework-references',
      where: { framework: { not_equals: 'ofsted' } },
      overrideAccess: true,
      limit: 0,
      pagination: false,
      depth: 0,
    })
    return refs.docs
      .filter((r) => ids.has(r.id))
      .map((r) => `${r.framework} ${r.code}`)
      .sort()
  }
  const guidanceIn = (groups: Group[]) =>
    groups
      .filter((g) => g.framework !== 'ofsted')
      .map((g) => `${g.framework} ${g.code}`)
      .sort()

  it('cites only the schools toolkit for a primary school and only the further education and skills toolkit for a college, with SEND, NICE and KCSIE for both', async () => {
    const questionsB = await applicableQuestions(payload, world.users['setting-lead-b'], world.settingB)
    const primary = await submitted('setting-lead', questionsA)
    const college = await submitted('setting-lead-b', questionsB)
    const primaryGroups = await groupsOf('setting-lead', primary)
    const collegeGroups = await groupsOf('setting-lead-b', college)

    expect(primaryGroups.filter(isFurtherEducation)).toEqual([])
    expect(primaryGroups.filter(isSchoolToolkit).map((g) => g.code)).toEqual(expect.arrayContaining(['inclusion', 'early-years']))
    expect(primaryGroups.some((g) => g.code === 'sixth-form')).toBe(false)
    expect(collegeGroups.filter(isSchoolToolkit)).toEqual([])
    expect(collegeGroups.filter(isFurtherEducation).map((g) => g.code)).toEqual(
      expect.arrayContaining(['fe-inclusion', 'fe-leadership-and-governance', 'fe-participation-and-development']),
    )

    const primaryGuidance = await guidanceCitedBy(questionsA)
    const collegeGuidance = await guidanceCitedBy(questionsB)
    for (const framework of ['send-code', 'nice', 'kcsie']) {
      expect(
        primaryGuidance.some((g) => g.startsWith(`${framework} `)),
        framework,
      ).toBe(true)
      expect(
        collegeGuidance.some((g) => g.startsWith(`${framework} `)),
        framework,
      ).toBe(true)
    }
    expect(guidanceIn(primaryGroups)).toEqual(primaryGuidance)
    expect(guidanceIn(collegeGroups)).toEqual(collegeGuidance)

    // The CSV of answers is built from the same snapshot.
    const primaryCsv = await csvOf('setting-lead', primary)
    expect(primaryCsv).toContain('(school inspection toolkit)')
    // The framework by name and its version as people say it; never an internal key.
    expect(primaryCsv).toContain('Ofsted inspection framework (November 2025): ')
    expect(primaryCsv).not.toMatch(/personal-development-and-well-being|\(2025-11\)/)
    // Ofsted first, as settings are inspected against it.
    expect(primaryGroups[0].framework).toBe('ofsted')
    expect(primaryCsv).not.toContain('further education and skills')
    const collegeCsv = await csvOf('setting-lead-b', college)
    expect(collegeCsv).toContain('(further education and skills inspection toolkit)')
    expect(collegeCsv).not.toContain('(school inspection toolkit)')
  })

  it('keeps what a submitted report cites when the service changes which settings a reference applies to', async () => {
    const fe = (
      await payload.find({
        collection: 'framework-references',
        where: { key: { equals: 'ofsted-fe-2025-leadership-and-governance' } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0]
    const citesIt = (groups: Group[]) => groups.some((g) => g.framework === 'ofsted' && g.code === fe.code)
    await payload.update({ collection: 'framework-references', id: fe.id, data: { settingTypes: [] }, overrideAccess: true })
    let before: number
    try {
      before = await submitted('setting-lead', questionsA)
      expect(citesIt(await groupsOf('setting-lead', before))).toBe(true)
    } finally {
      await payload.update({ collection: 'framework-references', id: fe.id, data: { settingTypes: fe.settingTypes }, overrideAccess: true })
    }
    expect(citesIt(await groupsOf('setting-lead', before))).toBe(true)
    expect(citesIt(await groupsOf('setting-lead', await submitted('setting-lead', questionsA)))).toBe(false)
  })
})

describe('the action plan', () => {
  it('is kept by the lead within their setting; staff read it', async () => {
    const draft = await draftFor(payload, lead(), answersFor(questionsA))
    const submitted = (await submitAs('setting-lead', draft.id)).body.doc
    const action = await payload.create({
      collection: 'actions',
      data: { title: 'Name a wellbeing lead', assessment: submitted.id, status: 'not-started' } as never,
      user: lead(),
      overrideAccess: false,
    })
    expect(idOf(action.setting)).toBe(world.settingA.id)
    const asStaff = await payload.find({ collection: 'actions', user: world.users['setting-staff'], overrideAccess: false })
    expect(asStaff.docs.map((a) => a.id)).toContain(action.id)
    await expect(
      payload.create({
        collection: 'actions',
        data: { title: 'x', setting: world.settingA.id } as never,
        user: world.users['setting-staff'],
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'actions',
        data: { title: 'x', assessment: submitted.id } as never,
        user: world.users['setting-lead-b'],
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const asB = await payload.find({ collection: 'actions', user: world.users['setting-lead-b'], overrideAccess: false })
    expect(asB.docs.map((a) => a.id)).not.toContain(action.id)
  })
})

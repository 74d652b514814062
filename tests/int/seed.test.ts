/** The seed: the question bank the service starts with, and demo content that is idempotent. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import { loadReport, submittedAssessments } from '@/assessment/loadReport'
import type { User } from '@/payload-types'
import { seedDemoAccounts } from '@/seed'
import { seedQuestionBank } from '@/seed/questionBank'
import { DEMO_ACCOUNTS } from '@/seed/demoAccounts'

import { testPayload } from '../helpers/payload'

let payload: Payload
const count = async (collection: 'principles' | 'questions' | 'recommendations' | 'framework-references' | 'users' | 'settings') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
})

describe('question bank seed', () => {
  it('has the 8 DfE principles in order', async () => {
    const principles = await payload.find({ collection: 'principles', sort: 'order', overrideAccess: true, limit: 20 })
    expect(principles.docs.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(principles.docs[0].title).toMatch(/^Leadership and management/)
    expect(principles.docs[7].title).toBe('Working with parents and carers')
  })

  it('has at least 6 published questions per principle, each mapped to a current framework reference', async () => {
    const questions = await payload.find({ collection: 'questions', overrideAccess: true, limit: 500, depth: 1 })
    expect(questions.totalDocs).toBeGreaterThanOrEqual(48)
    const perPrinciple = new Map<number, number>()
    for (const q of questions.docs) {
      const principle = typeof q.principle === 'object' ? q.principle.id : q.principle
      perPrinciple.set(principle, (perPrinciple.get(principle) ?? 0) + 1)
      expect(q._status).toBe('published')
      const refs = (q.frameworkReferences ?? []).filter((r) => typeof r === 'object')
      expect(refs.length, q.prompt).toBeGreaterThanOrEqual(1)
      expect(refs.every((r) => typeof r === 'object' && !r.superseded)).toBe(true)
    }
    expect(perPrinciple.size).toBe(8)
    for (const n of perPrinciple.values()) expect(n).toBeGreaterThanOrEqual(6)
    expect(questions.docs.some((q) => q.settingTypes?.includes('college'))).toBe(true)
    expect(questions.docs.some((q) => q.settingTypes?.includes('primary') && !q.settingTypes.includes('college'))).toBe(true)
  })

  it('versions the Ofsted framework: the November 2025 areas current, the 2019 judgements superseded', async () => {
    const ofsted = await payload.find({ collection: 'framework-references', where: { framework: { equals: 'ofsted' } }, overrideAccess: true, limit: 50 })
    const current = ofsted.docs.filter((r) => !r.superseded)
    expect(current).toHaveLength(6)
    expect(current.every((r) => r.version.startsWith('2025'))).toBe(true)
    expect(ofsted.docs.filter((r) => r.superseded && r.version === '2019').length).toBeGreaterThanOrEqual(4)
    expect(await payload.count({ collection: 'framework-references', where: { framework: { equals: 'send-code' } }, overrideAccess: true })).toMatchObject({ totalDocs: expect.any(Number) })
    expect((await payload.count({ collection: 'framework-references', where: { framework: { equals: 'nice' } }, overrideAccess: true })).totalDocs).toBeGreaterThan(0)
  })

  it('has at least 32 recommendations, covering every principle at red and at amber', async () => {
    const recs = await payload.find({ collection: 'recommendations', overrideAccess: true, limit: 500, depth: 0 })
    expect(recs.totalDocs).toBeGreaterThanOrEqual(32)
    const principles = await payload.find({ collection: 'principles', overrideAccess: true, limit: 20 })
    for (const p of principles.docs) {
      for (const band of ['red', 'amber']) {
        expect(
          recs.docs.some((r) => r.principle === p.id && r.trigger?.kind === 'principle-band' && r.trigger.band === band),
          `${p.label} at ${band}`,
        ).toBe(true)
      }
    }
    expect(recs.docs.some((r) => r.trigger?.kind === 'question-level' && r.trigger.question)).toBe(true)
  })

  it('is idempotent', async () => {
    const before = await Promise.all([count('principles'), count('questions'), count('recommendations'), count('framework-references')])
    const { created } = await seedQuestionBank(payload)
    expect(created).toBe(0)
    expect(await Promise.all([count('principles'), count('questions'), count('recommendations'), count('framework-references')])).toEqual(before)
  })
})

describe('demo accounts', () => {
  // Seeding the whole demo (settings with a year of assessments, case studies with images) took 84–93 s on two cores
  // shared with other builds, with or without the request checks: more than the default minute.
  it('creates the demo settings and accounts once, however often it runs', { timeout: 240_000 }, async () => {
    await seedDemoAccounts(payload)
    const users = await count('users')
    const settings = await count('settings')
    await seedDemoAccounts(payload)
    expect(await count('users')).toBe(users)
    expect(await count('settings')).toBe(settings)
    for (const account of DEMO_ACCOUNTS) {
      const found = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, overrideAccess: true })
      expect(found.docs[0]?.role, account.email).toBe(account.role)
    }
    const lead = await payload.login({ collection: 'users', data: { email: 'lead@brookside.example.org', password: 'compassionate-demo' } })
    expect(lead.user?.email).toBe('lead@brookside.example.org')
  })

  it('gives each demo setting three submitted assessments over time, an action plan, and a county benchmark', async () => {
    for (const key of ['brookside', 'pendlevale', 'ribblevalley']) {
      const lead = (await payload.find({ collection: 'users', where: { email: { equals: `lead@${key}.example.org` } }, overrideAccess: true })).docs[0] as User
      const history = await submittedAssessments(payload, lead, idOf(lead.setting) as number)
      expect(history, key).toHaveLength(3)
      const dates = history.map((a) => Date.parse(a.submittedAt!))
      expect(dates[0]).toBeLessThan(dates[1])
      expect(dates[2]).toBeLessThan(Date.now())
      const report = await loadReport(payload, lead, history[2].id)
      expect(report!.questionChanges.length).toBeGreaterThan(0)
      expect(report!.principles.every((p) => p.benchmark !== null), `${key} benchmark`).toBe(true)
      const actions = await payload.count({ collection: 'actions', where: { setting: { equals: idOf(lead.setting) } }, overrideAccess: true })
      expect(actions.totalDocs).toBeGreaterThanOrEqual(3)
    }
  })
})

/** The seed: the question bank the service starts with, and demo content that is idempotent. */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import { appliesTo, referencesFor } from '@/assessment/applicability'
import { up as fillFrameworkSettingTypes } from '@/migrations/20261127_151620_framework_setting_types_data'
import { loadReport, submittedHistory } from '@/assessment/loadReport'
import type { User } from '@/payload-types'
import { richTextToPlain } from '@/richtext/plainText'
import { seedDemoAccounts } from '@/seed'
import { frameworkReferences } from '@/seed/content/framework-references'
import { seedQuestionBank } from '@/seed/questionBank'
import { DEMO_ACCOUNTS } from '@/seed/demoAccounts'
import { SETTING_TYPES } from '@/settings/settingTypes'

import { hubURL, testPayload } from '../helpers/payload'

let payload: Payload
const count = async (collection: 'principles' | 'questions' | 'recommendations' | 'framework-references' | 'users' | 'settings') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
})

describe('question bank seed', () => {
  it('has the 8 principles in order', async () => {
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

  it('versions the Ofsted framework: the November 2025 school and further education toolkit areas current, the 2019 judgements superseded', async () => {
    const ofsted = await payload.find({ collection: 'framework-references', where: { framework: { equals: 'ofsted' } }, overrideAccess: true, limit: 50 })
    const current = ofsted.docs.filter((r) => !r.superseded)
    expect(current.every((r) => r.version === '2025-11')).toBe(true)
    // Six graded areas of the school toolkit plus early years and sixth form; six further education and skills areas.
    expect(
      current
        .filter((r) => !r.code.startsWith('fe-'))
        .map((r) => r.code)
        .sort(),
    ).toEqual([
      'achievement',
      'attendance-and-behaviour',
      'curriculum-and-teaching',
      'early-years',
      'inclusion',
      'leadership-and-governance',
      'personal-development-and-well-being',
      'sixth-form',
    ])
    expect(
      current
        .filter((r) => r.code.startsWith('fe-'))
        .map((r) => r.code)
        .sort(),
    ).toEqual([
      'fe-achievement',
      'fe-contribution-to-meeting-skills-needs',
      'fe-curriculum-and-teaching',
      'fe-inclusion',
      'fe-leadership-and-governance',
      'fe-participation-and-development',
    ])
    expect(
      current
        .filter((r) => r.code.startsWith('fe-'))
        .every((r) => /further education and skills/.test(r.title) && /further-education-and-skills/.test(r.url ?? '')),
    ).toBe(true)
    expect(ofsted.docs.filter((r) => r.superseded && r.version === '2019').length).toBeGreaterThanOrEqual(4)
    const countOf = async (framework: 'send-code' | 'nice' | 'kcsie') =>
      (await payload.count({ collection: 'framework-references', where: { framework: { equals: framework } }, overrideAccess: true })).totalDocs
    expect(await countOf('send-code')).toBe(6)
    expect(await countOf('nice')).toBe(15)
    expect(await countOf('kcsie')).toBe(3)
  })

  it('applies each toolkit’s areas to the settings inspected under it, and SEND, NICE and KCSIE to every setting', async () => {
    const refs = await payload.find({ collection: 'framework-references', overrideAccess: true, limit: 500, depth: 0 })
    const typesOf = (pattern: RegExp) => [
      ...new Set(refs.docs.filter((r) => pattern.test(r.key ?? '')).map((r) => [...(r.settingTypes ?? [])].sort().join(','))),
    ]
    expect(typesOf(/^ofsted-fe-2025-/)).toEqual(['college,sixth-form'])
    expect(typesOf(/^ofsted-2025-(?!early-years$|sixth-form$)/)).toEqual(['all-through,alternative-provision,primary,secondary,special'])
    expect(typesOf(/^ofsted-2025-early-years$/)).toEqual(['all-through,primary,special'])
    expect(typesOf(/^ofsted-2025-sixth-form$/)).toEqual(['all-through,secondary,special'])
    expect(typesOf(/^ofsted-2019-/)).toEqual(['all-through,alternative-provision,primary,secondary,special'])
    expect(refs.docs.filter((r) => r.framework !== 'ofsted').every((r) => (r.settingTypes ?? []).length === 0)).toBe(true)
  })

  it('leaves every setting that answers a question a current Ofsted area it is inspected under', async () => {
    const questions = await payload.find({ collection: 'questions', overrideAccess: true, limit: 500, depth: 1 })
    for (const q of questions.docs) {
      const refs = (q.frameworkReferences ?? []).filter((r): r is Exclude<typeof r, number> => typeof r === 'object')
      for (const { value: type } of SETTING_TYPES.filter((t) => appliesTo(q, t.value))) {
        expect(
          referencesFor(refs, type).some((r) => r.framework === 'ofsted' && !r.superseded),
          `${q.key} for ${type}`,
        ).toBe(true)
      }
    }
  })

  it('gives a Hub seeded before references had setting types the seed’s types, keeping any the service chose', async () => {
    const refs = (await payload.find({ collection: 'framework-references', overrideAccess: true, limit: 500, depth: 0 })).docs
    const chosen = refs.find((r) => r.key === 'ofsted-2025-inclusion')!
    const update = (id: number, settingTypes: string[]) =>
      payload.update({ collection: 'framework-references', id, data: { settingTypes: settingTypes as never }, overrideAccess: true, depth: 0 })
    try {
      for (const r of refs) await update(r.id, r.id === chosen.id ? ['primary'] : [])
      await fillFrameworkSettingTypes({ db: (payload.db as unknown as PostgresAdapter).drizzle, payload, req: await createLocalReq({}, payload) } as never)
      const after = (await payload.find({ collection: 'framework-references', overrideAccess: true, limit: 500, depth: 0 })).docs
      for (const seed of frameworkReferences) {
        const stored = after.find((r) => r.key === seed.key)!
        expect(stored.settingTypes ?? [], seed.key).toEqual(seed.key === chosen.key ? ['primary'] : seed.settingTypes)
      }
    } finally {
      for (const r of refs) await update(r.id, r.settingTypes ?? [])
    }
  })

  it('gives every framework reference its own framework, version and code, so a report never merges two sections', async () => {
    const refs = await payload.find({ collection: 'framework-references', overrideAccess: true, limit: 500, depth: 0 })
    const ids = refs.docs.map((r) => `${r.framework}|${r.version}|${r.code}`)
    expect(new Set(ids).size).toBe(ids.length)
    expect(refs.docs.filter((r) => r.framework === 'nice').every((r) => /^NG(223|225|43) /.test(r.code))).toBe(true)
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

describe('question bank content, as a clinical psychologist of the service would have it', () => {
  type Ref = { key?: string | null; framework: string; code: string; title: string }
  let bank: { key: string; prompt: string; text: string; settingTypes: string[]; refs: Ref[] }[]
  const cites = (q: (typeof bank)[number], pattern: RegExp) => q.refs.some((r) => pattern.test(r.key ?? ''))
  const collegesAnswer = (q: (typeof bank)[number]) =>
    q.settingTypes.length === 0 || q.settingTypes.includes('college') || q.settingTypes.includes('sixth-form')

  beforeAll(async () => {
    const found = await payload.find({ collection: 'questions', overrideAccess: true, limit: 500, depth: 1 })
    bank = found.docs.map((q) => ({
      key: q.key ?? '',
      prompt: q.prompt,
      text: `${q.prompt}\n${richTextToPlain(q.guidance)}`,
      settingTypes: q.settingTypes ?? [],
      refs: (q.frameworkReferences ?? []).filter((r): r is Exclude<typeof r, number> => typeof r === 'object'),
    }))
  })

  it('responds to self-harm around needs, safety and referral, citing NICE NG225, and never asks staff to assess risk', async () => {
    const selfHarm = bank.filter((q) => /self-harm and suicidal thoughts/i.test(q.prompt))
    expect(selfHarm.map((q) => q.key).sort()).toEqual(['staff-development-8', 'targeted-support-10'])
    for (const q of selfHarm) expect(cites(q, /^nice-ng225-/), q.key).toBe(true)
    const procedure = bank.find((q) => q.key === 'targeted-support-10')!
    expect(cites(procedure, /^nice-ng225-1\.6$/)).toBe(true)
    expect(procedure.text).toMatch(/safety plan/)
    expect(procedure.text).toMatch(/refer/)
    expect(bank.find((q) => q.key === 'targeted-support-4')).toBeUndefined()

    const recs = await payload.find({ collection: 'recommendations', overrideAccess: true, limit: 500, depth: 0 })
    const everything = [...bank.map((q) => q.text), ...recs.docs.map((r) => `${r.title}\n${richTextToPlain(r.body)}`)]
    for (const text of everything) {
      expect(text).not.toMatch(/\bassess(es|ing)? (the )?risk/i)
      expect(text).not.toMatch(/unless this would increase risk/i)
    }
    const selfHarmRec = recs.docs.find((r) => r.key === 'targeted-support-10-self-harm')!
    expect(selfHarmRec.resources?.some((r) => r.url.includes('nice.org.uk/guidance/ng225'))).toBe(true)
  })

  it('maps post-16 questions to the further education and skills toolkit, and school-only questions to the school toolkit', () => {
    const fe = /^ofsted-fe-2025-/
    const schoolArea = /^ofsted-2025-(?!sixth-form$)/
    const post16Only = bank.filter((q) => q.settingTypes.length > 0 && q.settingTypes.every((t) => t === 'college' || t === 'sixth-form'))
    expect(post16Only.length).toBeGreaterThanOrEqual(7)
    for (const q of post16Only) {
      expect(cites(q, fe), q.key).toBe(true)
      expect(cites(q, schoolArea), q.key).toBe(false)
    }
    for (const q of bank.filter(collegesAnswer)) expect(cites(q, fe), q.key).toBe(true)
    for (const q of bank.filter((q) => !collegesAnswer(q))) expect(cites(q, fe), q.key).toBe(false)
    expect(bank.some((q) => cites(q, /^ofsted-2025-early-years$/) && q.settingTypes.includes('primary'))).toBe(true)
    expect(post16Only.every((q) => cites(q, /^ofsted-2025-sixth-form$/))).toBe(true)
  })

  it('cites Keeping Children Safe in Education wherever a question concerns disclosures, raising a concern or the designated safeguarding lead', () => {
    const safeguarding = bank.filter((q) => /disclosures?\b|designated safeguarding lead|raise a concern/i.test(q.text))
    expect(safeguarding.length).toBeGreaterThanOrEqual(4)
    for (const q of safeguarding)
      expect(
        q.refs.some((r) => r.framework === 'kcsie'),
        q.key,
      ).toBe(true)
  })

  it('respects the consent of students aged 16 and over wherever a college question tells families about a concern', () => {
    const tellsFamilies = bank.filter(
      (q) => collegesAnswer(q) && /\b(parents|carers|famil\w*)\b[^.]*\b(told|informed)\b|\b(told|informed)\b[^.]*\b(parents|carers|famil\w*)\b/i.test(q.text),
    )
    expect(tellsFamilies.map((q) => q.key)).toEqual(expect.arrayContaining(['parents-carers-1', 'parents-carers-8']))
    for (const q of tellsFamilies) expect(q.text, q.key).toMatch(/\b16\b/)
    expect(bank.find((q) => q.key === 'parents-carers-8')!.text).toMatch(/Mental Capacity Act 2005/)
    expect(bank.find((q) => q.key === 'targeted-support-10')!.text).toMatch(/Mental Capacity Act 2005[\s\S]*Gillick/)
  })

  it('cites NICE NG43 for the move to adult services', () => {
    const transition = bank.filter((q) => /\b(move|moving|transition)\s+(in)?to adult/i.test(q.prompt))
    expect(transition.map((q) => q.key).sort()).toEqual(['staff-development-8', 'targeted-support-8'])
    for (const q of transition)
      expect(
        q.refs.some((r) => r.code.startsWith('NG43 ')),
        q.key,
      ).toBe(true)
  })

  it('attributes the 2021 whole school or college approach to Public Health England (now OHID) with the DfE', async () => {
    const recs = await payload.find({ collection: 'recommendations', overrideAccess: true, limit: 500, depth: 0 })
    const links = recs.docs
      .flatMap((r) => r.resources ?? [])
      .filter((l) => l.url.includes('promoting-children-and-young-peoples-emotional-health-and-wellbeing'))
    expect(links.length).toBeGreaterThan(0)
    for (const l of links) expect(l.label).toMatch(/^Public Health England \(now OHID\) and DfE: .*a whole school or college approach \(2021\)$/)
    const home = await (await fetch(`${hubURL()}/`)).text()
    expect(home).toContain('Public Health England (now the Office for Health Improvement and Disparities) with the Department for Education')
    expect(home).not.toContain('Department for Education (2021)')
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
      const history = await submittedHistory(payload, lead, idOf(lead.setting) as number)
      expect(history, key).toHaveLength(3)
      const dates = history.map((a) => Date.parse(a.submittedAt!))
      expect(dates[0]).toBeLessThan(dates[1])
      expect(dates[2]).toBeLessThan(Date.now())
      const report = await loadReport(payload, lead, history[2].id)
      expect(report!.questionChanges.length).toBeGreaterThan(0)
      expect(
        report!.principles.every((p) => p.benchmark !== null),
        `${key} benchmark`,
      ).toBe(true)
      const actions = await payload.count({ collection: 'actions', where: { setting: { equals: idOf(lead.setting) } }, overrideAccess: true })
      expect(actions.totalDocs).toBeGreaterThanOrEqual(3)
    }
  })

  it('gives the demo a training catalogue, past registers, upcoming sessions (one full) and staff, with a champion made by the rule', {
    timeout: 180_000,
  }, async () => {
    const principles = await payload.find({ collection: 'principles', limit: 20, depth: 0, overrideAccess: true })
    const courses = await payload.find({ collection: 'training-courses', where: { key: { exists: true } }, pagination: false, depth: 0, overrideAccess: true })
    expect(courses.docs.length).toBeGreaterThanOrEqual(8)
    expect(courses.docs.every((c) => c._status === 'published' && c.active)).toBe(true)
    const covered = new Set(courses.docs.flatMap((c) => (c.principles ?? []).map((p) => idOf(p))))
    for (const p of principles.docs) expect(covered.has(p.id), p.label).toBe(true)

    const sessions = await payload.find({
      collection: 'training-sessions',
      where: { course: { in: courses.docs.map((c) => c.id) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const now = Date.now()
    const past = sessions.docs.filter((s) => Date.parse(s.startsAt) < now)
    const upcoming = sessions.docs.filter((s) => Date.parse(s.startsAt) > now)
    expect(past.length).toBeGreaterThanOrEqual(3)
    expect(past.every((s) => s.status === 'completed')).toBe(true)
    expect(new Set(upcoming.map((s) => s.mode))).toEqual(new Set(['in-person', 'online']))
    expect(upcoming.every((s) => s.status === 'scheduled')).toBe(true)
    const attendances = await payload.find({ collection: 'attendances', pagination: false, depth: 0, overrideAccess: true })
    const of = (id: number) => attendances.docs.filter((a) => idOf(a.session) === id)
    for (const s of past)
      expect(
        of(s.id).some((a) => a.status === 'attended' && a.markedBy),
        `register of ${s.id}`,
      ).toBe(true)
    const full = upcoming.filter((s) => of(s.id).filter((a) => a.status === 'booked').length === s.capacity && of(s.id).some((a) => a.status === 'waitlisted'))
    expect(full).toHaveLength(1)

    const staff = await payload.find({ collection: 'staff-members', pagination: false, depth: 0, overrideAccess: true })
    for (const key of ['brookside', 'pendlevale', 'ribblevalley']) {
      const setting = (await payload.find({ collection: 'users', where: { email: { equals: `lead@${key}.example.org` } }, depth: 0, overrideAccess: true }))
        .docs[0].setting
      const own = staff.docs.filter((m) => idOf(m.setting) === idOf(setting))
      expect(own.length, key).toBeGreaterThanOrEqual(6)
      expect(own.length, key).toBeLessThanOrEqual(12)
    }
    // Champions are what the rule says of the registers, not flags set by hand.
    for (const m of staff.docs) {
      const attended = attendances.docs.filter((a) => idOf(a.staffMember) === m.id && a.status === 'attended').length
      expect(m.sessionsAttended ?? 0, m.name).toBe(attended)
      expect(!!m.champion, m.name).toBe(attended >= 3)
    }
    expect(staff.docs.filter((m) => m.champion).length).toBeGreaterThanOrEqual(1)

    const linked = await payload.find({
      collection: 'recommendations',
      where: { courses: { exists: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(linked.docs.filter((r) => (r.courses ?? []).length > 0).length).toBeGreaterThanOrEqual(8)

    // Idempotent: a second run adds nothing.
    await seedDemoAccounts(payload)
    expect(
      (await payload.count({ collection: 'training-sessions', where: { course: { in: courses.docs.map((c) => c.id) } }, overrideAccess: true })).totalDocs,
    ).toBe(sessions.totalDocs)
    const demoSettings = [...new Set(staff.docs.filter((m) => m.email?.endsWith('.example.org')).map((m) => idOf(m.setting)))]
    const demoStaffCount = async () =>
      (await payload.count({ collection: 'staff-members', where: { setting: { in: demoSettings } }, overrideAccess: true })).totalDocs
    expect(await demoStaffCount()).toBe(staff.docs.filter((m) => demoSettings.includes(idOf(m.setting))).length)
  })
})

describe('demo awards', () => {
  const awardOf = async (urn: string) => {
    const setting = (await payload.find({ collection: 'settings', where: { urn: { equals: urn } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    const awards = await payload.find({ collection: 'awards', where: { setting: { equals: setting.id } }, pagination: false, depth: 0, overrideAccess: true })
    return { setting, awards: awards.docs }
  }

  it('seeds published criteria for both tracks, each valid', async () => {
    const criteria = await payload.find({ collection: 'award-criteria', where: { key: { like: 'award-' } }, pagination: false, depth: 0, overrideAccess: true })
    expect(criteria.docs.length).toBeGreaterThanOrEqual(7)
    expect(criteria.docs.every((c) => c._status === 'published' && c.active)).toBe(true)
    for (const track of ['school', 'college']) {
      const rules = criteria.docs.filter((c) => c.track === 'both' || c.track === track).map((c) => c.rule)
      expect(new Set(rules), track).toEqual(
        new Set(['assessment-within', 'principle-score', 'staff-trained', 'champions', 'case-studies', 'actions-completed', 'manual']),
      )
    }
  })

  it('has one demo setting achieved with a certificate, one close and one just started, each derived by the recompute seam', { timeout: 240_000 }, async () => {
    const brookside = await awardOf('119901')
    expect(brookside.awards).toHaveLength(1)
    const achieved = brookside.awards[0]
    expect(achieved.status).toBe('achieved')
    expect(achieved.percentComplete).toBe(100)
    expect(achieved.certificateNumber).toMatch(/^CSA-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(achieved.verificationCode?.length).toBeGreaterThanOrEqual(20)
    expect(Date.parse(achieved.expiresAt!)).toBeGreaterThan(Date.now() + 2 * 365 * 86_400_000)
    expect(achieved.checklist?.every((i) => i.met)).toBe(true)

    const ribble = await awardOf('130901')
    expect(ribble.awards).toHaveLength(1)
    expect(ribble.awards[0]).toMatchObject({ status: 'in-progress', track: 'college' })
    expect(ribble.awards[0].percentComplete).toBeGreaterThanOrEqual(80)
    expect(ribble.awards[0].checklist?.filter((i) => !i.met).map((i) => i.title)).toEqual(['A visit from the service, verified by the service'])

    const oakfield = await awardOf('1199011')
    expect(oakfield.setting.name).toBe('Oakfield Primary School')
    expect(oakfield.awards).toHaveLength(1)
    expect(oakfield.awards[0].status).toBe('in-progress')
    expect(oakfield.awards[0].percentComplete).toBeGreaterThan(0)
    expect(oakfield.awards[0].percentComplete).toBeLessThanOrEqual(30)

    // Again: the same awards, no new cycle, the certificate unchanged.
    await seedDemoAccounts(payload)
    const again = await awardOf('119901')
    expect(again.awards.map((a) => [a.id, a.status, a.certificateNumber])).toEqual([[achieved.id, 'achieved', achieved.certificateNumber]])
    expect((await awardOf('130901')).awards).toHaveLength(1)
  })
})

/**
 * The county's content, decided in memory from the seed alone: settings, accounts, self-assessments with their
 * history, action plans, images and case studies. Nothing here touches the database, so the same seed (and the
 * same day) always plans the same county.
 */
import type { AnswerValue } from '@/assessment/scoring'
import { type SettingType, awardTrackFor } from '@/settings/settingTypes'

import type { Random } from './random'
import type { Bank, DraftAnswer, Submission } from './submission'
import {
  ACTION_NOTES,
  ACTION_OWNERS,
  DISTRICTS,
  DISTRICT_WEIGHTS,
  EVIDENCE_NOTES,
  FEEDBACK,
  FIRST_NAMES,
  NAME_FORMS,
  PHRASES,
  REJECTIONS,
  SAINTS,
  SURNAMES,
  TOPICS,
  WHO,
} from './vocabulary'

export const COUNTY_SIZE = {
  settings: 650,
  accountsPerSetting: 4,
  submittedPerSetting: 4,
  caseStudies: 3000,
  /** Distinct pictures; every image row is a hard link to one of them. */
  distinctImages: 300,
}

/** Realistic mix of a county's 650 settings. */
const TYPE_COUNTS: [SettingType, number][] = [
  ['primary', 470],
  ['secondary', 75],
  ['special', 35],
  ['alternative-provision', 15],
  ['all-through', 10],
  ['sixth-form', 15],
  ['college', 30],
]

const DAY = 24 * 60 * 60 * 1000

export interface PlannedSetting {
  id: number
  name: string
  urn: string
  type: SettingType
  district: string
  awardTrack: string
  createdAt: Date
}

export interface PlannedUser {
  id: number
  name: string
  email: string
  role: 'service-admin' | 'service-staff' | 'setting-lead' | 'setting-staff'
  settingId: number | null
  createdAt: Date
}

export interface PlannedAssessment {
  id: number
  settingId: number
  status: 'draft' | 'submitted'
  startedBy: number
  submittedBy: number | null
  submittedAt: Date | null
  createdAt: Date
  updatedAt: Date
  title: string
  answers: (DraftAnswer & { rowId: string })[]
  submission: Submission | null
}

export interface PlannedAction {
  id: number
  title: string
  settingId: number
  assessmentId: number
  recommendationId: number
  owner: string
  dueDate: Date
  status: 'not-started' | 'in-progress' | 'done'
  notes: string
  createdAt: Date
}

export interface PlannedImage {
  id: number
  settingId: number
  alt: string
  /** Which of the distinct pictures this row's file is. */
  picture: number
  filename: string
  createdAt: Date
}

export type Outcome = 'private' | 'pending' | 'changes-requested' | 'rejected' | 'published' | 'published-after-changes' | 'published-then-edited'

export interface PlannedCaseStudy {
  id: number
  settingId: number
  authorId: number
  leadId: number
  title: string
  summary: string
  /** The case study as a setting writes it in the portal (converted to rich text when loaded). */
  body: string
  principles: number[]
  images: number[]
  anonymous: boolean
  createdAt: Date
  outcome: Outcome
  sharedAt: Date | null
  decidedAt: Date | null
  feedback: string
  /** For a published case study edited since: the new working title, back in the queue. */
  editedTitle: string | null
}

export interface CountyPlan {
  today: Date
  settings: PlannedSetting[]
  users: PlannedUser[]
  assessments: PlannedAssessment[]
  actions: PlannedAction[]
  images: PlannedImage[]
  caseStudies: PlannedCaseStudy[]
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v))
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** A moment `days` before `today` during the working day (days may be fractional). */
function workingTime(r: Random, today: Date, daysAgo: number): Date {
  const day = new Date(today.getTime() - Math.floor(daysAgo) * DAY)
  return new Date(day.getTime() + (8 * 60 + r.int(0, 9 * 60)) * 60 * 1000 + r.int(0, 59_999))
}

const submittedTitle = (at: Date) => `Submitted ${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`

function planSettings(r: Random, today: Date): PlannedSetting[] {
  const districts = Object.entries(DISTRICT_WEIGHTS) as [string, number][]
  const used = new Set<string>()
  const settings: PlannedSetting[] = []
  const types = r.shuffle(TYPE_COUNTS.flatMap(([type, n]) => Array<SettingType>(n).fill(type)))
  for (const type of types) {
    let name = ''
    let district = ''
    for (let attempt = 0; !name || used.has(name); attempt++) {
      district = r.weighted(districts)
      const place = r.pick(DISTRICTS[district])
      name = r.pick(NAME_FORMS[type]).replace('{p}', place).replace('{s}', r.pick(SAINTS))
      if (attempt > 20) name = `${name} (${settings.length + 1})`
    }
    used.add(name)
    const id = settings.length + 1
    settings.push({
      id,
      name,
      urn: String(200000 + id * 3),
      type,
      district,
      awardTrack: awardTrackFor(type),
      createdAt: workingTime(r, today, 800 + r.int(0, 60)),
    })
  }
  return settings
}

function planUsers(r: Random, settings: PlannedSetting[], today: Date): PlannedUser[] {
  const users: PlannedUser[] = []
  const person = () => `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`
  const service: [PlannedUser['role'], string][] = [
    ['service-admin', 'admin'],
    ['service-admin', 'admin2'],
    ['service-staff', 'psychologist1'],
    ['service-staff', 'psychologist2'],
    ['service-staff', 'trainer1'],
    ['service-staff', 'trainer2'],
  ]
  for (const [role, local] of service) {
    users.push({
      id: users.length + 1,
      name: `Dr ${person()}`,
      email: `${local}@service.county.example.org`,
      role,
      settingId: null,
      createdAt: workingTime(r, today, 820),
    })
  }
  for (const s of settings) {
    const leads = r.chance(0.12) ? 2 : 1
    const domain = `${slug(s.name).slice(0, 40)}-${s.urn}.county.example.org`
    const taken = new Set<string>()
    for (let k = 0; k < COUNTY_SIZE.accountsPerSetting; k++) {
      const name = person()
      let local = slug(name).replace('-', '.')
      while (taken.has(local)) local += String(k)
      taken.add(local)
      users.push({
        id: users.length + 1,
        name,
        email: `${local}@${domain}`,
        role: k < leads ? 'setting-lead' : 'setting-staff',
        settingId: s.id,
        createdAt: new Date(s.createdAt.getTime() + r.int(1, 60) * DAY),
      })
    }
  }
  return users
}

/** A setting's answers in its k-th assessment: its own strengths and gaps, improving over time. */
function planAnswers(
  r: Random,
  bank: Bank,
  type: SettingType,
  maturity: number,
  growth: number,
  offsets: Map<number, number>,
  notApplicable: Set<number>,
  k: number,
): DraftAnswer[] {
  return bank.applicable(type).map((q) => {
    if (notApplicable.has(q.id)) return { question: q.id, value: 'na' as AnswerValue, evidence: '' }
    const level = clamp(Math.round(maturity + k * growth + (offsets.get(q.id) ?? 0) + (r.next() - 0.5) * 0.8), 0, 3)
    return { question: q.id, value: String(level) as AnswerValue, evidence: r.chance(0.3) ? r.pick(EVIDENCE_NOTES) : '' }
  })
}

function planAssessments(r: Random, bank: Bank, settings: PlannedSetting[], users: PlannedUser[], today: Date) {
  const assessments: PlannedAssessment[] = []
  const actions: PlannedAction[] = []
  for (const s of settings) {
    const leads = users.filter((u) => u.settingId === s.id && u.role === 'setting-lead')
    const maturity = 0.4 + r.next() * 1.6
    const growth = 0.1 + r.next() * 0.3
    const asked = bank.applicable(s.type)
    const offsets = new Map(asked.map((q) => [q.id, (r.next() - 0.5) * 1.6]))
    const notApplicable = new Set(asked.filter(() => r.chance(0.04)).map((q) => q.id))
    const rowIds = (answers: DraftAnswer[]) => answers.map((a) => ({ ...a, rowId: r.hexId() }))
    // Four submissions over the last two years, about six months apart.
    let daysAgo = 700 + r.int(0, 25)
    const submitted: PlannedAssessment[] = []
    for (let k = 0; k < COUNTY_SIZE.submittedPerSetting; k++) {
      const lead = r.pick(leads)
      const submittedAt = workingTime(r, today, daysAgo)
      const createdAt = new Date(submittedAt.getTime() - r.int(2, 30) * DAY)
      const submission = bank.submit(s.type, planAnswers(r, bank, s.type, maturity, growth, offsets, notApplicable, k))
      const a: PlannedAssessment = {
        id: assessments.length + 1,
        settingId: s.id,
        status: 'submitted',
        startedBy: lead.id,
        submittedBy: lead.id,
        submittedAt,
        createdAt,
        updatedAt: submittedAt,
        title: submittedTitle(submittedAt),
        answers: rowIds(submission.answers),
        submission,
      }
      assessments.push(a)
      submitted.push(a)
      daysAgo -= 150 + r.int(0, 70)
      daysAgo = Math.max(daysAgo, 3 + (3 - k) * 20)
    }
    // The action plan: a few actions from the latest report, and the older ones mostly done.
    for (const [index, a] of submitted.slice(-2).entries()) {
      const latest = index === 1
      const recs = a.submission!.recommendations
      const n = Math.min(recs.length, latest ? r.int(2, 5) : r.int(0, 3))
      for (const rec of recs.slice(0, n)) {
        const status = latest
          ? r.weighted([
              ['not-started', 35],
              ['in-progress', 40],
              ['done', 25],
            ] as const)
          : r.weighted([
              ['done', 70],
              ['in-progress', 20],
              ['not-started', 10],
            ] as const)
        actions.push({
          id: actions.length + 1,
          title: rec.title,
          settingId: s.id,
          assessmentId: a.id,
          recommendationId: rec.id,
          owner: r.pick(ACTION_OWNERS),
          dueDate: new Date(a.submittedAt!.getTime() + r.int(30, 270) * DAY),
          status,
          notes: r.pick(ACTION_NOTES),
          createdAt: new Date(a.submittedAt!.getTime() + r.int(1, 10) * DAY),
        })
      }
    }
    // Some settings are part-way through their next self-assessment.
    if (r.chance(0.12)) {
      const lead = r.pick(leads)
      const createdAt = workingTime(r, today, r.int(1, 20))
      const all = planAnswers(r, bank, s.type, maturity, growth, offsets, notApplicable, COUNTY_SIZE.submittedPerSetting)
      assessments.push({
        id: assessments.length + 1,
        settingId: s.id,
        status: 'draft',
        startedBy: lead.id,
        submittedBy: null,
        submittedAt: null,
        createdAt,
        updatedAt: new Date(createdAt.getTime() + r.int(5, 600) * 60 * 1000),
        title: 'Draft in progress',
        answers: rowIds(all.slice(0, r.int(5, all.length - 3))),
        submission: null,
      })
    }
  }
  return { assessments, actions }
}

function caseStudyText(r: Random, setting: PlannedSetting) {
  const topic = r.pick(TOPICS)
  const who = r.pick(WHO)
  const phrase = () => {
    const text = r.pick(PHRASES).replace('{who}', r.pick(WHO))
    return text[0].toUpperCase() + text.slice(1)
  }
  const [w1, w2, w3] = r.sample(topic.words, 3)
  const title = r.pick([
    topic.title,
    `${topic.title} in ${setting.district}`,
    `${topic.title}: what we learnt`,
    `${topic.title}, our first year`,
    `${topic.title} for ${who}`,
  ])
  const summary = `How we used ${w1} and ${w2} to support ${who}. ${phrase()}`.slice(0, 300)
  const paragraphs = Array.from({ length: r.int(2, 4) }, () => Array.from({ length: r.int(2, 4) }, phrase).join(' '))
  const source = [
    '## What we did',
    `We focused on ${w1}, ${w2} and ${w3} with ${who}. ${paragraphs[0]}`,
    ...paragraphs.slice(1),
    '## What changed',
    Array.from({ length: r.int(2, 4) }, () => `- ${phrase()}`).join('\n'),
    ...(r.chance(0.4) ? [`> “The ${w1} made a real difference to how ${who} feel.”`] : []),
    ...(r.chance(0.3) ? ['We used the Anna Freud Centre’s resources: https://www.annafreud.org/schools/'] : []),
  ].join('\n\n')
  return { topic, title: title.slice(0, 150), summary, body: source }
}

function planScrapbook(r: Random, bank: Bank, settings: PlannedSetting[], users: PlannedUser[], today: Date) {
  // Some settings write a lot, most a few: weights squared give a long tail.
  const weights = settings.map((s) => [s, 0.2 + r.next() ** 2 * 4] as const)
  const perSetting = new Map<number, number>()
  for (let i = 0; i < COUNTY_SIZE.caseStudies; i++) {
    const s = r.weighted(weights)
    perSetting.set(s.id, (perSetting.get(s.id) ?? 0) + 1)
  }
  const images: PlannedImage[] = []
  const caseStudies: PlannedCaseStudy[] = []
  const principleIds = bank.principles.map((p) => p.id)
  for (const s of settings) {
    const n = perSetting.get(s.id) ?? 0
    if (!n) continue
    const people = users.filter((u) => u.settingId === s.id)
    const leads = people.filter((u) => u.role === 'setting-lead')
    // The setting's own images, reused by its case studies (never another setting's).
    const pool = r.sample(
      Array.from({ length: COUNTY_SIZE.distinctImages }, (_, i) => i),
      Math.min(8, 1 + Math.ceil(n * 0.8)),
    )
    const own: PlannedImage[] = pool.map((picture, k) => ({
      id: images.length + k + 1,
      settingId: s.id,
      alt: '',
      picture,
      filename: `s${s.urn}-${k + 1}.jpg`,
      createdAt: workingTime(r, today, r.int(30, 700)),
    }))
    images.push(...own)
    for (let k = 0; k < n; k++) {
      const { topic, title, summary, body } = caseStudyText(r, s)
      const chosen = r.chance(0.6) ? r.sample(own, r.int(1, Math.min(4, own.length))) : []
      for (const image of chosen) if (!image.alt) image.alt = topic.alt
      const outcome = r.weighted<Outcome>([
        ['private', 34],
        ['pending', 7],
        ['changes-requested', 6],
        ['rejected', 3],
        ['published', 43],
        ['published-after-changes', 5],
        ['published-then-edited', 2],
      ])
      const createdDaysAgo = outcome === 'pending' ? r.int(3, 60) : r.int(20, 700)
      const createdAt = workingTime(r, today, createdDaysAgo)
      const shared = outcome === 'private' ? null : new Date(createdAt.getTime() + r.int(1, Math.min(15, createdDaysAgo - 2)) * DAY)
      const decided = shared && outcome !== 'pending' ? new Date(Math.min(shared.getTime() + r.int(1, 6) * DAY, today.getTime() - DAY)) : null
      caseStudies.push({
        id: caseStudies.length + 1,
        settingId: s.id,
        authorId: r.pick(people).id,
        leadId: r.pick(leads).id,
        title,
        summary,
        body,
        principles: r.sample(principleIds, r.int(1, 3)),
        images: chosen.map((i) => i.id),
        anonymous: r.chance(0.25),
        createdAt,
        outcome,
        sharedAt: shared,
        decidedAt: decided,
        feedback: outcome === 'rejected' ? r.pick(REJECTIONS) : r.pick(FEEDBACK),
        editedTitle: outcome === 'published-then-edited' ? `${title} (updated)`.slice(0, 150) : null,
      })
    }
  }
  for (const image of images) if (!image.alt) image.alt = r.pick(TOPICS).alt
  return { images, caseStudies }
}

export function planCounty(random: Random, bank: Bank, today: Date): CountyPlan {
  const settings = planSettings(random.fork('settings'), today)
  const users = planUsers(random.fork('users'), settings, today)
  const { assessments, actions } = planAssessments(random.fork('assessments'), bank, settings, users, today)
  const { images, caseStudies } = planScrapbook(random.fork('scrapbook'), bank, settings, users, today)
  return { today, settings, users, assessments, actions, images, caseStudies }
}

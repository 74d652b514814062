/**
 * Demo self-assessments: each demo setting has three submitted over the past year (so progress and "what
 * changed" show on first start) and an action plan; six more settings per phase give the county benchmark data.
 */
import { createLocalReq, type Payload } from 'payload'

import { questionsByPrinciple } from '@/assessment/draft'
import type { AnswerValue } from '@/assessment/scoring'
import { submitAssessment } from '@/assessment/submitAssessment'
import type { Setting, User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

import { createUnlessExists } from './createUnlessExists'
import { demoPassword } from './demoAccounts'

const MONTH = 30 * 24 * 60 * 60 * 1000

/** A setting's answer to question i in its k-th assessment: varied between settings, improving over time. */
export function demoAnswer(settingSeed: number, i: number, k: number): AnswerValue {
  if ((i + settingSeed) % 13 === 5) return 'na'
  const base = (i * 7 + settingSeed * 3) % 4
  return String(Math.max(0, Math.min(3, base - 1 + k))) as AnswerValue
}

async function submitDemoAssessment(payload: Payload, lead: User, setting: Setting, seed: number, k: number, monthsAgo: number) {
  const bank = await questionsByPrinciple(payload, lead, setting.type as SettingType)
  const answers = bank
    .flatMap((p) => p.questions)
    .map((q, i) => ({
      question: q.id,
      value: demoAnswer(seed, i, k),
      evidence: i % 3 === 0 ? 'Noted in the wellbeing action plan and discussed at governors’ meeting.' : '',
    }))
  const draft = await payload.create({ collection: 'assessments', data: { setting: setting.id, answers } as never, user: lead, overrideAccess: false })
  const req = await createLocalReq({ user: lead }, payload)
  await submitAssessment(req, draft.id, { notify: false })
  // Demo history only: the submission dates are set back in time by the seed itself.
  await payload.update({
    collection: 'assessments',
    id: draft.id,
    data: { submittedAt: new Date(Date.now() - monthsAgo * MONTH).toISOString() },
    overrideAccess: true,
    context: { submitting: true },
  })
  return draft.id
}

export async function seedDemoAssessments(payload: Payload, demoSettings: { setting: Setting; lead: User }[]): Promise<void> {
  for (const [s, { setting, lead }] of demoSettings.entries()) {
    let latest = 0
    for (const [k, monthsAgo] of [14, 8, 2].entries()) latest = await submitDemoAssessment(payload, lead, setting, s, k, monthsAgo)
    const assessment = await payload.findByID({ collection: 'assessments', id: latest, depth: 0, overrideAccess: true })
    const recommendations = (assessment.recommendations as { id: number; title: string }[]).slice(0, 3)
    for (const [i, r] of recommendations.entries()) {
      await payload.create({
        collection: 'actions',
        data: {
          title: r.title,
          setting: setting.id,
          assessment: latest,
          recommendation: r.id,
          owner: ['Senior mental health lead', 'Deputy head', 'Pastoral team'][i],
          dueDate: new Date(Date.now() + (i - 1) * 2 * MONTH).toISOString(),
          status: (['in-progress', 'not-started', 'done'] as const)[i],
        },
        user: lead,
        overrideAccess: false,
      })
    }

    // Other settings of the same phase, so that the county benchmark has enough contributors.
    for (let n = 1; n <= 6; n++) {
      const urn = String(Number(setting.urn) * 10 + n)
      const { id } = await createUnlessExists(payload, 'settings', 'urn', urn, {
        name: `${['Oakfield', 'Hillside', 'Riverside', 'Moorland', 'Meadow', 'Castle'][n - 1]} ${setting.type === 'college' ? 'College' : setting.type === 'primary' ? 'Primary School' : 'High School'}`,
        urn,
        type: setting.type,
        district: setting.district,
        active: true,
      })
      const other = await payload.findByID({ collection: 'settings', id, overrideAccess: true })
      const { id: leadId } = await createUnlessExists(payload, 'users', 'email', `lead@${urn}.example.org`, {
        email: `lead@${urn}.example.org`,
        name: `Lead of ${other.name}`,
        role: 'setting-lead',
        setting: id,
        password: demoPassword(),
      })
      const otherLead = await payload.findByID({ collection: 'users', id: leadId, overrideAccess: true })
      await submitDemoAssessment(payload, otherLead, other, s * 10 + n, n % 3, n)
    }
  }
}

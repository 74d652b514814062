/**
 * What a new Hub starts with: the question bank when it has none (so a record the service deleted is never
 * brought back), and the demo settings and accounts when the database has no users and this is not
 * production. Every step is idempotent.
 */
import type { Payload } from 'payload'

import { serviceInboxFallback } from '@/config/env'

import { createUnlessExists } from './createUnlessExists'
import { DEMO_ACCOUNTS, DEMO_SERVICE_INBOX, DEMO_SETTINGS, demoPassword } from './demoAccounts'
import { seedDemoAssessments } from './demoAssessments'
import { recomputeDemoAwards, seedAwardCriteria, seedDemoAwardWork } from './demoAwards'
import { seedDemoCaseStudies } from './demoCaseStudies'
import { seedDemoTraining } from './demoTraining'
import { seedQuestionBank } from './questionBank'

export async function seedDemoAccounts(payload: Payload): Promise<void> {
  const settingIds = new Map<string, number>()
  for (const s of DEMO_SETTINGS) {
    const { id } = await createUnlessExists(payload, 'settings', 'urn', s.urn, { name: s.name, urn: s.urn, type: s.type, district: s.district, active: true })
    settingIds.set(s.key, id)
  }
  for (const a of DEMO_ACCOUNTS) {
    await createUnlessExists(payload, 'users', 'email', a.email, {
      email: a.email,
      name: a.name,
      role: a.role,
      setting: a.setting ? settingIds.get(a.setting) : undefined,
      password: demoPassword(),
    })
  }
  const options = await payload.findGlobal({ slug: 'hub-options', overrideAccess: true })
  if (!options.serviceInbox) {
    await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: serviceInboxFallback || DEMO_SERVICE_INBOX }, overrideAccess: true })
  }
  const demo = await Promise.all(
    DEMO_SETTINGS.map(async (s) => ({
      setting: await payload.findByID({ collection: 'settings', id: settingIds.get(s.key)!, overrideAccess: true }),
      lead: (await payload.find({ collection: 'users', where: { email: { equals: `lead@${s.key}.example.org` } }, overrideAccess: true, limit: 1 })).docs[0],
    })),
  )
  const assessments = await payload.count({ collection: 'assessments', where: { setting: { in: [...settingIds.values()] } }, overrideAccess: true })
  if (assessments.totalDocs === 0) await seedDemoAssessments(payload, demo)
  const caseStudies = await payload.count({ collection: 'case-studies', where: { setting: { in: [...settingIds.values()] } }, overrideAccess: true })
  const admin = (
    await payload.find({ collection: 'users', where: { email: { equals: 'admin@service.example.org' } }, limit: 1, depth: 0, overrideAccess: true })
  ).docs[0]
  if (caseStudies.totalDocs === 0 && admin) await seedDemoCaseStudies(payload, admin)
  await seedDemoTraining(payload, settingIds)
  await seedAwardCriteria(payload)
  await seedDemoAwardWork(payload, settingIds)
  await recomputeDemoAwards(payload)
}

export async function seed(payload: Payload, { demo }: { demo: boolean }): Promise<{ demoSeeded: boolean }> {
  const principles = await payload.count({ collection: 'principles', overrideAccess: true })
  if (principles.totalDocs === 0) await seedQuestionBank(payload)
  // The award's checklist the service starts with, once: criteria it later retires are not brought back.
  const criteria = await payload.count({ collection: 'award-criteria', overrideAccess: true })
  if (criteria.totalDocs === 0) await seedAwardCriteria(payload)
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  const isEmpty = users.totalDocs === 0
  if (demo && isEmpty) {
    await seedDemoAccounts(payload)
    return { demoSeeded: true }
  }
  return { demoSeeded: false }
}

/**
 * Reads the county back through Payload's Local API and fails loudly when what the bulk load wrote is not what
 * the app itself would have written: a real submit must store exactly what the generator stored, a lead must
 * sign in with the known password and see only their setting, and a published case study's images must be
 * public files on disk.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

import type pg from 'pg'
import { createLocalReq, type Payload } from 'payload'

import { submitAssessment } from '@/assessment/submitAssessment'
import type { User } from '@/payload-types'
import { searchGallery } from '@/scrapbook/gallery'
import type { SettingType } from '@/settings/settingTypes'

import type { CountyPlan } from './plan'
import type { Bank } from './submission'

function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v
  return JSON.stringify(sort(JSON.parse(JSON.stringify(value ?? null))))
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`County sanity check failed: ${message}`)
}

/** Submits one more assessment through the real submit and compares every stored part with the generator's. */
async function checkAgainstRealSubmit(payload: Payload, db: pg.Pool, bank: Bank, plan: CountyPlan): Promise<void> {
  const drafts = new Set(plan.assessments.filter((a) => a.status === 'draft').map((a) => a.settingId))
  const setting = plan.settings.find((s) => !drafts.has(s.id) && s.type === 'primary')!
  const planned = plan.assessments.filter((a) => a.settingId === setting.id && a.status === 'submitted').at(-1)!
  const lead = (await payload.findByID({ collection: 'users', id: planned.submittedBy!, depth: 0, overrideAccess: true })) as User
  const answers = planned.answers.map(({ question, value, evidence }) => ({ question, value, evidence }))
  const draft = await payload.create({ collection: 'assessments', data: { setting: setting.id, answers } as never, user: lead, overrideAccess: false })
  try {
    await submitAssessment(await createLocalReq({ user: lead }, payload), draft.id, { notify: false })
    const real = await payload.findByID({ collection: 'assessments', id: draft.id, depth: 0, overrideAccess: true })
    const generated = bank.submit(setting.type as SettingType, answers)
    check(real.status === 'submitted', 'the real submit did not submit')
    check(real.phase === generated.phase, `phase ${real.phase} ≠ ${generated.phase}`)
    for (const part of ['snapshot', 'results', 'recommendations'] as const) {
      check(
        canonical(real[part]) === canonical(generated[part]),
        `the generator's ${part} differs from what submitAssessment stores (see tests/bench/county/submission.ts)`,
      )
    }
    const stored = (real.answers ?? []).map((a) => `${a.question}:${a.value}:${a.evidence ?? ''}`).join('|')
    check(stored === generated.answers.map((a) => `${a.question}:${a.value}:${a.evidence}`).join('|'), 'the stored answers differ')
    check(canonical(real.snapshot) === canonical(planned.submission!.snapshot), 'the planned assessment’s snapshot differs from the real one')
  } finally {
    await db.query('DELETE FROM assessments WHERE id = $1', [draft.id])
    await db.query('DELETE FROM payload_jobs')
  }
}

export async function checkCounty(
  payload: Payload,
  db: pg.Pool,
  bank: Bank,
  plan: CountyPlan,
  { password, mediaDir }: { password: string; mediaDir: string },
): Promise<void> {
  await checkAgainstRealSubmit(payload, db, bank, plan)

  // A lead signs in with the known password and sees their own setting's four submitted assessments, no other's.
  const setting = plan.settings[0]
  const leadPlan = plan.users.find((u) => u.settingId === setting.id && u.role === 'setting-lead')!
  const login = await payload.login({ collection: 'users', data: { email: leadPlan.email, password } })
  check(login.token && login.user?.id === leadPlan.id, `${leadPlan.email} could not sign in with the county password`)
  const lead = login.user as User
  const own = await payload.find({
    collection: 'assessments',
    where: { status: { equals: 'submitted' } },
    depth: 0,
    limit: 0,
    pagination: false,
    user: lead,
    overrideAccess: false,
  })
  check(own.totalDocs === 4 && own.docs.every((a) => a.setting === setting.id), `a lead sees ${own.totalDocs} submitted assessments (4 of their own expected)`)
  await db.query('DELETE FROM users_sessions')

  // The public gallery lists every published case study, and the images of one are public files.
  const live = plan.caseStudies.filter((c) => c.outcome.startsWith('published')).length
  const gallery = await searchGallery(payload, {})
  check(gallery.total === live, `the gallery lists ${gallery.total} published case studies, ${live} planned`)
  const withImages = plan.caseStudies.find((c) => c.outcome === 'published' && c.images.length >= 2)!
  const study = await payload.findByID({ collection: 'case-studies', id: withImages.id, depth: 0, overrideAccess: true })
  check(study.published?.live && study.status === 'published', `case study ${withImages.id} is not published`)
  const imageIds = (study.published?.images ?? []).map((i) => (typeof i === 'object' ? i.id : i))
  check(imageIds.length === withImages.images.length, `case study ${withImages.id} publishes ${imageIds.length} images, ${withImages.images.length} planned`)
  const anonymous = await payload.find({ collection: 'media', where: { id: { in: imageIds } }, depth: 0, overrideAccess: false })
  check(
    anonymous.totalDocs === imageIds.length,
    `an anonymous visitor may read ${anonymous.totalDocs} of the ${imageIds.length} images of a published case study`,
  )
  for (const image of anonymous.docs) {
    const file = path.join(mediaDir, image.filename ?? '')
    check(existsSync(file) && statSync(file).size === image.filesize, `${file} is missing or not ${image.filesize} bytes`)
    const thumb = path.join(mediaDir, image.sizes?.thumbnail?.filename ?? '')
    check(existsSync(thumb), `${thumb} (thumbnail) is missing`)
  }
}

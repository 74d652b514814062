/** The Community Scrapbook: a case study's life from private draft to public gallery, with moderation and search. */
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import type { CaseStudy } from '@/payload-types'
import { publishedCaseStudy, searchGallery } from '@/scrapbook/gallery'
import { decideCaseStudy, shareCaseStudy, withdrawCaseStudy } from '@/scrapbook/moderation'
import { type WritingEditor, writingEditor, writingToRichText as toRichText } from '@/scrapbook/writing'
import { seedQuestionBank } from '@/seed/questionBank'

import { emailJobsFor } from '../helpers/assessments'
import { hubURL, testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let editor: WritingEditor
const writingToRichText = (source: string) => toRichText(source, editor)
let world: World
let principle: number

beforeAll(async () => {
  payload = await testPayload()
  editor = await writingEditor(payload.config)
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  principle = (await payload.find({ collection: 'principles', sort: 'order', limit: 1, overrideAccess: true })).docs[0].id
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: `inbox-${world.tag}@service.example.org` }, overrideAccess: true })
})

const as = async (key: keyof World['users']) => createLocalReq({ user: world.users[key] }, payload)

async function draft(key: keyof World['users'], title: string, body = 'We did something that worked.'): Promise<CaseStudy> {
  return payload.create({
    collection: 'case-studies',
    data: { title, summary: `Summary of ${title}`, body: writingToRichText(body), principles: [principle] } as never,
    user: world.users[key],
    overrideAccess: false,
  })
}

describe('a case study’s life', () => {
  it('is drafted by staff, private to the setting, shared by the lead, approved, and then public', async () => {
    const title = `Nurture breakfast club ${world.tag}`
    const study = await draft('setting-staff', title, 'Breakfast with a trusted adult settles children for the day.')
    expect(study.status).toBe('private')
    expect(idOf(study.setting)).toBe(world.settingA.id)
    expect(idOf(study.author)).toBe(world.users['setting-staff'].id)
    expect(await publishedCaseStudy(payload, study.id)).toBeNull()

    // Only the lead shares, and only with the confirmation.
    await expect(shareCaseStudy(await as('setting-staff'), study.id, { confirmNoPupilInfo: true })).rejects.toMatchObject({ status: 403 })
    await expect(shareCaseStudy(await as('setting-lead'), study.id, { confirmNoPupilInfo: false })).rejects.toMatchObject({ status: 422 })
    expect((await payload.findByID({ collection: 'case-studies', id: study.id, overrideAccess: true })).status).toBe('private')
    const inbox = `inbox-${world.tag}`
    await shareCaseStudy(await as('setting-lead'), study.id, { confirmNoPupilInfo: true })
    const shared = await payload.findByID({ collection: 'case-studies', id: study.id, overrideAccess: true })
    expect(shared.status).toBe('pending')
    expect(idOf(shared.pupilConfirmation?.confirmedBy)).toBe(world.users['setting-lead'].id)
    expect(shared.pupilConfirmation?.confirmedAt).toBeTruthy()
    expect(await emailJobsFor(payload, inbox)).toBe(1)

    // Settings cannot decide; the service can.
    await expect(decideCaseStudy(await as('setting-lead'), study.id, { decision: 'approved', feedback: '' })).rejects.toMatchObject({ status: 403 })
    const before = await emailJobsFor(payload, world.users['setting-staff'].email)
    await decideCaseStudy(await as('service-staff'), study.id, { decision: 'approved', feedback: '' })
    const published = await publishedCaseStudy(payload, study.id)
    expect(published?.title).toBe(title)
    expect(published?.publisherName).toBe(world.settingA.name)
    expect(await emailJobsFor(payload, world.users['setting-staff'].email)).toBe(before + 1)
    // Deciding again is refused: the email went exactly once.
    await expect(decideCaseStudy(await as('service-admin'), study.id, { decision: 'approved', feedback: '' })).rejects.toMatchObject({ status: 409 })
    expect(await emailJobsFor(payload, world.users['setting-staff'].email)).toBe(before + 1)

    const found = await searchGallery(payload, { q: `breakfast ${world.tag}` })
    expect(found.entries.map((e) => e.id)).toContain(study.id)
    const page = await fetch(`${hubURL()}/community/${study.id}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Breakfast with a trusted adult')
  })

  it('keeps the last approved text public while an edit waits for moderation', async () => {
    const study = await draft('setting-lead', `Quiet room ${world.tag}`, 'The first approved text.')
    await shareCaseStudy(await as('setting-lead'), study.id, { confirmNoPupilInfo: true })
    await decideCaseStudy(await as('service-admin'), study.id, { decision: 'approved', feedback: '' })
    const res = await rest('PATCH', `/api/case-studies/${study.id}`, {
      token: await tokenFor(payload, world, 'setting-lead'),
      json: { body: writingToRichText('A newer text, not yet approved.') },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('pending')
    const live = await publishedCaseStudy(payload, study.id)
    expect(JSON.stringify(live?.body)).toContain('The first approved text.')
    const html = await (await fetch(`${hubURL()}/community/${study.id}`)).text()
    expect(html).toContain('The first approved text.')
    expect(html).not.toContain('A newer text')
    await decideCaseStudy(await as('service-admin'), study.id, { decision: 'approved', feedback: '' })
    expect(JSON.stringify((await publishedCaseStudy(payload, study.id))?.body)).toContain('A newer text')
  })

  it('records every decision with who, when and the feedback, and requires feedback to send back or reject', async () => {
    const study = await draft('setting-lead', `Peer mentors ${world.tag}`)
    await shareCaseStudy(await as('setting-lead'), study.id, { confirmNoPupilInfo: true })
    await expect(decideCaseStudy(await as('service-staff'), study.id, { decision: 'changes-requested', feedback: '  ' })).rejects.toMatchObject({ status: 422 })
    await decideCaseStudy(await as('service-staff'), study.id, { decision: 'changes-requested', feedback: 'Please remove the pupil’s first name.' })
    await shareCaseStudy(await as('setting-lead'), study.id, { confirmNoPupilInfo: true })
    await decideCaseStudy(await as('service-admin'), study.id, { decision: 'rejected', feedback: 'Out of scope for the scrapbook.' })
    const stored = await payload.findByID({ collection: 'case-studies', id: study.id, overrideAccess: true })
    expect(stored.status).toBe('rejected')
    expect(stored.feedback).toBe('Out of scope for the scrapbook.')
    expect(stored.decisions?.map((d) => [d.decision, idOf(d.decidedBy), d.feedback])).toEqual([
      ['changes-requested', world.users['service-staff'].id, 'Please remove the pupil’s first name.'],
      ['rejected', world.users['service-admin'].id, 'Out of scope for the scrapbook.'],
    ])
    expect(stored.decisions?.every((d) => !!d.decidedAt)).toBe(true)
    expect(await publishedCaseStudy(payload, study.id)).toBeNull()
  })

  it('never lets a moderator change the setting’s text', async () => {
    const study = await draft('setting-lead', `Moderated text ${world.tag}`, 'The setting’s own words.')
    await shareCaseStudy(await as('setting-lead'), study.id, { confirmNoPupilInfo: true })
    const res = await rest('PATCH', `/api/case-studies/${study.id}`, {
      token: await tokenFor(payload, world, 'service-admin'),
      json: { title: 'Changed by moderator', body: writingToRichText('Moderator words') },
    })
    expect([403, 404]).toContain(res.status)
    const stored = await payload.findByID({ collection: 'case-studies', id: study.id, overrideAccess: true })
    expect(stored.title).toBe(`Moderated text ${world.tag}`)
  })

  it('is withdrawn by its lead at any time: out of the gallery, private again', async () => {
    const study = await draft('setting-lead', `Withdrawn ${world.tag}`)
    await shareCaseStudy(await as('setting-lead'), study.id, { confirmNoPupilInfo: true })
    await decideCaseStudy(await as('service-admin'), study.id, { decision: 'approved', feedback: '' })
    await withdrawCaseStudy(await as('setting-lead'), study.id)
    expect((await payload.findByID({ collection: 'case-studies', id: study.id, overrideAccess: true })).status).toBe('private')
    expect(await publishedCaseStudy(payload, study.id)).toBeNull()
    expect((await fetch(`${hubURL()}/community/${study.id}`)).status).toBe(404)
  })
})

describe('isolation', () => {
  it('never shows another setting’s private or pending case studies', async () => {
    const priv = await draft('setting-lead', `Private ${world.tag}`)
    const pending = await draft('setting-lead', `Pending ${world.tag}`)
    await shareCaseStudy(await as('setting-lead'), pending.id, { confirmNoPupilInfo: true })
    const asB = await payload.find({ collection: 'case-studies', user: world.users['setting-lead-b'], overrideAccess: false, limit: 500 })
    expect(asB.docs.map((d) => d.id)).not.toContain(priv.id)
    expect(asB.docs.map((d) => d.id)).not.toContain(pending.id)
    expect((await rest('GET', `/api/case-studies/${priv.id}`)).status).toBe(403)
    const gallery = await searchGallery(payload, { q: world.tag })
    expect(gallery.entries.map((e) => e.id)).not.toContain(priv.id)
    expect(gallery.entries.map((e) => e.id)).not.toContain(pending.id)
    expect((await fetch(`${hubURL()}/community/${pending.id}`)).status).toBe(404)
  })
})

describe('the public gallery', () => {
  it('ranks title matches first, filters by principle and setting type, and names anonymous settings by type', async () => {
    const word = `zebrafish${world.tag.replace(/[^a-z]/g, '')}`
    const inBody = await draft('setting-lead', `Body mention ${world.tag}`, `We mention ${word} only in the body.`)
    const inTitle = await payload.create({
      collection: 'case-studies',
      data: { title: `The ${word} project`, summary: 'Summary', body: writingToRichText('Text.'), principles: [principle], anonymous: true } as never,
      user: world.users['setting-lead'],
      overrideAccess: false,
    })
    for (const s of [inBody, inTitle]) {
      await shareCaseStudy(await as('setting-lead'), s.id, { confirmNoPupilInfo: true })
      await decideCaseStudy(await as('service-admin'), s.id, { decision: 'approved', feedback: '' })
    }
    const found = await searchGallery(payload, { q: word })
    expect(found.entries.map((e) => e.id)).toEqual([inTitle.id, inBody.id])
    expect(found.entries[0].publisherName).toBe('a Lancashire primary school')
    expect((await searchGallery(payload, { q: word, settingType: 'college' })).total).toBe(0)
    expect((await searchGallery(payload, { q: word, settingType: 'primary', principle })).total).toBe(2)
    const other = (await payload.find({ collection: 'principles', where: { id: { not_equals: principle } }, limit: 1, overrideAccess: true })).docs[0].id
    expect((await searchGallery(payload, { q: word, principle: other })).total).toBe(0)
    // Search syntax from a visitor is words, never an error.
    expect((await searchGallery(payload, { q: `"${word}" OR -( & | !` })).total).toBeGreaterThanOrEqual(0)
    const html = await (await fetch(`${hubURL()}/community?q=${encodeURIComponent(word)}`)).text()
    expect(html).toContain(`The ${word} project`)
  })
})

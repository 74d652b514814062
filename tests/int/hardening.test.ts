/**
 * The holes an outside review found (issue "Hardening"), each closed and proved over real HTTP: accounts left without
 * a setting, settings deleted under their users, sessions that outlived a deactivation, images swapped after
 * approval, images naming their setting, dangerous links stored, retired questions blocking drafts, and the reset
 * email queued outside its transaction.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { type Payload, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CaseStudy, Media, Question } from '@/payload-types'
import { paragraphsToRichText } from '@/richtext/plainText'
import { decideCaseStudy, shareCaseStudy, withdrawCaseStudy } from '@/scrapbook/moderation'

import { loginToken, smallPng } from '../helpers/access'
import { hubURL, testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { TEST_PASSWORD, type World, createSetting, createUser, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let serial = 0
const unique = () => `${world.tag}-h${++serial}`
const email = (who: string) => `${who}-${unique()}@test.example.org`

const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const asSystem = { overrideAccess: true, depth: 0 } as const

/** GET a portal page with the session cookie, as a browser would send it. */
const portal = (path: string, token: string) =>
  fetch(`${hubURL()}${path}`, { headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' }, redirect: 'manual' })

const localReqAs = async (user: unknown) => createLocalReq({ user: { ...(user as object), collection: 'users' } as never }, payload)

/** A principle of this file's own (the question bank may not be seeded when it runs). */
let principle: number

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
  const used = new Set((await payload.find({ collection: 'principles', pagination: false, ...asSystem, select: { order: true } })).docs.map((p) => p.order))
  const order = [...Array(99).keys()].map((i) => 99 - i).find((o) => !used.has(o))!
  principle = (await payload.create({ collection: 'principles', data: { order, label: 'Hardening', title: `Hardening principle ${world.tag}` }, ...asSystem }))
    .id
})

afterAll(async () => {
  // The principle and its questions would otherwise join other test files' question bank.
  const ofTheWorld = { setting: { in: [world.settingA.id, world.settingB.id] } }
  await payload.delete({ collection: 'assessments', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'case-studies', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'questions', where: { principle: { equals: principle } }, overrideAccess: true })
  await payload.delete({ collection: 'principles', id: principle, overrideAccess: true })
})

describe('a setting account left without a setting', () => {
  it('cannot sign in, and its open session can neither read the service accounts nor change a service admin’s password', async () => {
    const lead = await createUser(payload, { email: email('orphan-lead'), name: 'Orphan lead', role: 'setting-lead', setting: world.settingA.id })
    const token = await loginToken(payload, lead.email, TEST_PASSWORD)
    await db().execute(sql`UPDATE users SET setting_id = NULL WHERE id = ${lead.id}`)

    const login = await rest('POST', '/api/users/login', { json: { email: lead.email, password: TEST_PASSWORD } })
    expect(login.status).toBe(403)
    expect(JSON.stringify(login.body)).toContain('does not belong to a setting')

    const services = await rest('GET', '/api/users?where[role][equals]=service-admin&depth=0', { token })
    expect(services.status).toBe(403)
    const admin = world.users['service-admin']
    const takeover = await rest('PATCH', `/api/users/${admin.id}`, { token, json: { password: 'an-attacker-chose-this-1' } })
    expect(takeover.status).toBe(403)
    expect(await loginToken(payload, admin.email, TEST_PASSWORD)).toBeTruthy()
    const dashboard = await portal('/dashboard', token)
    expect(dashboard.status).toBe(307)
    expect(dashboard.headers.get('location')).toContain('/sign-in')
  })
})

describe('settings are retired, never deleted from under their accounts and data', () => {
  it('refuses (409, saying to deactivate) to delete a setting with accounts, and deletes nothing', async () => {
    const setting = await createSetting(payload, `Busy setting ${unique()}`)
    const member = await createUser(payload, { email: email('member'), name: 'Member', role: 'setting-staff', setting: setting.id })
    const res = await rest('DELETE', `/api/settings/${setting.id}`, { token: await tokenFor(payload, world, 'service-admin') })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/1 users.*Deactivate it instead/)
    expect(await payload.findByID({ collection: 'settings', id: setting.id, ...asSystem, disableErrors: true })).not.toBeNull()
    expect((await payload.findByID({ collection: 'users', id: member.id, ...asSystem })).setting).toBe(setting.id)
  })

  it('refuses to delete a setting that has only data (an action), through the Local API too', async () => {
    const setting = await createSetting(payload, `Setting with history ${unique()}`)
    await payload.create({ collection: 'actions', data: { title: 'Keep me', setting: setting.id, status: 'done' }, ...asSystem })
    await expect(
      payload.delete({ collection: 'settings', id: setting.id, overrideAccess: false, user: { ...world.users['service-admin'], collection: 'users' } }),
    ).rejects.toMatchObject({ status: 409 })
    expect(await payload.findByID({ collection: 'settings', id: setting.id, ...asSystem, disableErrors: true })).not.toBeNull()
  })

  it('deletes a setting that has nothing yet', async () => {
    const setting = await createSetting(payload, `Empty setting ${unique()}`)
    const res = await rest('DELETE', `/api/settings/${setting.id}`, { token: await tokenFor(payload, world, 'service-admin') })
    expect(res.status).toBe(200)
    expect(await payload.findByID({ collection: 'settings', id: setting.id, ...asSystem, disableErrors: true })).toBeNull()
  })
})

describe('deactivation takes effect at once, on every route', () => {
  it('a deactivated setting’s open sessions stop working (REST write, GraphQL, portal) and its users cannot sign in', async () => {
    const setting = await createSetting(payload, `Setting to retire ${unique()}`)
    const lead = await createUser(payload, { email: email('retiring-lead'), name: 'Retiring lead', role: 'setting-lead', setting: setting.id })
    const token = await loginToken(payload, lead.email, TEST_PASSWORD)
    const before = await rest('POST', '/api/actions', { token, json: { title: `Before ${unique()}` } })
    expect(before.status).toBe(201)
    expect((await portal('/dashboard', token)).status).toBe(200)

    const off = await rest('PATCH', `/api/settings/${setting.id}`, { token: await tokenFor(payload, world, 'service-admin'), json: { active: false } })
    expect(off.status).toBe(200)

    const title = `After ${unique()}`
    const after = await rest('POST', '/api/actions', { token, json: { title } })
    expect(after.status).toBe(403)
    expect((await payload.count({ collection: 'actions', where: { title: { equals: title } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await rest('GET', '/api/users/me', { token })).body.user).toBeNull()
    expect((await graphql('query { meUser { user { id } } }', { token })).body.data.meUser.user).toBeNull()
    expect((await portal('/dashboard', token)).headers.get('location')).toContain('/sign-in')
    const login = await rest('POST', '/api/users/login', { json: { email: lead.email, password: TEST_PASSWORD } })
    expect(login.status).toBe(403)
    expect(JSON.stringify(login.body)).toContain('no longer active')
  })

  it('a deactivated account is signed out everywhere and cannot sign in; reactivated, it signs in again', async () => {
    const staff = await createUser(payload, { email: email('leaving-staff'), name: 'Leaving staff', role: 'setting-staff', setting: world.settingA.id })
    const token = await loginToken(payload, staff.email, TEST_PASSWORD)
    expect((await rest('GET', '/api/users/me', { token })).body.user.id).toBe(staff.id)

    // The setting's lead deactivates a colleague (a service admin could too).
    const off = await rest('PATCH', `/api/users/${staff.id}`, { token: await tokenFor(payload, world, 'setting-lead'), json: { active: false } })
    expect(off.status).toBe(200)
    expect((await rest('GET', '/api/users/me', { token })).body.user).toBeNull()
    expect((await rest('GET', `/api/case-studies?depth=0`, { token })).status).toBe(403)
    const login = await rest('POST', '/api/users/login', { json: { email: staff.email, password: TEST_PASSWORD } })
    expect(login.status).toBe(403)
    expect(JSON.stringify(login.body)).toContain('deactivated')

    await rest('PATCH', `/api/users/${staff.id}`, { token: await tokenFor(payload, world, 'service-admin'), json: { active: true } })
    expect(await loginToken(payload, staff.email, TEST_PASSWORD)).toBeTruthy()
  })

  it('nobody deactivates their own account, and a lead never another setting’s', async () => {
    const lead = await createUser(payload, { email: email('self-lead'), name: 'Self lead', role: 'setting-lead', setting: world.settingA.id })
    const token = await loginToken(payload, lead.email, TEST_PASSWORD)
    await rest('PATCH', `/api/users/${lead.id}`, { token, json: { active: false } })
    expect((await payload.findByID({ collection: 'users', id: lead.id, ...asSystem })).active).toBe(true)
    const other = await rest('PATCH', `/api/users/${world.users['setting-staff-b'].id}`, { token, json: { active: false } })
    expect(other.status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: world.users['setting-staff-b'].id, ...asSystem })).active).toBe(true)
  })

  it('a deleted account’s token stops working at once', async () => {
    const staff = await createUser(payload, { email: email('deleted-staff'), name: 'Deleted staff', role: 'setting-staff', setting: world.settingA.id })
    const token = await loginToken(payload, staff.email, TEST_PASSWORD)
    expect((await rest('DELETE', `/api/users/${staff.id}`, { token: await tokenFor(payload, world, 'setting-lead') })).status).toBe(200)
    expect((await rest('GET', '/api/users/me', { token })).body.user).toBeNull()
    expect((await rest('GET', `/api/case-studies?depth=0`, { token })).status).toBe(403)
  })
})

describe('the built-in collections Payload adds', () => {
  it('serves no one the list of applied migrations over the API', async () => {
    for (const token of [undefined, await tokenFor(payload, world, 'setting-lead'), await tokenFor(payload, world, 'service-admin')]) {
      expect((await rest('GET', '/api/payload-migrations', { token })).status).toBe(501)
    }
  })

  it('keeps the jobs queue (which holds queued emails) and the key-value store closed to everyone over the API', async () => {
    for (const slug of ['payload-jobs', 'payload-kv']) {
      for (const token of [undefined, await tokenFor(payload, world, 'setting-lead'), await tokenFor(payload, world, 'service-admin')]) {
        expect((await rest('GET', `/api/${slug}`, { token })).status, slug).toBe(403)
      }
    }
  })
})

describe('an image a published case study shows', () => {
  let image: Media
  let study: CaseStudy
  const fileOf = async (m: Media) => Buffer.from(await (await fetch(`${hubURL()}/api/media/file/${encodeURIComponent(m.filename!)}`)).arrayBuffer())

  beforeAll(async () => {
    const png = await smallPng()
    image = await payload.create({ collection: 'media', data: { alt: `Published picture ${world.tag}`, setting: world.settingA.id }, file: png, ...asSystem })
    study = await payload.create({
      collection: 'case-studies',
      data: {
        title: `Anonymous study ${world.tag}`,
        summary: 'Summary',
        body: paragraphsToRichText(['Body']),
        principles: [principle],
        images: [image.id],
        anonymous: true,
        setting: world.settingA.id,
      } as never,
      ...asSystem,
    })
    await shareCaseStudy(await localReqAs(world.users['setting-lead']), study.id, { confirmNoPupilInfo: true })
    await decideCaseStudy(await localReqAs(world.users['service-staff']), study.id, { decision: 'approved', feedback: '' })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'case-studies', id: study.id, ...asSystem }).catch(() => undefined)
    await payload.delete({ collection: 'media', id: image.id, ...asSystem }).catch(() => undefined)
  })

  it('is marked public by the approval, in the same transaction', async () => {
    expect((await payload.findByID({ collection: 'media', id: image.id, ...asSystem })).public).toBe(true)
  })

  it.each(['setting-lead', 'setting-staff'] as const)(
    'cannot be swapped by %s of its setting: new alt or new file → 409, bytes and alt unchanged',
    async (actor) => {
      const token = await tokenFor(payload, world, actor)
      const bytesBefore = await fileOf(image)
      const alt = await rest('PATCH', `/api/media/${image.id}`, { token, json: { alt: 'A different picture' } })
      expect(alt.status).toBe(409)
      expect(alt.body.errors[0].message).toContain('Upload a new image instead')
      const form = new FormData()
      const sharp = (await import('sharp')).default
      const other = await sharp({ create: { width: 9, height: 9, channels: 3, background: '#f00' } })
        .png()
        .toBuffer()
      form.append('file', new Blob([new Uint8Array(other)], { type: 'image/png' }), 'swap.png')
      form.append('_payload', JSON.stringify({ alt: 'Swapped' }))
      const swap = await rest('PATCH', `/api/media/${image.id}`, { token, form })
      expect(swap.status).toBe(409)
      const after = await payload.findByID({ collection: 'media', id: image.id, ...asSystem })
      expect(after.alt).toBe(image.alt)
      expect(after.filename).toBe(image.filename)
      expect((await fileOf(after)).equals(bytesBefore)).toBe(true)
    },
  )

  it('cannot be deleted by its setting’s lead while it is public (409)', async () => {
    const res = await rest('DELETE', `/api/media/${image.id}`, { token: await tokenFor(payload, world, 'setting-lead') })
    expect(res.status).toBe(409)
    expect(await payload.findByID({ collection: 'media', id: image.id, ...asSystem, disableErrors: true })).not.toBeNull()
  })

  it('never names its setting to the public or to another setting, over REST and GraphQL', async () => {
    const anonymous = await rest('GET', `/api/media/${image.id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('setting')
    const otherSetting = await rest('GET', `/api/media/${image.id}?depth=1`, { token: await tokenFor(payload, world, 'setting-lead-b') })
    expect(otherSetting.status).toBe(200)
    expect(otherSetting.body).not.toHaveProperty('setting')
    const list = await rest('GET', `/api/media?depth=1&where[id][equals]=${image.id}`)
    expect(list.body.docs[0]).not.toHaveProperty('setting')
    const gql = await graphql(`query { Media(id: ${image.id}) { id alt setting { id name } } }`)
    expect(gql.body.data.Media.id).toBe(image.id)
    expect(gql.body.data.Media.setting).toBeNull()
    const own = await rest('GET', `/api/media/${image.id}?depth=0`, { token: await tokenFor(payload, world, 'setting-lead') })
    expect(own.body.setting).toBe(world.settingA.id)
  })

  it('is private again once the case study is withdrawn, and then its setting may change it', async () => {
    await withdrawCaseStudy(await localReqAs(world.users['setting-lead']), study.id)
    expect((await payload.findByID({ collection: 'media', id: image.id, ...asSystem })).public).toBe(false)
    expect((await rest('GET', `/api/media/file/${encodeURIComponent(image.filename!)}`)).status).toBe(403)
    const alt = await rest('PATCH', `/api/media/${image.id}`, {
      token: await tokenFor(payload, world, 'setting-lead'),
      json: { alt: 'Changed after withdrawal' },
    })
    expect(alt.status).toBe(200)
  })
})

describe('dangerous rich text is refused at save', () => {
  const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  const withNode = (node: Record<string, unknown>) => ({
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, children: [text('Before '), node] }],
    },
  })
  const link = (url: string) => ({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [text('Click')],
  })

  it.each([
    ['a javascript: link', link('javascript:alert(document.cookie)'), 'javascript:'],
    ['a mixed-case JaVaScRiPt: link', link('JaVaScRiPt:alert(1)'), 'JaVaScRiPt:'],
    ['a javascript: link hidden by a tab', link('java\tscript:alert(1)'), 'links must be web or email addresses'],
    ['a data: link', link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='), 'data:'],
    ['a vbscript: link', link('vbscript:msgbox(1)'), 'vbscript:'],
    ['an html node', { type: 'html', version: 1, html: '<img src=x onerror=alert(1)>' }, 'raw HTML'],
    ['a node of an unknown kind', { type: 'iframe', version: 1, src: 'https://evil.example' }, 'unknown kind'],
    ['styling that loads a script', { ...text('x'), style: 'background:url(javascript:alert(1))' }, 'styling'],
  ])('case study with %s → 422 naming the problem, nothing stored', async (_, node, words) => {
    const title = `Dangerous ${unique()}`
    const res = await rest('POST', '/api/case-studies', {
      token: await tokenFor(payload, world, 'setting-lead'),
      json: { title, summary: 'S', body: withNode(node), principles: [principle] },
    })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toContain(words)
    expect((await payload.count({ collection: 'case-studies', where: { title: { equals: title } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses the same in an edit, leaving the stored body unchanged, and accepts web and email links', async () => {
    const token = await tokenFor(payload, world, 'setting-lead')
    const created = await rest('POST', '/api/case-studies', {
      token,
      json: { title: `Safe links ${unique()}`, summary: 'S', body: withNode(link('https://www.annafreud.org/schools/')), principles: [principle] },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const mail = await rest('PATCH', `/api/case-studies/${id}`, { token, json: { body: withNode(link('mailto:wellbeing@school.example.org')) } })
    expect(mail.status).toBe(200)
    const bad = await rest('PATCH', `/api/case-studies/${id}`, { token, json: { body: withNode(link('javascript:alert(1)')) } })
    expect(bad.status).toBe(422)
    expect(JSON.stringify((await payload.findByID({ collection: 'case-studies', id, ...asSystem })).body)).toContain('mailto:wellbeing@school.example.org')
    await payload.delete({ collection: 'case-studies', id, ...asSystem })
  })

  it('applies to the service’s rich text too: a recommendation with a javascript: link → 422, nothing stored', async () => {
    const title = `Dangerous recommendation ${unique()}`
    const res = await rest('POST', '/api/recommendations', {
      token: await tokenFor(payload, world, 'service-admin'),
      json: { title, body: withNode(link('javascript:alert(1)')), principle, trigger: { kind: 'principle-band', band: 'red' }, priority: 'low' },
    })
    expect(res.status).toBe(422)
    expect((await payload.count({ collection: 'recommendations', where: { title: { equals: title } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('a question retired while a draft holds an answer to it', () => {
  let questions: Question[]
  let draftId: number
  const lead = () => ({ ...world.users['setting-lead'], collection: 'users' as const })

  beforeAll(async () => {
    const make = (n: number) =>
      payload.create({
        collection: 'questions',
        data: { principle, order: 900 + n, prompt: `Retiring question ${n} ${world.tag}`, weight: 1, active: true, _status: 'published' },
        ...asSystem,
      })
    questions = [await make(1), await make(2)]
    await payload.delete({
      collection: 'assessments',
      where: { and: [{ setting: { equals: world.settingA.id } }, { status: { equals: 'draft' } }] },
      overrideAccess: true,
    })
    const draft = await payload.create({
      collection: 'assessments',
      data: { setting: world.settingA.id, answers: questions.map((q) => ({ question: q.id, value: '2' as const, evidence: 'Evidence' })) } as never,
      user: lead(),
      overrideAccess: false,
    })
    draftId = draft.id
    await payload.update({ collection: 'questions', id: questions[1].id, data: { active: false }, ...asSystem })
  })

  it('no longer blocks saving the draft: only the retired answer is dropped, and the count is reported', async () => {
    const context: { answersRemoved?: number } = {}
    const saved = await payload.update({
      collection: 'assessments',
      id: draftId,
      data: { answers: questions.map((q) => ({ question: q.id, value: '3' as const, evidence: 'Updated' })) },
      user: lead(),
      overrideAccess: false,
      context,
    })
    expect(saved.answers?.map((a) => (typeof a.question === 'object' ? a.question.id : a.question))).toEqual([questions[0].id])
    expect(saved.answers?.[0].value).toBe('3')
    expect(context.answersRemoved).toBe(1)
  })

  it('is dropped over REST too (200), and an answer to a question that does not exist is still refused (400)', async () => {
    const token = await tokenFor(payload, world, 'setting-lead')
    const ok = await rest('PATCH', `/api/assessments/${draftId}`, { token, json: { answers: questions.map((q) => ({ question: q.id, value: '1' })) } })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.answers).toHaveLength(1)
    const missing = await rest('PATCH', `/api/assessments/${draftId}`, { token, json: { answers: [{ question: 2_000_000_000, value: '1' }] } })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toContain('does not exist')
  })
})

describe("Payload's own password reset email", () => {
  it('is queued in the operation’s transaction: rolled back with it, nothing is left to send', async () => {
    const staff = await createUser(payload, { email: email('reset-rollback'), name: 'Reset rollback', role: 'setting-staff', setting: world.settingA.id })
    const jobs = async () =>
      (
        await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, pagination: false, depth: 0 })
      ).docs.filter((j) => JSON.stringify(j.input).includes(staff.email))
    const jobsFor = async () => (await jobs()).length
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.forgotPassword({ collection: 'users', data: { email: staff.email }, req })
    expect(await jobsFor()).toBe(0) // not visible outside the transaction yet
    await killTransaction(req)
    expect(await jobsFor()).toBe(0)

    // Committed, it is queued (another account: Payload allows one request per account per interval).
    const other = await createUser(payload, { email: email('reset-commit'), name: 'Reset commit', role: 'setting-staff', setting: world.settingA.id })
    await payload.forgotPassword({ collection: 'users', data: { email: other.email } })
    const queued = (
      await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, pagination: false, depth: 0 })
    ).docs.filter((j) => JSON.stringify(j.input).includes(other.email))
    expect(queued).toHaveLength(1)
    for (const job of queued) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  })
})

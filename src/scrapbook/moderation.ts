/**
 * The Community Scrapbook's workflow, each step one transaction: a lead shares a case study (confirming it
 * identifies no pupil) or withdraws it; the service approves, requests changes or rejects, with feedback that
 * is kept for audit and emailed to the author and the setting's leads.
 */
import { APIError, Forbidden, NotFound, type PayloadRequest } from 'payload'

import { hasRole, idOf, sameId, settingOf, type HubUser } from '@/access'
import { lockRow } from '@/db/lockRow'
import { inTransaction } from '@/db/inTransaction'
import { queueEmail } from '@/email/queueEmail'
import { serviceInbox, settingLeadEmails } from '@/email/recipients'
import { caseStudyDecisionEmail, caseStudySharedEmail } from '@/email/scrapbookEmails'
import type { CaseStudy, Setting } from '@/payload-types'
import { richTextToPlain } from '@/richtext/plainText'
import type { SettingType } from '@/settings/settingTypes'

import { publisherName } from './publisher'
import { type Decision, SHAREABLE, STATUS_AFTER } from './statuses'

const SYSTEM = { overrideAccess: true, depth: 0, context: { moderation: true } } as const

async function load(req: PayloadRequest, id: number | string): Promise<CaseStudy> {
  await lockRow(req, 'case_studies', id)
  const doc = await req.payload.findByID({ collection: 'case-studies', id, req, ...SYSTEM, disableErrors: true })
  if (!doc) throw new NotFound(req.t)
  return doc
}

/** A lead shares their setting's case study to the moderation queue. */
export async function shareCaseStudy(req: PayloadRequest, id: number | string, { confirmNoPupilInfo }: { confirmNoPupilInfo: unknown }) {
  const user = req.user as (HubUser & { name: string; email: string }) | null
  if (!user || !hasRole(req, 'setting-lead')) throw new Forbidden(req.t)
  return inTransaction(req, async () => {
    const doc = await load(req, id)
    if (!sameId(doc.setting, settingOf(user))) throw new NotFound(req.t)
    if (confirmNoPupilInfo !== true) {
      throw new APIError(
        'Confirm that the case study contains no information that identifies a pupil before you share it.',
        422,
        { field: 'confirmNoPupilInfo' },
        true,
      )
    }
    if (doc.status === 'pending') return doc
    if (!SHAREABLE.includes(doc.status)) throw new APIError('This case study cannot be shared in its current state.', 409, undefined, true)
    const now = new Date().toISOString()
    const updated = await req.payload.update({
      collection: 'case-studies',
      id: doc.id,
      req,
      ...SYSTEM,
      data: { status: 'pending', sharedAt: now, pupilConfirmation: { confirmedBy: user.id as number, confirmedAt: now } },
    })
    const to = await serviceInbox(req)
    const setting = await req.payload.findByID({ collection: 'settings', id: idOf(doc.setting)!, req, ...SYSTEM })
    if (to) await queueEmail(req, { to, ...caseStudySharedEmail({ title: doc.title, settingName: setting.name, sharedBy: user.name }) })
    return updated
  })
}

/** A lead withdraws their case study: it leaves the queue and the public gallery and is private again. */
export async function withdrawCaseStudy(req: PayloadRequest, id: number | string) {
  if (!req.user || !hasRole(req, 'setting-lead')) throw new Forbidden(req.t)
  return inTransaction(req, async () => {
    const doc = await load(req, id)
    if (!sameId(doc.setting, settingOf(req.user as HubUser))) throw new NotFound(req.t)
    return req.payload.update({ collection: 'case-studies', id: doc.id, req, ...SYSTEM, data: { status: 'private', published: { live: false } } })
  })
}

/** The service's decision on a case study waiting in the queue. Moderators never change the setting's text. */
export async function decideCaseStudy(req: PayloadRequest, id: number | string, { decision, feedback }: { decision: unknown; feedback: unknown }) {
  const user = req.user as HubUser | null
  if (!user || !hasRole(req, 'service-admin', 'service-staff')) throw new Forbidden(req.t)
  if (decision !== 'approved' && decision !== 'changes-requested' && decision !== 'rejected') {
    throw new APIError('Choose a decision: approved, changes-requested or rejected.', 400, undefined, true)
  }
  const note = typeof feedback === 'string' ? feedback.trim().slice(0, 4000) : ''
  if (decision !== 'approved' && !note) {
    throw new APIError(
      decision === 'rejected' ? 'Give the reason for rejecting the case study.' : 'Say what needs to change.',
      422,
      { field: 'feedback' },
      true,
    )
  }
  return inTransaction(req, async () => {
    const doc = await load(req, id)
    if (doc.status !== 'pending')
      throw new APIError('This case study is not waiting for moderation (it may have been decided or withdrawn already).', 409, undefined, true)
    const now = new Date().toISOString()
    const setting = (await req.payload.findByID({ collection: 'settings', id: idOf(doc.setting)!, req, ...SYSTEM })) as Setting
    const published =
      decision === 'approved'
        ? {
            live: true,
            title: doc.title,
            summary: doc.summary,
            body: doc.body as unknown as Record<string, unknown>,
            bodyText: richTextToPlain(doc.body),
            images: (doc.images ?? []).map((i) => idOf(i) as number),
            principles: (doc.principles ?? []).map((p) => idOf(p) as number),
            settingType: setting.type,
            publisherName: publisherName({ name: setting.name, type: setting.type as SettingType }, doc.anonymous),
            publishedAt: now,
          }
        : undefined
    const updated = await req.payload.update({
      collection: 'case-studies',
      id: doc.id,
      req,
      ...SYSTEM,
      data: {
        status: STATUS_AFTER[decision as Decision],
        feedback: note || null,
        decisions: [
          ...(doc.decisions ?? []).map((d) => ({ ...d, decidedBy: idOf(d.decidedBy) as number })),
          { decision: decision as Decision, decidedBy: user.id as number, decidedAt: now, feedback: note },
        ],
        ...(published ? { published } : {}),
      },
    })
    const leads = await settingLeadEmails(req, setting.id)
    const author = doc.author
      ? await req.payload.findByID({ collection: 'users', id: idOf(doc.author)!, req, ...SYSTEM, disableErrors: true, select: { email: true } })
      : null
    const to = [...new Set([author?.email, ...leads].filter(Boolean))].join(', ')
    if (to) await queueEmail(req, { to, ...caseStudyDecisionEmail({ title: doc.title, decision: decision as Decision, feedback: note, id: doc.id }) })
    return updated
  })
}

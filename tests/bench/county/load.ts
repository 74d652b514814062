/**
 * Writes the planned county into Payload's tables with bulk SQL, in one transaction: the column names and shapes
 * are those of src/migrations (arrays as `<collection>_<field>` rows with `_order`/`_parent_id`, relationships
 * with hasMany in `<collection>_rels`, uploads' size columns), the values those the app itself writes.
 */
import type pg from 'pg'

import { REBUILD_LATEST_RESULTS } from '@/assessment/latestResults'
import { type WritingEditor, writingToRichText } from '@/scrapbook/writing'

import { insertRows, resetSequence } from './bulk'
import { type Picture, thumbnailName } from './images'
import type { CountyPlan } from './plan'
import { progress } from './progress'

/** One known password for every account; its hash is computed once (see cli.ts), not 2,600 times. */
export interface PasswordHash {
  salt: string
  hash: string
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))
const fileURL = (name: string) => `/api/media/file/${name}`

export async function loadCounty(client: pg.ClientBase, plan: CountyPlan, pictures: Picture[], password: PasswordHash, editor: WritingEditor): Promise<void> {
  await client.query('BEGIN')

  await insertRows(
    client,
    'settings',
    ['id', 'name', 'urn', 'type', 'district', 'award_track', 'active', 'updated_at', 'created_at'],
    plan.settings.map((s) => [s.id, s.name, s.urn, s.type, s.district, s.awardTrack, true, s.createdAt, s.createdAt]),
  )
  await insertRows(
    client,
    'users',
    ['id', 'name', 'role', 'setting_id', 'email', 'salt', 'hash', 'login_attempts', 'updated_at', 'created_at'],
    plan.users.map((u) => [u.id, u.name, u.role, u.settingId, u.email, password.salt, password.hash, 0, u.createdAt, u.createdAt]),
  )

  const assessmentBar = progress('assessments', plan.assessments.length)
  await insertRows(
    client,
    'assessments',
    [
      'id',
      'title',
      'setting_id',
      'status',
      'started_by_id',
      'submitted_by_id',
      'submitted_at',
      'phase',
      'snapshot',
      'results',
      'recommendations',
      'updated_at',
      'created_at',
    ],
    plan.assessments.map((a) => [
      a.id,
      a.title,
      a.settingId,
      a.status,
      a.startedBy,
      a.submittedBy,
      a.submittedAt,
      a.submission?.phase ?? null,
      json(a.submission?.snapshot),
      json(a.submission?.results),
      json(a.submission?.recommendations),
      a.updatedAt,
      a.createdAt,
    ]),
    { bar: assessmentBar, batch: 100 },
  )
  assessmentBar.done()
  const answers = plan.assessments.flatMap((a) =>
    a.answers.map((answer, i) => [i + 1, a.id, answer.rowId, answer.question, answer.value, answer.evidence || null] as const),
  )
  const answerBar = progress('answers', answers.length)
  await insertRows(client, 'assessments_answers', ['_order', '_parent_id', 'id', 'question_id', 'value', 'evidence'], answers, { bar: answerBar })
  answerBar.done()

  await insertRows(
    client,
    'actions',
    ['id', 'title', 'setting_id', 'assessment_id', 'recommendation_id', 'owner', 'due_date', 'status', 'notes', 'updated_at', 'created_at'],
    plan.actions.map((a) => [
      a.id,
      a.title,
      a.settingId,
      a.assessmentId,
      a.recommendationId,
      a.owner,
      a.dueDate,
      a.status,
      a.notes || null,
      a.createdAt,
      a.createdAt,
    ]),
  )

  await insertRows(
    client,
    'media',
    [
      'id',
      'alt',
      'setting_id',
      'updated_at',
      'created_at',
      'url',
      'filename',
      'mime_type',
      'filesize',
      'width',
      'height',
      'sizes_thumbnail_url',
      'sizes_thumbnail_width',
      'sizes_thumbnail_height',
      'sizes_thumbnail_mime_type',
      'sizes_thumbnail_filesize',
      'sizes_thumbnail_filename',
    ],
    plan.images.map((image) => {
      const picture = pictures[image.picture]
      const thumb = thumbnailName(image.filename, picture)
      return [
        image.id,
        image.alt,
        image.settingId,
        image.createdAt,
        image.createdAt,
        fileURL(image.filename),
        image.filename,
        'image/jpeg',
        picture.filesize,
        picture.width,
        picture.height,
        fileURL(thumb),
        picture.thumbnail.width,
        picture.thumbnail.height,
        'image/jpeg',
        picture.thumbnail.filesize,
        thumb,
      ]
    }),
  )

  // Case studies start as the setting wrote them; those it shared are waiting for moderation (with the lead's
  // confirmation, as shareCaseStudy records it). The moderation decisions are then taken by the real code.
  const caseStudyBar = progress('case studies', plan.caseStudies.length)
  await insertRows(
    client,
    'case_studies',
    [
      'id',
      'title',
      'summary',
      'body',
      'anonymous',
      'setting_id',
      'author_id',
      'status',
      'shared_at',
      'pupil_confirmation_confirmed_by_id',
      'pupil_confirmation_confirmed_at',
      'published_live',
      'updated_at',
      'created_at',
    ],
    plan.caseStudies.map((c) => [
      c.id,
      c.title,
      c.summary,
      json(writingToRichText(c.body, editor)),
      c.anonymous,
      c.settingId,
      c.authorId,
      c.sharedAt ? 'pending' : 'private',
      c.sharedAt,
      c.sharedAt ? c.leadId : null,
      c.sharedAt,
      false,
      c.sharedAt ?? c.createdAt,
      c.createdAt,
    ]),
    { bar: caseStudyBar, batch: 500 },
  )
  caseStudyBar.done()
  await insertRows(
    client,
    'case_studies_rels',
    ['order', 'parent_id', 'path', 'principles_id', 'media_id'],
    plan.caseStudies.flatMap((c) => [
      ...c.principles.map((p, i) => [i + 1, c.id, 'principles', p, null] as const),
      ...c.images.map((m, i) => [i + 1, c.id, 'images', null, m] as const),
    ]),
  )

  for (const table of ['settings', 'users', 'assessments', 'actions', 'media', 'case_studies']) await resetSequence(client, table)
  // What submit keeps current for the county benchmark, for assessments loaded in bulk.
  await client.query(REBUILD_LATEST_RESULTS)
  await client.query('COMMIT')
}

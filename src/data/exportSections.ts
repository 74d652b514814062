/**
 * What a setting's export holds: one section per kind of record, each written as `<file>.csv` and `<file>.json`,
 * with the columns of its CSV. Every section reads only rows whose `setting` is the exported setting.
 */
import type { CollectionSlug } from 'payload'

import { type Column, field } from './exportFiles'

type Row = Record<string, unknown>

export interface ExportSection {
  /** The file name in the zip, without extension. */
  file: string
  collection: CollectionSlug
  /** Which setting's rows: the field that holds it (`id` for the setting itself). */
  settingField: 'setting' | 'id'
  /** A whitelist of fields where a collection holds more than the setting should get (accounts). */
  select?: Record<string, true>
  /**
   * Read as the system, still filtered by the setting: for images, whose `setting` field a lead may read only once the
   * image is known to be theirs, so Payload refuses it in a query made with the lead's access.
   */
  readAsSystem?: true
  columns: Column<Row>[]
  description: string
}

const stamps = [field('createdAt', 'Created'), field('updatedAt', 'Updated')]

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  {
    file: 'setting',
    collection: 'settings',
    settingField: 'id',
    description: 'The setting’s record on the Hub.',
    columns: [
      field('id'),
      field('name', 'Name'),
      field('urn', 'URN'),
      field('type', 'Type'),
      field('district', 'District'),
      field('awardTrack', 'Award track'),
      field('active', 'Active'),
      ...stamps,
    ],
  },
  {
    file: 'accounts',
    collection: 'users',
    settingField: 'setting',
    description: 'The setting’s accounts: who they are and their role (never passwords or sign-in sessions).',
    select: { name: true, email: true, role: true, active: true, setting: true, createdAt: true, updatedAt: true },
    columns: [field('id'), field('name', 'Name'), field('email', 'Email'), field('role', 'Role'), field('active', 'Active'), ...stamps],
  },
  {
    file: 'assessments',
    collection: 'assessments',
    settingField: 'setting',
    description: 'Self-assessments with their answers, scores and recommendations (answers.csv has one row per answer).',
    columns: [
      field('id'),
      field('title', 'Title'),
      field('status', 'Status'),
      field('phase', 'Phase'),
      field('startedBy', 'Started by (account id)'),
      field('submittedBy', 'Submitted by (account id)'),
      field('submittedAt', 'Submitted'),
      field('results.overall.percentage', 'Overall %'),
      field('results.overall.rag', 'Overall RAG'),
      ...stamps,
    ],
  },
  {
    file: 'actions',
    collection: 'actions',
    settingField: 'setting',
    description: 'The action plan.',
    columns: [
      field('id'),
      field('title', 'Title'),
      field('status', 'Status'),
      field('owner', 'Owner'),
      field('dueDate', 'Due'),
      field('assessment', 'Assessment id'),
      field('recommendation', 'Recommendation id'),
      field('notes', 'Notes'),
      ...stamps,
    ],
  },
  {
    file: 'case-studies',
    collection: 'case-studies',
    settingField: 'setting',
    description: 'Community Scrapbook case studies (their images are in images/, listed in images.csv).',
    columns: [
      field('id'),
      field('title', 'Title'),
      field('summary', 'Summary'),
      field('status', 'Status'),
      field('anonymous', 'Shown anonymously'),
      field('author', 'Author (account id)'),
      field('images', 'Image ids'),
      field('principles', 'Principle ids'),
      field('sharedAt', 'Shared'),
      field('published.publishedAt', 'Published'),
      field('feedback', 'Moderator’s feedback'),
      ...stamps,
    ],
  },
  {
    file: 'images',
    collection: 'media',
    settingField: 'setting',
    readAsSystem: true,
    description: 'The setting’s images (the files are in images/).',
    columns: [
      field('id'),
      field('filename', 'File'),
      field('alt', 'Alternative text'),
      field('mimeType', 'Type'),
      field('filesize', 'Bytes'),
      field('public', 'Public'),
      ...stamps,
    ],
  },
  {
    file: 'staff-members',
    collection: 'staff-members',
    settingField: 'setting',
    description: 'The staff list for training.',
    columns: [
      field('id'),
      field('name', 'Name'),
      field('jobRole', 'Job role'),
      field('email', 'Email'),
      field('active', 'Active'),
      field('champion', 'Compassionate Champion'),
      field('championSince', 'Champion since'),
      field('sessionsAttended', 'Sessions attended'),
      ...stamps,
    ],
  },
  {
    file: 'bookings',
    collection: 'attendances',
    settingField: 'setting',
    description: 'Bookings on training sessions and what the register says of each.',
    columns: [
      field('id'),
      field('staffMember', 'Staff member id'),
      field('session', 'Session id'),
      field('sessionTitle', 'Session'),
      field('sessionStartsAt', 'Session starts'),
      field('status', 'Status'),
      field('bookedAt', 'Booked'),
      field('statusChangedAt', 'Status changed'),
      field('markedAt', 'Register marked'),
      ...stamps,
    ],
  },
  {
    file: 'awards',
    collection: 'awards',
    settingField: 'setting',
    description: 'The award, one row per cycle, with its checklist in awards.json.',
    columns: [
      field('id'),
      field('track', 'Track'),
      field('cycle', 'Cycle'),
      field('status', 'Status'),
      field('percentComplete', '% complete'),
      field('achievedAt', 'Achieved'),
      field('expiresAt', 'Expires'),
      field('certificateNumber', 'Certificate number'),
      ...stamps,
    ],
  },
]

/** The answers of the setting's assessments, one row each (from the assessments section's records). */
export const ANSWER_COLUMNS: Column<Row>[] = [
  field('assessment', 'Assessment id'),
  field('question', 'Question id'),
  field('value', 'Answer'),
  field('evidence', 'Evidence note'),
]

export const answerRows = (assessment: Row): Row[] =>
  ((assessment.answers as Row[] | undefined) ?? []).map((a) => ({ assessment: assessment.id, question: a.question, value: a.value, evidence: a.evidence }))

/** The zip's README.txt: what each file is. */
export const readmeText = (settingName: string, at: Date): string =>
  [
    `The data of ${settingName} on the Compassionate Schools Hub, exported ${at.toISOString()}.`,
    '',
    'Each kind of record is given twice: as CSV (for spreadsheets) and as JSON (everything the Hub holds, for other systems).',
    '',
    ...EXPORT_SECTIONS.map((s) => `${s.file}.csv / ${s.file}.json: ${s.description}`),
    'answers.csv: one row per answer of every self-assessment.',
    'images/: the image files, named <image id>-<file name>.',
    '',
  ].join('\r\n')

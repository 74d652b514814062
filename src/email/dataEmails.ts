/** The emails of a setting's own data: its export is ready (to the lead who asked), an erasure was done (to the service). */
import { serverURL } from '@/config/env'
import type { ErasureCounts } from '@/data/personalData'

import { renderHtml, renderText, type EmailContent } from './layout'

const email = (subject: string, content: EmailContent) => ({ subject, html: renderHtml(content), text: renderText(content) })

const time = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })

export const DATA_PAGE_PATH = '/accounts/data'

export const dataExportReadyEmail = (a: { settingName: string; expiresAt: string }) =>
  email(`The data of ${a.settingName} is ready to download`, {
    paragraphs: [
      `The export of ${a.settingName}’s data you asked for is ready: a zip of CSV and JSON files, with your setting’s images.`,
      `Sign in and download it from your setting’s data page before ${time(a.expiresAt)}. It can be downloaded once, by you only; after that, ask for a new one.`,
      'It holds your colleagues’ names and email addresses: keep it somewhere safe and delete it when you no longer need it.',
    ],
    action: { label: 'Go to your setting’s data', url: `${serverURL}${DATA_PAGE_PATH}` },
  })

const COUNT_LABELS: Record<keyof ErasureCounts, string> = {
  accountsRemoved: 'accounts removed',
  sessionsEnded: 'sign-in sessions ended',
  staffMembersAnonymised: 'staff members anonymised',
  caseStudiesUnlinked: 'case studies unlinked from their authors',
  assessmentsUnlinked: 'self-assessments unlinked from who started or submitted them',
  actionOwnersCleared: 'action owners cleared',
  attendancesUnlinked: 'bookings unlinked from who made or changed them',
  exportsRemoved: 'data exports removed',
  emailsCancelled: 'unsent emails cancelled',
  joinRequestsAnonymised: 'join requests anonymised',
}

export const erasureCountLines = (counts: ErasureCounts): string[] =>
  (Object.keys(COUNT_LABELS) as (keyof ErasureCounts)[]).map((k) => `${counts[k]} ${COUNT_LABELS[k]}`)

export const settingErasedEmail = (a: { settingName: string; erasedByName: string; erasedAt: string; counts: ErasureCounts }) =>
  email(`Personal data of ${a.settingName} erased`, {
    paragraphs: [
      `${a.erasedByName} erased the personal data of ${a.settingName} on ${time(a.erasedAt)}.`,
      ...erasureCountLines(a.counts),
      'Its results (self-assessments’ answers and scores, training and award figures) are kept without names for the county figures. The erasure log in the admin panel records it.',
    ],
    action: { label: 'Open the erasure log', url: `${serverURL}/admin/collections/erasure-log` },
  })

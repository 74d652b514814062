/** The life of a data export, in one place for the collection, the job and the portal page. */

import { labelOf } from '@/config/options'

export const EXPORT_STATUSES = [
  { value: 'queued', label: 'Queued' },
  { value: 'running', label: 'Being prepared' },
  { value: 'ready', label: 'Ready to download' },
  { value: 'downloaded', label: 'Downloaded' },
  { value: 'expired', label: 'Expired' },
  { value: 'failed', label: 'Failed' },
] as const

export type ExportStatus = (typeof EXPORT_STATUSES)[number]['value']

/** States in which an export is still being made: a lead asking again gets the same one. */
export const IN_PROGRESS: readonly ExportStatus[] = ['queued', 'running']

/** How long a ready export can be downloaded. */
export const EXPORT_LIFETIME_MS = 24 * 60 * 60 * 1000

export const exportStatusLabel = (status: string | null | undefined): string => labelOf(EXPORT_STATUSES, status, 'Unknown')

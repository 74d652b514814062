/**
 * The shape of a setting's export, as pure functions: the zip's name, each image's name inside it, and how a record
 * becomes a CSV row (relationships as ids, lists joined, dates as ISO text, formulas neutralised) and stays
 * free of secrets.
 */
import { stringify } from 'csv-stringify/sync'

import { neutralise } from '@/assessment/report/answersCsv'

/** Fields that are never exported, whatever a collection holds: how accounts sign in, not who they are. */
const SECRET = /^(hash|salt|password|sessions|resetPassword.*|.*token.*|loginAttempts|lockUntil|_verified|_verificationToken|fileLocation|tokenHash|.*Hash)$/i

export const isSecretField = (name: string): boolean => SECRET.test(name)

/** A copy of `record` without secret fields, at any depth. */
export function withoutSecrets<T>(record: T): T {
  if (Array.isArray(record)) return record.map((r) => withoutSecrets(r)) as T
  if (!record || typeof record !== 'object' || record instanceof Date) return record
  return Object.fromEntries(
    Object.entries(record as Record<string, unknown>)
      .filter(([key]) => !isSecretField(key))
      .map(([key, value]) => [key, withoutSecrets(value)]),
  ) as T
}

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'setting'

/** The zip's name as the lead sees it: `brookside-primary-school-data-2026-11-28.zip`. */
export const exportZipName = (settingName: string, at: Date | string): string => `${slug(settingName)}-data-${new Date(at).toISOString().slice(0, 10)}.zip`

/** An image inside the zip: `images/<id>-<its file name>`, a name no path trick can lead outside the folder. */
export const imageEntryName = (id: number | string, filename: string | null | undefined): string => {
  const safe = String(filename ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^\.+/, '')
  return `images/${id}-${safe || 'image'}`
}

/** A record's value as one CSV cell. */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? value : ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return neutralise(value.map((v) => String(csvCell(v))).join('; '))
  if (typeof value === 'object') {
    const id = (value as { id?: unknown }).id
    return id !== undefined && id !== null ? csvCell(id) : neutralise(JSON.stringify(value))
  }
  return neutralise(String(value))
}

export interface Column<T = Record<string, unknown>> {
  header: string
  value: (row: T) => unknown
}

/** A column reading one field (a dotted path reads into groups). */
export const field = <T = Record<string, unknown>>(path: string, header = path): Column<T> => ({
  header,
  value: (row) => path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), row),
})

/** The header line (with the BOM spreadsheets need to read UTF-8). */
export const csvHeader = (columns: Column<never>[]): string => stringify([columns.map((c) => c.header)], { bom: true, record_delimiter: 'windows' })

/** Rows of records, without the header. Secret fields cannot be reached: the record is cleaned first. */
export const csvRows = <T>(columns: Column<T>[], rows: T[]): string =>
  rows.length
    ? stringify(
        rows.map((row) => columns.map((c) => csvCell(c.value(withoutSecrets(row))))),
        { record_delimiter: 'windows' },
      )
    : ''

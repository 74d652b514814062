/**
 * The service's erasure of a setting's personal data (src/data/personalData.ts says what and how), in one
 * transaction with the setting's row locked: accounts removed (their sessions with them), staff anonymised, people
 * unlinked from the setting's records, exports and unsent emails removed; logged and emailed to the service inbox in
 * the same transaction. Results and counts stay as they were, so the county figures do not move.
 */
import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { hasRole } from '@/access'
import { inTransaction } from '@/db/inTransaction'
import { lockRow, transactionDb } from '@/db/lockRow'
import { settingErasedEmail } from '@/email/dataEmails'
import { queueEmail } from '@/email/queueEmail'
import { serviceInbox } from '@/email/recipients'
import { SEND_EMAIL_TASK } from '@/email/sendEmailTask'
import type { ErasureLog, User } from '@/payload-types'

import { removeExportFile, SETTING_DATA_EXPORT_TASK } from './exportSetting'
import { ANONYMOUS_STAFF_PREFIX, ERASED_CONTACT, type ErasureCounts, confirmsSettingName } from './personalData'

type Row = Record<string, unknown>

const count = (result: { rows: unknown[]; rowCount?: number | null }): number => Number(result.rowCount ?? result.rows.length)

export async function eraseSettingPersonalData(req: PayloadRequest, settingId: number, confirmation: unknown): Promise<ErasureLog> {
  if (!hasRole(req, 'service-admin')) throw new APIError('Only a service administrator can erase a setting’s personal data.', 403, undefined, true)
  const admin = req.user as User
  const files: string[] = []
  const log = await inTransaction(req, async () => {
    const setting = await req.payload.findByID({ collection: 'settings', id: settingId, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!setting) throw new APIError('There is no such setting.', 404, undefined, true)
    if (!confirmsSettingName(confirmation, setting.name)) {
      throw new APIError(`Nothing was erased: type the setting’s name, “${setting.name}”, exactly to confirm.`, 400, undefined, true)
    }
    await lockRow(req, 'settings', settingId)
    const db = await transactionDb(req)
    const s = settingId
    // The requests that brought the setting to the Hub: linked on approval, or naming its URN.
    const joinRequests = sql`(setting_id = ${s} OR (${setting.urn ?? null}::text IS NOT NULL AND urn = ${setting.urn ?? null}::text))`
    const { rows: people } = await db.execute(sql`
      SELECT lower(email) AS email FROM users WHERE setting_id = ${s}
      UNION SELECT lower(email) FROM staff_members WHERE setting_id = ${s} AND email IS NOT NULL AND email <> ''
      UNION SELECT lower(email) FROM join_requests WHERE ${joinRequests} AND email NOT LIKE '%@erased.invalid'`)
    const emails = (people as Row[]).map((r) => String(r.email))

    const counts: ErasureCounts = {
      sessionsEnded: count(await db.execute(sql`DELETE FROM users_sessions WHERE _parent_id IN (SELECT id FROM users WHERE setting_id = ${s})`)),
      caseStudiesUnlinked: count(
        await db.execute(sql`
          UPDATE case_studies SET author_id = NULL, pupil_confirmation_confirmed_by_id = NULL
          WHERE setting_id = ${s} AND (author_id IS NOT NULL OR pupil_confirmation_confirmed_by_id IS NOT NULL)`),
      ),
      assessmentsUnlinked: count(
        await db.execute(sql`
          UPDATE assessments SET started_by_id = NULL, submitted_by_id = NULL
          WHERE setting_id = ${s} AND (started_by_id IS NOT NULL OR submitted_by_id IS NOT NULL)`),
      ),
      actionOwnersCleared: count(await db.execute(sql`UPDATE actions SET owner = NULL WHERE setting_id = ${s} AND owner IS NOT NULL AND owner <> ''`)),
      // Only the setting's own people: a service user who cancelled a booking or marked the register is not erased.
      attendancesUnlinked: count(
        await db.execute(sql`
          UPDATE attendances a SET
            booked_by_id = CASE WHEN a.booked_by_id IN (SELECT id FROM users WHERE setting_id = ${s}) THEN NULL ELSE a.booked_by_id END,
            status_changed_by_id = CASE WHEN a.status_changed_by_id IN (SELECT id FROM users WHERE setting_id = ${s}) THEN NULL ELSE a.status_changed_by_id END
          WHERE a.setting_id = ${s}
            AND (a.booked_by_id IN (SELECT id FROM users WHERE setting_id = ${s}) OR a.status_changed_by_id IN (SELECT id FROM users WHERE setting_id = ${s}))`),
      ),
      // The rows stay (staff trained and champions still count), named only by a number within the setting.
      staffMembersAnonymised: count(
        await db.execute(sql`
          UPDATE staff_members m SET name = ${ANONYMOUS_STAFF_PREFIX} || n.number, job_role = NULL, email = NULL
          FROM (SELECT id, row_number() OVER (ORDER BY id) AS number FROM staff_members WHERE setting_id = ${s}) n
          WHERE m.id = n.id`),
      ),
      joinRequestsAnonymised: count(
        await db.execute(sql`
          UPDATE join_requests SET contact_name = ${ERASED_CONTACT}, job_title = ${ERASED_CONTACT},
            email = 'erased-' || id || '@erased.invalid', message = NULL
          WHERE ${joinRequests} AND email NOT LIKE '%@erased.invalid'`),
      ),
      exportsRemoved: 0,
      emailsCancelled: 0,
      accountsRemoved: 0,
    }
    const { rows: exports } = await db.execute(sql`DELETE FROM data_exports WHERE setting_id = ${s} RETURNING id, file_location`)
    counts.exportsRemoved = exports.length
    files.push(...(exports as Row[]).map((r) => String(r.file_location ?? '')).filter(Boolean))
    const exportIds = (exports as Row[]).map((r) => String(r.id))
    // Emails not yet sent to the setting's people (their names and addresses are in them), and export jobs.
    counts.emailsCancelled = emails.length
      ? count(
          await db.execute(sql`
            DELETE FROM payload_jobs WHERE task_slug = ${SEND_EMAIL_TASK} AND completed_at IS NULL
              AND EXISTS (SELECT 1 FROM unnest(ARRAY[${sql.join(
                emails.map((e) => sql`${e}`),
                sql`, `,
              )}]::text[]) AS e(address)
                          WHERE position(e.address IN lower(payload_jobs.input->>'to')) > 0)`),
        )
      : 0
    if (exportIds.length)
      await db.execute(sql`
        DELETE FROM payload_jobs WHERE task_slug = ${SETTING_DATA_EXPORT_TASK} AND completed_at IS NULL
          AND input->>'export' = ANY(ARRAY[${sql.join(
            exportIds.map((id) => sql`${id}`),
            sql`, `,
          )}]::text[])`)
    counts.accountsRemoved = count(await db.execute(sql`DELETE FROM users WHERE setting_id = ${s}`))

    const erasedAt = new Date().toISOString()
    const entry = await req.payload.create({
      collection: 'erasure-log',
      data: {
        setting: s,
        settingName: setting.name,
        erasedBy: admin.id,
        erasedByName: admin.name,
        erasedAt,
        counts: counts as unknown as Record<string, number>,
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
    const inbox = await serviceInbox(req)
    if (inbox) await queueEmail(req, { to: inbox, ...settingErasedEmail({ settingName: setting.name, erasedByName: admin.name, erasedAt, counts }) })
    return entry
  })
  for (const file of files) await removeExportFile(file)
  return log
}

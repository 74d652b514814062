/**
 * The reminder 2 days before each session: a scheduled job (hourly) that claims each booking's reminder with one
 * conditional UPDATE before queueing its email in the same transaction. A second run, even at the same moment,
 * claims nothing already claimed: every booking is reminded once.
 */
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, TaskConfig } from 'payload'

import { inTransaction } from '@/db/inTransaction'
import { transactionDb } from '@/db/lockRow'

import { remindBooking } from './bookingHooks'

export const TRAINING_REMINDERS_TASK = 'training-reminders'
export const REMINDER_HOURS_BEFORE = 48

/** Claims and queues the reminders now due; returns how many were sent. */
export async function sendDueReminders(req: PayloadRequest, now: Date = new Date()): Promise<number> {
  return inTransaction(req, async () => {
    const db = await transactionDb(req)
    const { rows } = await db.execute(sql`
      UPDATE attendances a SET reminder_sent_at = ${now.toISOString()}
      FROM training_sessions s
      WHERE a.session_id = s.id AND a.status = 'booked' AND a.reminder_sent_at IS NULL AND s.status = 'scheduled'
        AND s.starts_at > ${now.toISOString()} AND s.starts_at <= ${new Date(now.getTime() + REMINDER_HOURS_BEFORE * 3600_000).toISOString()}
      RETURNING a.id`)
    for (const row of rows as { id: number }[]) await remindBooking(req, row.id)
    return rows.length
  })
}

export const trainingRemindersTask: TaskConfig<{ input: Record<string, never>; output: { sent: number } }> = {
  slug: TRAINING_REMINDERS_TASK,
  label: 'Send training reminders',
  inputSchema: [],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => ({ output: { sent: await sendDueReminders(req) } }),
}

/**
 * Ending sign-in sessions at once. Payload checks on every request that the token's session still exists on the
 * account (`useSessions`), so removing the sessions signs the account out everywhere, in the same transaction as the
 * change that calls for it: an account deactivated, or its setting deactivated.
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { intArray, transactionDb } from '@/db/lockRow'

/** Signs out every account in `accounts` (ids), or every account of `setting`. */
export async function endSessions(req: PayloadRequest, who: { accounts: (number | string)[] } | { setting: number | string }): Promise<void> {
  const db = await transactionDb(req)
  if ('setting' in who) {
    await db.execute(sql`DELETE FROM users_sessions WHERE _parent_id IN (SELECT id FROM users WHERE setting_id = ${Number(who.setting)})`)
  } else if (who.accounts.length) {
    await db.execute(sql`DELETE FROM users_sessions WHERE _parent_id = ANY(${intArray(who.accounts)})`)
  }
}

export const endSessionsOfDeactivatedAccount: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.active === false && previousDoc?.active !== false) await endSessions(req, { accounts: [doc.id] })
  return doc
}

export const endSessionsOfDeactivatedSetting: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.active === false && previousDoc?.active !== false) await endSessions(req, { setting: doc.id })
  return doc
}

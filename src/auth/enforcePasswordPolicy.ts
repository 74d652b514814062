/** Refuses a weak password wherever one is set: an account created by server code, a change, or a reset (an invitation's acceptance checks it itself). */
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkPassword } from './passwordPolicy'

export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  // A signed-in user creating an account sets no password at all (src/accounts/invitations.ts says so).
  if (operation === 'create' && req.user) return args
  const data = (args as { data?: unknown })?.data as { password?: unknown; email?: string; name?: string } | undefined
  if (!data || data.password === undefined || data.password === null || data.password === '') return args
  const problem = checkPassword(data.password, { email: data.email, name: data.name })
  // A 400 whose message is the policy's own sentence (shown as is by the admin panel and REST clients).
  if (problem) throw new APIError(problem, 400, { errors: [{ path: 'password', message: problem }] }, true)
  return args
}

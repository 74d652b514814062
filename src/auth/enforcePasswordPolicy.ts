/** Refuses a weak password wherever one is set: sign-up by an admin or lead, a change, or a reset. */
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { checkPassword } from './passwordPolicy'

export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: unknown })?.data as { password?: unknown; email?: string; name?: string } | undefined
  if (!data || data.password === undefined || data.password === null || data.password === '') return args
  const problem = checkPassword(data.password, { email: data.email, name: data.name })
  if (problem) {
    throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'password' }] }, req.t)
  }
  return args
}

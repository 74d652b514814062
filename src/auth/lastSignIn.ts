/** Records when an account last signed in (shown to its setting's lead and in the admin panel's users list). */
import type { CollectionAfterLoginHook } from 'payload'

export const recordLastSignIn: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  // Straight to the row: a sign-in is not an edit of the account (no hooks, no updatedAt, no access to ask).
  await req.payload.db.updateOne({ collection: collection.slug, id: user.id, data: { lastSignInAt: new Date().toISOString() }, req, returning: false })
  return user
}

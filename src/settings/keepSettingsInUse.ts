/**
 * A setting with accounts or data is never deleted: deactivating it (`active: false`) is how the service retires a
 * setting, so that its history still counts in county figures and no account is left without a setting.
 */
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** Every collection that belongs to a setting through a top-level `setting` relationship, found from the config. */
function settingOwnedCollections(config: { collections: { slug: string; fields: unknown[]; labels?: { plural?: unknown } }[] }) {
  return config.collections.filter((c) =>
    c.fields.some((f) => {
      const field = f as { name?: string; type?: string; relationTo?: unknown }
      return field.name === 'setting' && field.type === 'relationship' && field.relationTo === 'settings'
    }),
  )
}

export const keepSettingsInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const uses: string[] = []
  for (const collection of settingOwnedCollections(req.payload.config)) {
    const { totalDocs } = await req.payload.count({ collection: collection.slug as never, where: { setting: { equals: id } }, req, overrideAccess: true })
    if (totalDocs > 0) {
      const label = typeof collection.labels?.plural === 'string' ? collection.labels.plural.toLowerCase() : collection.slug
      uses.push(`${totalDocs} ${label}`)
    }
  }
  if (uses.length) {
    throw new APIError(
      `This setting has ${uses.join(', ')}, so it cannot be deleted. Deactivate it instead (untick “Active”): its users are signed out and cannot sign in, and its results still count in county figures.`,
      409,
      undefined,
      true,
    )
  }
}

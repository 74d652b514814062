/** Where to go after signing in: only a known portal path may follow, never another site (an open redirect). */

/**
 * The portal's sections: the folders of src/app/(site)/(portal)/ (a unit test keeps this list and the folders
 * in step, so a new section must be added here to be returned to).
 */
export const PORTAL_SECTIONS = ['accounts', 'actions', 'assessment', 'award', 'dashboard', 'progress', 'scrapbook', 'training'] as const

const MAX_LENGTH = 512

// Segments are ids and names: letters, digits, `-` and `_`. No dots (`/./`, `..`), no `%`, no `\`, no spaces.
const PATH = new RegExp(`^/(?:${PORTAL_SECTIONS.join('|')})(?:/[A-Za-z0-9_-]+)*/?$`)

// A query of name=value pairs. Values may be percent-encoded, except for the bytes that could change where the
// path leads or hide another layer of encoding: `/` (%2F), `\` (%5C), `%` (%25) and control characters.
const NAME = '[A-Za-z0-9_-]+'
const VALUE_CHAR = '(?:[A-Za-z0-9_.~+-]|%(?!2[fF5]|5[cC]|[01][0-9A-Fa-f]|7[fF])[0-9A-Fa-f]{2})'
const QUERY = new RegExp(`^${NAME}=${VALUE_CHAR}*(?:&${NAME}=${VALUE_CHAR}*)*$`)

const ORIGIN = 'https://hub.invalid'

export function safeReturnPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return fallback
  const mark = value.indexOf('?')
  const path = mark === -1 ? value : value.slice(0, mark)
  const query = mark === -1 ? null : value.slice(mark + 1)
  if (!PATH.test(path) || (query !== null && !QUERY.test(query))) return fallback
  // Belt and braces: as a browser resolves it, the value stays on this origin and means itself.
  const resolved = new URL(value, ORIGIN)
  if (resolved.origin !== ORIGIN || `${resolved.pathname}${resolved.search}` !== value) return fallback
  return value
}

/** The sign-in page, returning to `returnTo` afterwards when that is a portal path. */
export const signInPath = (returnTo: string): string => `/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`

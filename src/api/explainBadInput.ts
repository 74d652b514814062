/**
 * The last line of defence for input the checks before a query missed: errors that can only come from a malformed
 * request (a PostgreSQL data exception, unreadable JSON, an unreadable upload) explained as a 400 in plain words.
 * Anything else stays the 500 it is, because then the fault is the Hub's.
 */

export interface Explanation {
  status: 400
  message: string
}

/** SQLSTATE → what the person should know. Class 22 is "data exception": the value, not the Hub, was wrong. */
const SQLSTATE_MESSAGES: Record<string, string> = {
  '22P02': 'A value in the request is not of the right kind, for example text where a number or an id belongs.',
  '22003': 'A number in the request is too large: ids and whole numbers go up to 2147483647.',
  '22021': 'The request contains a character that cannot be stored, such as a NUL byte. Remove it and try again.',
  '22001': 'A value in the request is too long.',
  '22007': 'A date in the request is not a valid date.',
  '22008': 'A date in the request is out of range.',
  '2201W': 'The limit of the request is out of range.',
  '2201X': 'The page of the request is out of range.',
  '22019': 'A search in the request uses a backslash in a way that cannot be read.',
  '22025': 'A search in the request uses a backslash in a way that cannot be read.',
  '42883': 'A condition in the request compares a field in a way that field does not support, for example a text search on a number or on rich text.',
  '42804': 'A condition in the request compares a field with a value of the wrong kind.',
  '42846': 'A condition in the request compares a field with a value of the wrong kind.',
  '54000': 'A value in the request is too large to be used.',
}
const DATA_EXCEPTION = 'A value in the request cannot be used: check that ids, numbers and dates are written correctly.'

/** The messages of busboy, which reads multipart uploads, when the form itself is broken. */
const UNREADABLE_UPLOAD = [
  /^Malformed part header$/,
  /^Unexpected end of (form|file)$/,
  /^Malformed urlencoded form$/,
  /^Multipart: Boundary not found$/,
  /^Malformed content type$/,
  /^Missing Content-Type$/,
  /^Unsupported content type/,
]
const UPLOAD_MESSAGE =
  'The upload could not be read. Send the form as multipart/form-data, and check that the file name has no control characters (such as a NUL byte or a line break).'

interface ErrorLike {
  name?: unknown
  message?: unknown
  code?: unknown
  cause?: unknown
  originalError?: unknown
}

/** The error and everything it wraps (drizzle's `cause`, GraphQL's `originalError`). */
function* chain(error: unknown): Generator<ErrorLike> {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const e = current as ErrorLike
    yield e
    current = e.originalError ?? e.cause
  }
}

export function explainBadInput(error: unknown): Explanation | null {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : ''
    if (/^[0-9A-Z]{5}$/.test(code)) {
      if (SQLSTATE_MESSAGES[code]) return { status: 400, message: SQLSTATE_MESSAGES[code] }
      if (code.startsWith('22')) return { status: 400, message: DATA_EXCEPTION }
    }
    const message = typeof e.message === 'string' ? e.message : ''
    if (e.name === 'SyntaxError' && /JSON/.test(message)) {
      return { status: 400, message: 'Part of the request is not valid JSON (the body, or the where or data parameter). Check the quotes and brackets.' }
    }
    if (UNREADABLE_UPLOAD.some((pattern) => pattern.test(message))) return { status: 400, message: UPLOAD_MESSAGE }
  }
  return null
}

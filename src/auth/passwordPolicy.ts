/** The rule every new password must meet: long enough, not a common or guessable one, not the user's own name or email. */
import { COMMON_PASSWORDS } from './common-passwords'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz']

/** Strip the digits and symbols people bolt on to a word ("Password123!" → "password"). */
const core = (password: string): string => password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '')

const isRun = (s: string): boolean =>
  s.length >= 4 &&
  KEYBOARD_ROWS.some((row) => {
    const wrapped = row + row
    return wrapped.includes(s) || [...wrapped].reverse().join('').includes(s)
  })

/** Returns a message saying what is wrong with the password, or null when it is acceptable. */
export function checkPassword(password: unknown, who: { email?: string | null; name?: string | null } = {}): string | null {
  if (typeof password !== 'string' || password.length === 0) return 'Enter a password.'
  if (password.length < MIN_PASSWORD_LENGTH) return `Your password must be at least ${MIN_PASSWORD_LENGTH} characters long.`
  if (password.length > MAX_PASSWORD_LENGTH) return `Your password must be ${MAX_PASSWORD_LENGTH} characters or fewer.`

  const lower = password.toLowerCase()
  if (new Set(lower).size <= 2) return 'Your password repeats the same characters. Choose a password that is harder to guess.'
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(core(password)) || isRun(lower) || isRun(lower.replace(/[^a-z0-9]/g, ''))) {
    return 'This password is too common. Choose a password that is harder to guess, for example three random words.'
  }

  const emailName = who.email?.split('@')[0]?.toLowerCase()
  if (emailName && emailName.length >= 4 && lower.includes(emailName)) {
    return 'Your password must not contain your email address.'
  }
  const names = (who.name ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 4)
  if (names.some((part) => lower.includes(part))) return 'Your password must not contain your name.'
  return null
}

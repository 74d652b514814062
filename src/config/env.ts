/** The Hub's runtime settings, read once from the environment, with the production safety checks. */

const DEFAULT_SECRETS = new Set(['', 'secret', 'changeme', 'change-me', 'YOUR_SECRET_HERE', 'replace-me'])

export const isProduction = process.env.NODE_ENV === 'production'

export const port = Number(process.env.PORT || 3000)

/** The public origin of the Hub, used for links in emails, CSRF checks and cookies. */
export const serverURL = (process.env.SERVER_URL || `http://localhost:${port}`).replace(/\/+$/, '')

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/** True when the Hub is served from this machine only (a demo or a test run), never for a real deployment. */
export const servedFromLoopback = loopbackHosts.has(new URL(serverURL).hostname)

/** Cookies travel over HTTPS only, except for a loopback demo over plain HTTP. */
export const secureCookies = serverURL.startsWith('https:') || (isProduction && !servedFromLoopback)

/** The signing secret, refused in production when missing, short or a well-known default. */
export function validateSecret(secret: string, production: boolean): string {
  if (production && (DEFAULT_SECRETS.has(secret) || secret.length < 32)) {
    throw new Error(
      'PAYLOAD_SECRET is missing, too short or a default value. In production set PAYLOAD_SECRET to a random string of at least 32 characters (for example: openssl rand -hex 32).',
    )
  }
  if (!secret) {
    throw new Error('PAYLOAD_SECRET is not set. Start the Hub with `npm start`, which generates one in .data/, or set it yourself.')
  }
  return secret
}

export const payloadSecret = (): string => validateSecret(process.env.PAYLOAD_SECRET ?? '', isProduction)

export const databaseURL = process.env.DATABASE_URL || ''

export const mailFrom = process.env.MAIL_FROM || 'Compassionate Schools Hub <hub@service.example.org>'

export const smtpURL = process.env.SMTP_URL || ''

/** Where email is written as .eml files when no SMTP server is configured. */
export const mailDir = process.env.MAIL_DIR || '.data/mail'

/** Jobs (queued email) run inside the app unless a dedicated worker runs them (JOBS_AUTORUN=false). */
export const jobsAutoRun = process.env.JOBS_AUTORUN !== 'false'

/** Where uploaded files are stored on disk (S3-compatible storage in a scaled deployment: see the README). */
export const mediaDir = process.env.MEDIA_DIR || 'media'

/** Where the service receives notifications until a service admin sets an address in Hub options. */
export const serviceInboxFallback = process.env.SERVICE_INBOX || ''

/** A whole number from the environment, or the default; anything else stops the Hub with a message that says which. */
export function wholeNumber(name: string, fallback: number, { min = 0 } = {}): number {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (it is "${raw}").`)
  return value
}

/**
 * How many proxies (load balancers) in front of the Hub append the client's address to X-Forwarded-For. 0: clients
 * connect directly and the header is never believed. `true` counts as one proxy.
 */
export const trustedProxies = process.env.TRUST_PROXY?.trim() === 'true' ? 1 : process.env.TRUST_PROXY?.trim() === 'false' ? 0 : wholeNumber('TRUST_PROXY', 0)

/**
 * Limits on sign-in, forgotten-password, certificate-number and join requests (src/auth/requestLimits.ts). Failed sign-ins are counted per
 * network generously (a school's staff share one address) and per network and account strictly.
 */
export const requestLimits = {
  signInFailuresPerNetwork: wholeNumber('SIGN_IN_FAILURES_PER_NETWORK', 100, { min: 1 }),
  signInFailuresPerAccount: wholeNumber('SIGN_IN_FAILURES_PER_ACCOUNT', 10, { min: 1 }),
  signInWindowMinutes: wholeNumber('SIGN_IN_WINDOW_MINUTES', 15, { min: 1 }),
  resetRequestsPerNetwork: wholeNumber('RESET_REQUESTS_PER_NETWORK', 30, { min: 1 }),
  resetRequestsPerEmail: wholeNumber('RESET_REQUESTS_PER_EMAIL', 5, { min: 1 }),
  resetWindowMinutes: wholeNumber('RESET_WINDOW_MINUTES', 60, { min: 1 }),
  certificateLookupsPerNetwork: wholeNumber('CERTIFICATE_LOOKUPS_PER_NETWORK', 30, { min: 1 }),
  certificateLookupWindowMinutes: wholeNumber('CERTIFICATE_LOOKUP_WINDOW_MINUTES', 15, { min: 1 }),
  joinRequestsPerNetwork: wholeNumber('JOIN_REQUESTS_PER_NETWORK', 10, { min: 1 }),
  joinRequestWindowMinutes: wholeNumber('JOIN_REQUEST_WINDOW_MINUTES', 60, { min: 1 }),
}

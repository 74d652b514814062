/** Where to go after signing in: only a local portal path may follow, never another site (an open redirect). */
export function safeReturnPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  if (value.startsWith('/api') || value.startsWith('/admin')) return fallback
  return value
}

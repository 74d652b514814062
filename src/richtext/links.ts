/** Which links the Hub lets a person follow: absolute web (http, https) or email (mailto) addresses, nothing else. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** True for a safe link (the URL parser strips the tabs and newlines browsers ignore, so `java\tscript:` is caught). */
export function isSafeLink(url: unknown): url is string {
  if (typeof url !== 'string' || !url.trim()) return false
  try {
    return SAFE_PROTOCOLS.has(new URL(url.trim()).protocol)
  } catch {
    return false
  }
}

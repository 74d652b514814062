/** The largest body a portal form may post (an image at the upload limit, with its fields), and the clear 413 for more. */
// Relative, not '@/…': next.config.ts imports this module, and the config is compiled without the project's aliases.
import { MAX_UPLOAD_BYTES } from '../uploads/imagePolicy'

/**
 * Next.js reads a server action's body up to `serverActions.bodySizeLimit` (1 MB unless set) and answers a larger
 * one with a 500 — so a case study of a megabyte, or an image of 2 MB, failed as a fault. next.config.ts raises the
 * limit to this, and the proxy refuses anything larger before Next reads it.
 */
export const FORM_BODY_MAX_BYTES = MAX_UPLOAD_BYTES + 256 * 1024

/** A POST to a page (where server actions post) that declares a body over the limit. API routes have their own. */
export function formBodyTooLarge(method: string, pathname: string, contentLength: string | null): boolean {
  if (method !== 'POST' || pathname.startsWith('/api/') || contentLength === null) return false
  const bytes = Number(contentLength)
  return Number.isFinite(bytes) && bytes > FORM_BODY_MAX_BYTES
}

export const FORM_TOO_LARGE_MESSAGE = `What you sent is too large: a form may send at most ${Math.floor(FORM_BODY_MAX_BYTES / (1024 * 1024))} MB, including any image. Go back, make it shorter or choose a smaller image, and send it again.`

/** A plain page for the 413: the site's layout is not rendered for a request that was never read. */
export const formTooLargePage = (): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too large to send · Compassionate Schools Hub</title></head><body><main><h1>Too large to send</h1><p>${FORM_TOO_LARGE_MESSAGE}</p></main></body></html>`

/** One plain, accessible layout for every email the Hub sends, with a text alternative. */

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

export interface EmailContent {
  /** Paragraphs of plain text; a paragraph that is a URL is shown as a link. */
  paragraphs: string[]
  action?: { label: string; url: string }
  /** Why the person is receiving it, when it is not because they have an account (a join request, for example). */
  reason?: string
}

const ACCOUNT_REASON = 'You received this email because you have an account on the Compassionate Schools Hub.'

export function renderHtml({ paragraphs, action, reason = ACCOUNT_REASON }: EmailContent): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('')
  const button = action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(action.url)}" style="color:#1d70b8;font-weight:bold">${escapeHtml(action.label)}</a></p>`
    : ''
  return `<!doctype html><html lang="en"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:640px">
<p style="margin:0 0 24px;font-weight:bold">Compassionate Schools Hub</p>${body}${button}
<p style="margin:24px 0 0;color:#505a5f;font-size:14px">${escapeHtml(reason)}</p>
</body></html>`
}

export function renderText({ paragraphs, action }: EmailContent): string {
  return [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : [])].join('\n\n')
}

/** The wording of each email the Hub sends. */
import { serverURL } from '@/config/env'

import { renderHtml, renderText } from './layout'

export const resetPasswordURL = (token: string): string => `${serverURL}/reset-password?token=${encodeURIComponent(token)}`

export const passwordResetEmail = {
  subject: 'Reset your Compassionate Schools Hub password',
  content: ({ token, name }: { token: string; name?: string | null }) => ({
    paragraphs: [
      `Hello${name ? ` ${name}` : ''},`,
      'Someone asked to reset the password for your Compassionate Schools Hub account. If it was you, use the link below within the next hour to choose a new password.',
      'If you did not ask for this, you can ignore this email: your password has not changed.',
    ],
    action: { label: 'Choose a new password', url: resetPasswordURL(token) },
  }),
  html(args: { token: string; name?: string | null }): string {
    return renderHtml(this.content(args))
  },
  text(args: { token: string; name?: string | null }): string {
    return renderText(this.content(args))
  },
}

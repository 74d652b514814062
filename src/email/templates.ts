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

export const assessmentSubmittedEmail = (args: { settingName: string; submittedBy: string; overall: number | null; reportURL: string }) => {
  const content = {
    paragraphs: [
      `${args.submittedBy} has submitted ${args.settingName}’s self-assessment on the Compassionate Schools Hub.`,
      args.overall === null
        ? 'The report is ready.'
        : `The overall score is ${args.overall}%. The report shows the score for each principle, what changed since last time and the recommendations for your setting.`,
      'You can print the report, download it as a PDF, and turn its recommendations into your action plan.',
    ],
    action: { label: 'Read the report', url: args.reportURL },
  }
  return { subject: `Self-assessment submitted: ${args.settingName}`, html: renderHtml(content), text: renderText(content) }
}

/** The emails of the Community Scrapbook's moderation. */
import { serverURL } from '@/config/env'

import { renderHtml, renderText, type EmailContent } from './layout'

const email = (subject: string, content: EmailContent) => ({ subject, html: renderHtml(content), text: renderText(content) })

export const caseStudySharedEmail = (args: { title: string; settingName: string; sharedBy: string }) =>
  email(`Case study to moderate: ${args.title}`, {
    paragraphs: [
      `${args.sharedBy} of ${args.settingName} has shared a case study with the Community Scrapbook: “${args.title}”.`,
      'It is waiting in the moderation queue.',
    ],
    action: { label: 'Open the moderation queue', url: `${serverURL}/admin/moderation` },
  })

const OUTCOME = {
  approved: { subject: 'Your case study is published', line: 'has been approved and is now in the Community Scrapbook. Thank you for sharing what works.' },
  'changes-requested': {
    subject: 'Changes requested to your case study',
    line: 'needs some changes before it can be published. The moderator’s feedback is below.',
  },
  rejected: { subject: 'Your case study was not published', line: 'has not been published in the Community Scrapbook. The moderator’s reason is below.' },
} as const

export const caseStudyDecisionEmail = (args: { title: string; decision: keyof typeof OUTCOME; feedback: string; id: number }) =>
  email(`${OUTCOME[args.decision].subject}: ${args.title}`, {
    paragraphs: [`Your case study “${args.title}” ${OUTCOME[args.decision].line}`, ...(args.feedback ? [`Feedback: ${args.feedback}`] : [])],
    // Published: the page the community sees; otherwise the setting's own copy, where the feedback is acted on.
    action:
      args.decision === 'approved'
        ? { label: 'See it in the Community Scrapbook', url: `${serverURL}/community/${args.id}` }
        : { label: 'Open the case study', url: `${serverURL}/scrapbook/${args.id}` },
  })

/** POST /api/case-studies/:id/share, /withdraw and /decide: the only ways a case study's moderation state changes. */
import type { Endpoint } from 'payload'

import { answer, jsonBody } from '@/api/endpointAnswers'
import { routeDocumentId } from '@/api/refuseMalformedRequests'

import { decideCaseStudy, shareCaseStudy, withdrawCaseStudy } from './moderation'

export const caseStudyEndpoints: Endpoint[] = [
  {
    path: '/:id/share',
    method: 'post',
    handler: async (req) => answer(async () => shareCaseStudy(req, routeDocumentId(req), { confirmNoPupilInfo: (await jsonBody(req)).confirmNoPupilInfo })),
  },
  { path: '/:id/withdraw', method: 'post', handler: async (req) => answer(() => withdrawCaseStudy(req, routeDocumentId(req))) },
  {
    path: '/:id/decide',
    method: 'post',
    handler: async (req) =>
      answer(async () => {
        const { decision, feedback } = await jsonBody(req)
        return decideCaseStudy(req, routeDocumentId(req), { decision, feedback })
      }),
  },
]

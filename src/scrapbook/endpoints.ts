/** POST /api/case-studies/:id/share, /withdraw and /decide: the only ways a case study's moderation state changes. */
import type { Endpoint, PayloadRequest } from 'payload'

import { routeDocumentId } from '@/api/refuseMalformedRequests'

import { decideCaseStudy, shareCaseStudy, withdrawCaseStudy } from './moderation'

const body = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** Errors with their data (which field, what is missing) answered as the client needs them. */
const answer = async (work: () => Promise<unknown>): Promise<Response> => {
  try {
    return Response.json({ doc: await work() })
  } catch (error) {
    const e = error as { status?: number; message?: string; data?: unknown }
    if (e.status && e.status >= 400 && e.status < 500) return Response.json({ errors: [{ message: e.message, data: e.data }] }, { status: e.status })
    throw error
  }
}

export const caseStudyEndpoints: Endpoint[] = [
  {
    path: '/:id/share',
    method: 'post',
    handler: async (req) => answer(async () => shareCaseStudy(req, routeDocumentId(req), { confirmNoPupilInfo: (await body(req)).confirmNoPupilInfo })),
  },
  { path: '/:id/withdraw', method: 'post', handler: async (req) => answer(() => withdrawCaseStudy(req, routeDocumentId(req))) },
  {
    path: '/:id/decide',
    method: 'post',
    handler: async (req) =>
      answer(async () => {
        const { decision, feedback } = await body(req)
        return decideCaseStudy(req, routeDocumentId(req), { decision, feedback })
      }),
  },
]

/** POST /api/assessments/:id/submit — the only way an assessment becomes submitted. */
import type { Endpoint } from 'payload'

import { routeDocumentId } from '@/api/refuseMalformedRequests'

import { submitAssessment } from './submitAssessment'

export const submitEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: async (req) => {
    const id = routeDocumentId(req)
    try {
      const { assessment, alreadySubmitted } = await submitAssessment(req, id)
      return Response.json({
        message: alreadySubmitted ? 'This assessment was already submitted.' : 'Assessment submitted.',
        alreadySubmitted,
        doc: assessment,
      })
    } catch (error) {
      // The list of unanswered questions is the useful part of a 422: answer with it here, whatever the error formatter keeps.
      const e = error as { status?: number; message?: string; data?: unknown }
      if (e.status === 422) return Response.json({ errors: [{ message: e.message, data: e.data }] }, { status: 422 })
      throw error
    }
  },
}

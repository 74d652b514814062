/** POST /api/assessments/:id/submit — the only way an assessment becomes submitted. */
import type { Endpoint } from 'payload'

import { submitAssessment } from './submitAssessment'

export const submitEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const { assessment, alreadySubmitted } = await submitAssessment(req, id)
    return Response.json(
      { message: alreadySubmitted ? 'This assessment was already submitted.' : 'Assessment submitted.', alreadySubmitted, doc: assessment },
      { status: 200 },
    )
  },
}

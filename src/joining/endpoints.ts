/** POST /api/join-requests/:id/approve and /decline: the only ways a join request's status changes. */
import type { Endpoint } from 'payload'

import { answer, jsonBody } from '@/api/endpointAnswers'
import { routeDocumentId } from '@/api/refuseMalformedRequests'

import { declineJoinRequest } from './decisions'

export const joinRequestEndpoints: Endpoint[] = [
  {
    path: '/:id/decline',
    method: 'post',
    handler: async (req) => answer(async () => declineJoinRequest(req, routeDocumentId(req), { reason: (await jsonBody(req)).reason })),
  },
]

/**
 * A recommendation as a submitted report froze it, read as the user: the one source for "Add to action plan" (its
 * form's wording, and the check on save). Null for anything that is not one of that report's recommendations.
 */
import type { Payload } from 'payload'

import { parseDocumentId } from '@/api/requestRules'
import type { User } from '@/payload-types'

export interface FrozenRecommendationRef {
  assessment: number
  recommendation: number
  title: string
}

export async function frozenRecommendation(
  payload: Payload,
  user: User,
  assessmentParam: unknown,
  recommendationParam: unknown,
): Promise<FrozenRecommendationRef | null> {
  // Ids the database can hold (a larger number is refused before any query, which disableErrors does not cover).
  const assessment = parseDocumentId(typeof assessmentParam === 'number' ? assessmentParam : String(assessmentParam ?? '')) as number | null
  const recommendation = Number(recommendationParam)
  if (assessment === null || !Number.isInteger(recommendation) || recommendation < 1) return null
  const report = await payload.findByID({
    collection: 'assessments',
    id: assessment,
    depth: 0,
    select: { recommendations: true },
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  const frozen = (report?.recommendations as { id: number; title: string }[] | null | undefined)?.find((r) => r.id === recommendation)
  return frozen ? { assessment, recommendation, title: frozen.title } : null
}

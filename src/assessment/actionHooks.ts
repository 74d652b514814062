/** An action may only point at an assessment (and through it a recommendation) of its own setting. */
import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { idOf, sameId } from '@/access/roles'

export const keepActionLinksInSetting: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const assessmentId = idOf(data.assessment ?? originalDoc?.assessment)
  if (assessmentId === null) return data
  const assessment = await req.payload.findByID({
    collection: 'assessments',
    id: assessmentId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { setting: true },
  })
  if (!assessment || !sameId(assessment.setting, data.setting ?? originalDoc?.setting)) throw new Forbidden(req.t)
  return data
}

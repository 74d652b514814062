/** Images anyone may see: those of case studies whose approved version is live in the Community Scrapbook. */
import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/roles'

export async function publishedImageIds(req: PayloadRequest): Promise<number[]> {
  const live = await req.payload.find({
    collection: 'case-studies',
    where: { 'published.live': { equals: true } },
    select: { published: { images: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set(live.docs.flatMap((d) => (d.published?.images ?? []).map((i) => idOf(i) as number)))]
}

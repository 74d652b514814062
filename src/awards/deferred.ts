/**
 * Award recomputes held back to the end of a write that touches many settings (a register of a session with staff of
 * several settings), then run in setting order: two such writes at once then lock awards in the same order, so they
 * take turns instead of deadlocking, and each setting is recomputed once.
 */
import type { PayloadRequest } from 'payload'

import { recomputeAward } from './recompute'

const HELD = 'awardRecomputesHeld'

/** Recomputes the setting's award now, or at the end of the surrounding `holdingAwardRecomputes`. */
export async function recomputeAwardSoon(req: PayloadRequest, settingId: number): Promise<void> {
  const held = req.context[HELD]
  if (held instanceof Set) held.add(settingId)
  else await recomputeAward(req, settingId)
}

/** Runs `work` (in the request's transaction) and then the award recomputes it asked for, one per setting, in order. */
export async function holdingAwardRecomputes<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const held = new Set<number>()
  req.context[HELD] = held
  let result: T
  try {
    result = await work()
  } finally {
    if (req.context[HELD] === held) delete req.context[HELD]
  }
  for (const id of [...held].sort((a, b) => a - b)) await recomputeAward(req, id)
  return result
}

/**
 * Above the award criteria list: whether the re-check of every setting after a criterion change is still running, and
 * how far it has got (service users only; the list itself is theirs alone to edit).
 */
import type { ServerProps } from 'payload'

import { isServiceRole } from '@/access/roles'
import { awardRecomputeProgress } from '@/awards/recomputeProgress'

export async function AwardRecomputeNotice({ payload, user }: ServerProps) {
  if (!isServiceRole((user as { role?: string } | undefined)?.role)) return null
  const progress = await awardRecomputeProgress(payload)
  return (
    <section className="award-recompute-notice" aria-label="Award checklists" style={{ marginBottom: 'var(--base)' }}>
      <p role="status">
        {progress.queued
          ? `Re-checking every setting’s award checklist after a criterion change: ${Math.min(progress.done, progress.total)} of ${progress.total} settings done.` +
            (progress.queued > 1 ? ` ${progress.queued - 1} more change${progress.queued > 2 ? 's' : ''} queued.` : '') +
            ' Reload to see progress.'
          : 'Every setting’s award checklist is up to date with the published criteria. Publishing a change re-checks every setting of its track in the background.'}
      </p>
    </section>
  )
}

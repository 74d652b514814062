/**
 * After the admin panel's navigation links: "Moderation queue (N waiting)" for service users, counted as the
 * signed-in user; nothing at all for anyone else.
 */
import Link from 'next/link'
import type { ServerProps } from 'payload'

import { MODERATION_PATH, countPending } from './pendingCaseStudies'

export async function ModerationNavLink({ payload, user }: ServerProps) {
  const waiting = await countPending(payload, user)
  if (waiting === null) return null
  const href = `${payload.config.routes.admin}${MODERATION_PATH}`
  return (
    <Link href={href} className="nav__link moderation-nav-link" id="nav-moderation-queue">
      <span className="nav__link-label">Moderation queue ({waiting} waiting)</span>
    </Link>
  )
}

/** The same count at the top of the dashboard, where it is seen even while the navigation is closed. */
export async function ModerationDashboardNotice({ payload, user }: ServerProps) {
  const waiting = await countPending(payload, user)
  if (waiting === null) return null
  return (
    <section className="moderation-notice" aria-label="Community Scrapbook moderation">
      <p>
        <Link href={`${payload.config.routes.admin}${MODERATION_PATH}`}>Moderation queue ({waiting} waiting)</Link>
        {waiting > 0 ? ': case studies shared by settings are waiting for a decision.' : ': nothing is waiting.'}
      </p>
    </section>
  )
}

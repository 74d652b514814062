/**
 * After the admin panel's navigation links, and at the top of the dashboard: "Join requests (N new)" for service
 * users, linking to the list filtered to the new ones; nothing at all for anyone else.
 */
import Link from 'next/link'
import type { ServerProps } from 'payload'

import { countNewJoinRequests, newJoinRequestsPath } from '@/joining/pending'

export async function JoinRequestsNavLink({ payload, user }: ServerProps) {
  const waiting = await countNewJoinRequests(payload, user)
  if (waiting === null) return null
  return (
    <Link href={newJoinRequestsPath(payload.config.routes.admin)} className="nav__link" id="nav-join-requests">
      <span className="nav__link-label">Join requests ({waiting} new)</span>
    </Link>
  )
}

export async function JoinRequestsDashboardNotice({ payload, user }: ServerProps) {
  const waiting = await countNewJoinRequests(payload, user)
  if (waiting === null || waiting === 0) return null
  return (
    <section className="moderation-notice" aria-label="Join requests">
      <p>
        <Link href={newJoinRequestsPath(payload.config.routes.admin)}>Join requests ({waiting} new)</Link>: schools and colleges are waiting to join the Hub.
      </p>
    </section>
  )
}

/**
 * /admin/invite-user: the admin panel's way to create an account. It sends an invitation (the person chooses their own
 * password), so nobody types another person's password; the users list links here. Service admins only.
 */
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '@/access'

import { InviteUserForm } from './InviteUserForm'
import { ServiceAdminPage } from './ServiceAdminPage'

export const INVITE_USER_PATH = '/invite-user'

export async function InviteUserView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${INVITE_USER_PATH}`)}`)
  if (!hasRole(req, 'service-admin')) {
    return (
      <ServiceAdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>You cannot invite users</h1>
        <p>Only the service’s administrators create accounts. Setting leads invite their own colleagues from the Hub.</p>
      </ServiceAdminPage>
    )
  }
  const settings = await payload.find({
    collection: 'settings',
    where: { active: { equals: true } },
    sort: 'name',
    limit: 0,
    depth: 0,
    user,
    overrideAccess: false,
    req,
    select: { name: true, urn: true },
  })
  return (
    <ServiceAdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <p>
        <Link href={`${adminRoute}/collections/users`}>Back to users</Link>
      </p>
      <h1>Invite a user</h1>
      <p>We email them a link to choose their own password. The link works once, for 7 days; you can send a new one from here if it expires.</p>
      <InviteUserForm settings={settings.docs.map((s) => ({ id: s.id, label: `${s.name} (${s.urn})` }))} usersPath={`${adminRoute}/collections/users`} />
    </ServiceAdminPage>
  )
}

/** The users list's link to the invitation form (in place of typing a password on the create form). */
export function InviteUserLink() {
  return (
    <p style={{ margin: '0 0 16px' }}>
      <a href={`/admin${INVITE_USER_PATH}`} className="btn btn--style-primary btn--size-medium">
        Invite a user
      </a>
    </p>
  )
}

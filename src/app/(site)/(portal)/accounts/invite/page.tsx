/** Invite a colleague to the setting (setting leads only). */
import type { Metadata } from 'next'
import Link from 'next/link'

import { requireSettingViewer } from '@/portal/requireViewer'

import { NotAllowed } from '../NotAllowed'
import { InviteForm } from './InviteForm'

export const metadata: Metadata = { title: 'Invite a colleague' }

export default async function InvitePage() {
  const { user, setting } = await requireSettingViewer('/accounts/invite')
  if (user.role !== 'setting-lead') return <NotAllowed />
  return (
    <div className="two-thirds">
      <Link href="/accounts" className="back-link">
        Back to your setting’s accounts
      </Link>
      <span className="caption">{setting.name}</span>
      <h1>Invite a colleague</h1>
      <p>We will email them a link to choose their own password. The link works once, for 7 days.</p>
      <InviteForm />
    </div>
  )
}

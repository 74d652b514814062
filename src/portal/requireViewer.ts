/** Portal pages are for setting users: anonymous visitors go to sign in, service users to the admin panel. */
import { redirect } from 'next/navigation'

import { isServiceRole } from '@/access/roles'

import { currentViewer, type Viewer } from './payload'

export async function requireSettingViewer(returnTo: string): Promise<Viewer & { setting: NonNullable<Viewer['setting']> }> {
  const viewer = await currentViewer()
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`)
  if (isServiceRole(viewer.user.role)) redirect('/admin')
  if (!viewer.setting) redirect('/sign-in?error=no-setting')
  return viewer as Viewer & { setting: NonNullable<Viewer['setting']> }
}

/** Portal pages are for setting users: anonymous visitors go to sign in, service users to the admin panel. */
import { redirect } from 'next/navigation'

import { isServiceRole } from '@/access/roles'

import { currentViewer, type Viewer } from './payload'
import { safeReturnPath, signInPath } from './returnPath'

export async function requireSettingViewer(returnTo: string): Promise<Viewer & { setting: NonNullable<Viewer['setting']> }> {
  const viewer = await currentViewer()
  if (!viewer) redirect(signInPath(returnTo))
  if (isServiceRole(viewer.user.role)) redirect('/admin')
  if (!viewer.setting) redirect('/sign-in?error=no-setting')
  return viewer as Viewer & { setting: NonNullable<Viewer['setting']> }
}

/** Pages and actions only a setting lead may use; anyone else of the setting goes back to `returnTo`. */
export async function requireLeadViewer(returnTo: string): ReturnType<typeof requireSettingViewer> {
  const viewer = await requireSettingViewer(returnTo)
  if (viewer.user.role !== 'setting-lead') redirect(safeReturnPath(returnTo))
  return viewer
}

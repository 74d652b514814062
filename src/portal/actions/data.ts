'use server'
/** The setting's data page's form action: a lead asks for an export of their setting's data. */
import { createLocalReq } from 'payload'
import { redirect } from 'next/navigation'

import { requestExport } from '@/data/dataExports'

import { hubPayload } from '../payload'
import { requireSettingViewer } from '../requireViewer'

export async function requestDataExport(): Promise<void> {
  const { user } = await requireSettingViewer('/accounts/data')
  if (user.role !== 'setting-lead') redirect('/accounts/data')
  const payload = await hubPayload()
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  await requestExport(req, user)
  redirect('/accounts/data?requested=1')
}

/**
 * POST /accounts/data/download (export=<id>): the lead who asked for the export downloads it, once, before it
 * expires. A POST from the page, never a GET link: nothing that prefetches or previews links can use it up, and the
 * browser sends the sign-in cookie (SameSite=Lax) only from the Hub's own page. Any refusal goes back to the page,
 * which says why.
 */
import { Readable } from 'node:stream'

import { NextResponse } from 'next/server'

import { claimExport } from '@/data/dataExports'
import { exportZipName } from '@/data/exportFiles'
import { download } from '@/portal/download'
import { hubPayload, signedInUser } from '@/portal/payload'

export const dynamic = 'force-dynamic'

const back = (request: Request, query = '') => NextResponse.redirect(new URL(`/accounts/data${query}`, request.url), 303)

export async function GET(request: Request) {
  return back(request)
}

export async function POST(request: Request) {
  const user = await signedInUser()
  if (!user) return NextResponse.redirect(new URL('/sign-in?next=/accounts/data', request.url), 303)
  if (user.role !== 'setting-lead') return back(request)
  const form = await request.formData().catch(() => null)
  const id = Number(form?.get('export'))
  if (!Number.isSafeInteger(id) || id <= 0) return back(request, '?problem=not-found')
  const payload = await hubPayload()
  // The file is named after the lead's own setting, read as the lead; read before the claim, which uses the export up.
  const setting = await payload.findByID({
    collection: 'settings',
    id: Number((user.setting as { id?: number })?.id ?? user.setting),
    depth: 0,
    select: { name: true },
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!setting) return back(request, '?problem=not-found')
  const claim = await claimExport(payload, user, id)
  if (!claim.ok) return back(request, `?problem=${claim.reason}`)
  const body = Readable.toWeb(claim.file.createReadStream()) as ReadableStream
  const response = download(body, { type: 'application/zip', name: exportZipName(setting.name, new Date()) })
  if (claim.bytes) response.headers.set('Content-Length', String(claim.bytes))
  return response
}

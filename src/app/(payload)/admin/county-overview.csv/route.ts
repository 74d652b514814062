/** GET /admin/county-overview.csv: the county overview's figures as anonymised CSV, with the page's filters. Service users only. */
import { NextResponse } from 'next/server'

import { mayViewCountyOverview } from '@/admin/CountyOverviewView'
import { countyOverviewCsv } from '@/county/csv'
import { parseFilter } from '@/county/filters'
import { COUNTY_OVERVIEW_PATH, loadCountyOverview } from '@/county/overview'
import { download } from '@/portal/download'
import { hubPayload, signedInUser } from '@/portal/payload'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const payload = await hubPayload()
  const user = await signedInUser()
  const admin = payload.config.routes.admin
  if (!user) return NextResponse.redirect(new URL(`${admin}/login?redirect=${encodeURIComponent(`${admin}${COUNTY_OVERVIEW_PATH}`)}`, request.url), 303)
  if (!mayViewCountyOverview(user))
    return new NextResponse('Only the service’s administrators and trainers may download the county overview.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    })
  const query = Object.fromEntries(new URL(request.url).searchParams)
  const asked = parseFilter(query, null)
  let o = await loadCountyOverview(payload, { filter: asked.filter, user })
  const { filter } = parseFilter(query, o.districts)
  if (filter.district !== o.filter.district) o = await loadCountyOverview(payload, { filter, user })
  return download(countyOverviewCsv(o), { type: 'text/csv; charset=utf-8', name: `county-overview-${o.generatedAt.slice(0, 10)}.csv` })
}

/** The setting's scrapbook: every case study with its moderation status. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { StatusTag } from './StatusTag'

export const metadata: Metadata = { title: 'Scrapbook' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ScrapbookPage({ searchParams }: Props) {
  const query = await searchParams
  const { user, setting } = await requireSettingViewer('/scrapbook')
  const payload = await hubPayload()
  const studies = await payload.find({
    collection: 'case-studies',
    where: { setting: { equals: setting.id } },
    sort: '-updatedAt',
    depth: 0,
    limit: 100,
    user,
    overrideAccess: false,
    select: { title: true, status: true, updatedAt: true, published: { live: true } },
  })
  return (
    <>
      <span className="caption">{setting.name}</span>
      <h1>Scrapbook</h1>
      {query.deleted && (
        <div className="notification notification--success" role="status">
          <p>The case study has been deleted.</p>
        </div>
      )}
      <p className="lead">
        Capture what works in your setting. Case studies are private to your setting until your setting lead shares one with the Community Scrapbook.
      </p>
      <p>
        <Link href="/scrapbook/new" className="button">
          Write a case study
        </Link>
      </p>
      {studies.docs.length === 0 ? (
        <p>Your setting has no case studies yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Case studies</caption>
          <thead>
            <tr>
              <th scope="col">Case study</th>
              <th scope="col">Status</th>
              <th scope="col">Last changed</th>
            </tr>
          </thead>
          <tbody>
            {studies.docs.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/scrapbook/${s.id}`}>{s.title}</Link>
                </td>
                <td>
                  <StatusTag status={s.status} live={!!s.published?.live} />
                </td>
                <td>{formatDate(s.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link href="/community">Read the Community Scrapbook</Link>
      </p>
    </>
  )
}

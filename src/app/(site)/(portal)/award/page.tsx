/**
 * The setting's award: how far it is towards the Compassionate School (or College) Award, the checklist the Hub
 * keeps from its data (met or not, why, and where to act), the certificate once achieved, and past awards.
 */
import type { Metadata } from 'next'
import Link from 'next/link'

import { awardStatusLabel } from '@/awards/criterionKinds'
import { isHubPath } from '@/awards/certificate'
import { loadSettingAward } from '@/awards/settingAward'
import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

export const metadata: Metadata = { title: 'Award' }

const STATUS_TAG: Record<string, string> = { 'in-progress': 'tag--blue', achieved: 'tag--green', expired: 'tag--grey', revoked: 'tag--red' }

export default async function AwardPage() {
  const { user, setting } = await requireSettingViewer('/award')
  const award = await loadSettingAward(await hubPayload(), user, setting)
  const { current, checklist, percentComplete } = award
  const met = checklist.filter((c) => c.met).length
  const achieved = current?.status === 'achieved'

  return (
    <>
      <Link href="/dashboard" className="back-link">
        Back to the dashboard
      </Link>
      <span className="caption">{setting.name}</span>
      <h1>{award.name}</h1>

      {achieved ? (
        <div className="panel-confirmation">
          <h2 className="panel-confirmation__title">Award achieved</h2>
          <p>{`Achieved on ${formatDate(current.achievedAt)}, valid until ${formatDate(current.expiresAt)}.`}</p>
          <p>{`Certificate number: ${current.certificateNumber}`}</p>
        </div>
      ) : (
        <p className="lead">
          Meet every item on the checklist to achieve the award. The checklist updates itself as your setting’s work is recorded on the Hub.
        </p>
      )}

      <div className="award-progress">
        <p className="award-progress__label" id="award-progress-label">
          <strong>{`${percentComplete}% complete`}</strong>
          {`: ${met} of ${checklist.length} ${checklist.length === 1 ? 'item' : 'items'} met`}
        </p>
        <div
          className="award-progress__bar"
          role="progressbar"
          aria-labelledby="award-progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percentComplete}
        >
          <div className="award-progress__fill" style={{ width: `${percentComplete}%` }} />
        </div>
        {current?.lastEvaluatedAt && <p className="hint">{`Last checked ${formatDate(current.lastEvaluatedAt)}.`}</p>}
      </div>

      {achieved && (
        <p>
          <Link href="/award/certificate">View and print your certificate</Link> · <a href="/award/certificate.pdf">Download the certificate (PDF)</a>
        </p>
      )}

      <h2 id="checklist">Checklist</h2>
      {checklist.length === 0 ? (
        <p>The service has not published the award’s criteria yet.</p>
      ) : (
        <ol className="task-list award-checklist">
          {checklist.map((item) => (
            <li key={item.key} className="task-list__item award-checklist__item">
              <h3 className="heading-s award-checklist__title" id={`item-${item.key}`}>
                {item.title}
              </h3>
              <strong className={`tag ${item.met ? 'tag--green' : 'tag--grey'} award-checklist__status`}>{item.met ? 'Met' : 'Not yet met'}</strong>
              <div className="award-checklist__body">
                {item.explanation && <p>{item.explanation}</p>}
                {item.met && item.metAt && <p className="hint">{`Met on ${formatDate(item.metAt)}.`}</p>}
                {item.guidance && <p className="hint">{item.guidance}</p>}
                {!item.met && isHubPath(item.actionPath) && (
                  <p>
                    <Link href={item.actionPath} aria-describedby={`item-${item.key}`}>
                      {item.actionLabel || 'Go to where you can act on this'}
                    </Link>
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}

      <h2 id="past">Past awards</h2>
      {award.past.length === 0 ? (
        <p>Your setting has no earlier awards.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable scroll region is the accessible pattern here
        <section className="table-wrapper" aria-labelledby="past-caption" tabIndex={0}>
          <table className="table">
            <caption className="table__caption" id="past-caption">
              Earlier awards of your setting
            </caption>
            <thead>
              <tr>
                <th scope="col">Award</th>
                <th scope="col">Status</th>
                <th scope="col">Achieved</th>
                <th scope="col">Ended</th>
              </tr>
            </thead>
            <tbody>
              {award.past.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {`Cycle ${a.cycle}`}
                    {a.certificateNumber ? <span className="hint-inline">{` (certificate ${a.certificateNumber})`}</span> : null}
                  </th>
                  <td>
                    <strong className={`tag ${STATUS_TAG[a.status] ?? 'tag--grey'}`}>{awardStatusLabel(a.status)}</strong>
                  </td>
                  <td>{formatDate(a.achievedAt)}</td>
                  <td>{formatDate(a.status === 'revoked' ? a.revokedAt : (a.expiredAt ?? a.expiresAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  )
}

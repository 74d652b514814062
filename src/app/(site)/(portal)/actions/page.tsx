/** The setting's action plan: every action with its owner, due date and status; overdue ones stand out. */
import { actionCounts, isOverdue as isOverdueOn, todayInCounty } from '@/assessment/actionPlan'
import type { Metadata } from 'next'
import Link from 'next/link'

import { ACTION_STATUSES } from '@collections/Actions'
import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { labelOf } from '@/config/options'

export const metadata: Metadata = { title: 'Action plan' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ActionPlanPage({ searchParams }: Props) {
  const query = await searchParams
  const { user, setting } = await requireSettingViewer('/actions')
  const isLead = user.role === 'setting-lead'
  const payload = await hubPayload()
  const actions = await payload.find({
    collection: 'actions',
    where: { setting: { equals: setting.id } },
    sort: 'dueDate',
    depth: 0,
    limit: 0,
    pagination: false,
    user,
    overrideAccess: false,
  })
  const today = todayInCounty()
  const isOverdue = (a: (typeof actions.docs)[number]) => isOverdueOn(a, today)
  const overdue = actionCounts(actions.docs, today).overdue

  return (
    <>
      <span className="caption">{setting.name}</span>
      <h1>Action plan</h1>
      {query.saved && (
        <div className="notification notification--success" role="status">
          <p>The action has been saved.</p>
        </div>
      )}
      {query.removed && (
        <div className="notification notification--success" role="status">
          <p>The action has been removed.</p>
        </div>
      )}
      <p className="lead">Turn your report’s recommendations into actions, and track them until your next self-assessment.</p>
      {overdue > 0 && (
        <div className="inset inset--warning">
          <p>
            <strong>
              {overdue} {overdue === 1 ? 'action is' : 'actions are'} overdue.
            </strong>
          </p>
        </div>
      )}
      {isLead && (
        <p>
          <Link href="/actions/new" className="button">
            Add an action
          </Link>
        </p>
      )}
      {actions.docs.length === 0 ? (
        <p>
          There are no actions yet.{' '}
          {isLead ? 'Add them from the recommendations in your latest report, or add your own.' : 'Your setting lead adds them from the report.'}
        </p>
      ) : (
        <table className="table table--stack">
          <caption className="visually-hidden">Actions</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              {isLead && (
                <th scope="col">
                  <span className="visually-hidden">Change</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {actions.docs.map((a) => (
              <tr key={a.id} className={isOverdue(a) ? 'table__row--overdue' : undefined}>
                <td data-label="Action">{a.title}</td>
                <td data-label="Owner">{a.owner || '—'}</td>
                <td data-label="Due">
                  {formatDate(a.dueDate)}
                  {isOverdue(a) && <span className="overdue"> Overdue</span>}
                </td>
                <td data-label="Status">
                  <strong className={`tag ${a.status === 'done' ? 'tag--green' : a.status === 'in-progress' ? 'tag--blue' : 'tag--grey'}`}>
                    {labelOf(ACTION_STATUSES, a.status)}
                  </strong>
                </td>
                {isLead && (
                  <td className="table__actions">
                    <Link href={`/actions/${a.id}`}>
                      Change<span className="visually-hidden"> {a.title}</span>
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

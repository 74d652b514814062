/** The setting's staff list for training: a lead adds, changes, marks as left and removes; staff read it. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { setStaffActive } from '@/portal/actions/training'

import { StaffForm } from '../forms'

export const metadata: Metadata = { title: 'Staff list' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const NOTICES: Record<string, string> = {
  added: 'The member of staff has been added.',
  saved: 'The changes have been saved.',
  left: 'The member of staff has been marked as left. They no longer count in your training figures.',
  returned: 'The member of staff is on your active staff list again.',
  removed: 'The member of staff, with their bookings and attendance, has been removed.',
}

export default async function StaffListPage({ searchParams }: Props) {
  const query = await searchParams
  const { user, setting } = await requireSettingViewer('/training/staff')
  const isLead = user.role === 'setting-lead'
  const payload = await hubPayload()
  const staff = await payload.find({
    collection: 'staff-members',
    where: { setting: { equals: setting.id } },
    sort: 'name',
    depth: 0,
    limit: 1000,
    select: { name: true, jobRole: true, email: true, active: true, champion: true },
    user,
    overrideAccess: false,
  })
  const notice = Object.keys(NOTICES).find((k) => query[k])
  const active = staff.docs.filter((s) => s.active !== false)
  const left = staff.docs.filter((s) => s.active === false)

  return (
    <>
      <Link href="/training" className="back-link">
        Back to training
      </Link>
      {notice && (
        <div className="notification notification--success" role="status">
          <p>{NOTICES[notice]}</p>
        </div>
      )}
      <span className="caption">{setting.name}</span>
      <h1>Staff list</h1>
      <p className="lead">The staff you book onto training. Keep only a name, a job role and, if you like, an email address: no other personal details.</p>
      {!isLead && <p className="inset">Only your setting lead can change the staff list.</p>}

      {[
        { key: 'active', title: 'Active staff', rows: active },
        { key: 'left', title: 'Staff who have left', rows: left },
      ].map(({ key, title, rows }) =>
        key === 'left' && rows.length === 0 ? null : rows.length === 0 ? (
          <p key={key}>No staff on your list yet.</p>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable scroll region is the accessible pattern here
          <section key={key} className="table-wrapper" aria-labelledby={`${key}-caption`} tabIndex={0}>
            <table className="table">
              <caption className="table__caption" id={`${key}-caption`}>
                {title} ({rows.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Job role</th>
                  <th scope="col">Email</th>
                  {isLead && (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.name}
                      {s.champion ? <strong className="tag tag--green staff__tag">Champion</strong> : null}
                    </th>
                    <td>{s.jobRole || '—'}</td>
                    <td className="break-anywhere">{s.email || '—'}</td>
                    {isLead && (
                      <td>
                        <ul className="action-links">
                          <li>
                            <Link href={`/training/staff/${s.id}`}>
                              Change<span className="visually-hidden"> {s.name}</span>
                            </Link>
                          </li>
                          <li>
                            <form action={setStaffActive}>
                              <input type="hidden" name="id" value={s.id} />
                              <input type="hidden" name="active" value={s.active === false ? 'yes' : 'no'} />
                              <button type="submit" className="link-button">
                                {s.active === false ? 'Mark as back' : 'Mark as left'}
                                <span className="visually-hidden"> {s.name}</span>
                              </button>
                            </form>
                          </li>
                          <li>
                            <Link href={`/training/staff/${s.id}/remove`}>
                              Remove<span className="visually-hidden"> {s.name}</span>
                            </Link>
                          </li>
                        </ul>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ),
      )}

      {isLead && (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">Add a member of staff</h2>
          <StaffForm member={null} submitLabel="Add to the staff list" />
        </section>
      )}
    </>
  )
}

/** The self-assessment hub: the draft's progress (or a way to start one) and every submitted report. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { findDraft, progressOf, questionsByPrinciple } from '@/assessment/draft'
import { submittedHistory } from '@/assessment/loadReport'
import { startAssessment } from '@/portal/actions/assessment'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import type { SettingType } from '@/settings/settingTypes'
import { formatDate } from '@/components/formatDate'

export const metadata: Metadata = { title: 'Self-assessment' }

const STATUS_TAG = {
  complete: { label: 'Completed', className: 'tag tag--green' },
  'in-progress': { label: 'In progress', className: 'tag tag--blue' },
  'not-started': { label: 'Not started', className: 'tag tag--grey' },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AssessmentPage({ searchParams }: Props) {
  const query = await searchParams
  const { user, setting } = await requireSettingViewer('/assessment')
  const payload = await hubPayload()
  const isLead = user.role === 'setting-lead'
  const [draft, history] = await Promise.all([findDraft(payload, user, setting.id), submittedHistory(payload, user, setting.id)])
  const progress = draft ? progressOf(draft, await questionsByPrinciple(payload, user, setting.type as SettingType)) : []
  const complete = progress.filter((p) => p.status === 'complete').length

  return (
    <>
      <span className="caption">{setting.name}</span>
      <h1>Self-assessment</h1>
      {query.deleted && !draft && (
        <div className="notification notification--success" role="status">
          <p>Your self-assessment in progress has been deleted.</p>
        </div>
      )}
      <p className="lead">
        Evaluate your setting against the eight principles of a whole school or college approach (Public Health England, now OHID, with the Department for
        Education).
      </p>

      {draft && isLead && (
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading">Your self-assessment in progress</h2>
          <p>
            <strong>
              {complete} of {progress.length} principles complete
            </strong>
            . Your answers are saved as you go: you can leave and come back at any time.
          </p>
          <ol className="task-list">
            {progress.map((p) => (
              <li key={p.principle.id} className="task-list__item">
                <Link href={`/assessment/principle/${p.principle.order}`} className="task-list__link" aria-describedby={`status-${p.principle.id}`}>
                  {p.principle.order}. {p.principle.label}
                </Link>
                <span className="task-list__hint">
                  {p.answered} of {p.questions.length} questions answered
                </span>
                <strong className={STATUS_TAG[p.status].className} id={`status-${p.principle.id}`}>
                  {STATUS_TAG[p.status].label}
                </strong>
              </li>
            ))}
          </ol>
          <p>
            <Link href="/assessment/check" className="button">
              Check your answers and submit
            </Link>
          </p>
          <p>
            <Link href={`/assessment/${draft.id}/delete`} className="button button--warning">
              Delete this draft
            </Link>
          </p>
        </section>
      )}

      {draft && !isLead && <p className="inset">Your setting lead has a self-assessment in progress. You will see its report here once it is submitted.</p>}

      {!draft && !isLead && (
        <p className="inset">
          Only your setting’s leads can start and submit a self-assessment, as it is answered for the whole setting. Ask your setting lead to start one; you
          will see its report here once it is submitted.
        </p>
      )}

      {!draft && isLead && (
        <section aria-labelledby="start-heading">
          <h2 id="start-heading">Start a new self-assessment</h2>
          <p>It takes about an hour. One principle per page; your answers are saved as you go.</p>
          <form action={startAssessment}>
            {history.length > 0 && (
              <div className="form-group">
                <div className="checkboxes__item">
                  <input className="checkboxes__input" id="fromPrevious" name="fromPrevious" type="checkbox" value="yes" defaultChecked />
                  <label className="label checkboxes__label" htmlFor="fromPrevious">
                    Start from the answers of your last self-assessment
                  </label>
                </div>
              </div>
            )}
            <button type="submit" className="button">
              Start the self-assessment
            </button>
          </form>
        </section>
      )}

      <h2>Reports</h2>
      {history.length === 0 ? (
        <p>Your setting has not submitted a self-assessment yet.</p>
      ) : (
        <>
          <table className="table">
            <caption className="visually-hidden">Submitted self-assessments</caption>
            <thead>
              <tr>
                <th scope="col">Submitted</th>
                <th scope="col">Overall score</th>
                <th scope="col">Report</th>
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((a) => (
                <tr key={a.id}>
                  <td>{formatDate(a.submittedAt)}</td>
                  <td>{a.results.overall.percentage === null ? '—' : `${a.results.overall.percentage}%`}</td>
                  <td>
                    <Link href={`/assessment/${a.id}/report`}>
                      View report<span className="visually-hidden"> of {formatDate(a.submittedAt)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link href="/progress">See your progress over time</Link> · <Link href="/actions">Your action plan</Link>
          </p>
        </>
      )}
    </>
  )
}

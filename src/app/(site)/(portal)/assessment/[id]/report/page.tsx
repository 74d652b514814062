/** The summary report of a submitted self-assessment: scores, changes, recommendations, evidence by framework. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { hubPayload } from '@/portal/payload'
import { reportFor } from '@/portal/reportViewer'
import { ScoreChart } from '@/components/report/ScoreChart'
import { ScoreTable } from '@/components/report/ScoreTable'
import { PrintButton } from '@/components/PrintButton'
import { RagTag } from '@/components/RagTag'
import { formatDate } from '@/components/formatDate'
import { PRIORITY_ORDER } from '@/assessment/matchRecommendations'
import type { ReportEvidenceGroup } from '@/assessment/reportData'
import { ACTION_STATUSES } from '@collections/Actions'
import { labelOf } from '@/config/options'

export const metadata: Metadata = { title: 'Self-assessment report' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const PRIORITY_LABELS = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' }

/** The report's evidence, one heading per framework and version (in the order the report sorts them: Ofsted first). */
function evidenceFrameworks(groups: ReportEvidenceGroup[]): { name: string; groups: ReportEvidenceGroup[] }[] {
  const out: { name: string; groups: ReportEvidenceGroup[] }[] = []
  for (const g of groups) {
    const name = `${g.frameworkLabel} (${g.versionLabel})`
    if (out.at(-1)?.name !== name) out.push({ name, groups: [] })
    out.at(-1)!.groups.push(g)
  }
  return out
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { id } = await params
  const query = await searchParams
  const { viewer, report } = await reportFor(id, `/assessment/${id}/report`)
  const isLead = viewer.user.role === 'setting-lead'
  const payload = await hubPayload()
  // The catalogue's courses each recommendation names, as the catalogue is now (only published, active courses).
  const recommendationIds = report.recommendations.map((r) => r.id)
  // Recommendations already in the setting's plan (added from this report or an earlier one), with their action.
  const planned = new Map<number, { id: number; status: string }>()
  if (recommendationIds.length && viewer.setting) {
    const actions = await payload.find({
      collection: 'actions',
      where: { recommendation: { in: recommendationIds } },
      depth: 0,
      pagination: false,
      user: viewer.user,
      overrideAccess: false,
      select: { recommendation: true, status: true },
    })
    for (const a of actions.docs) {
      const rec = typeof a.recommendation === 'object' ? a.recommendation?.id : a.recommendation
      if (rec) planned.set(rec, { id: a.id, status: a.status })
    }
  }
  const added = report.recommendations.find((r) => String(r.id) === query.added)
  const linked = recommendationIds.length
    ? await payload.find({
        collection: 'recommendations',
        where: { id: { in: recommendationIds } },
        depth: 1,
        pagination: false,
        select: { courses: true },
        populate: { 'training-courses': { title: true } },
        user: viewer.user,
        overrideAccess: false,
      })
    : { docs: [] }
  const coursesOf = new Map(
    linked.docs.map((r) => [
      r.id,
      (r.courses ?? []).filter((c): c is { id: number; title: string } & typeof c => typeof c === 'object' && c !== null && !!c.title),
    ]),
  )

  return (
    <>
      <Link href={viewer.setting ? '/assessment' : '/admin/collections/assessments'} className="back-link no-print">
        Back
      </Link>
      {query.submitted && (
        <div className="panel-confirmation" role="status">
          <h2 className="panel-confirmation__title">Self-assessment submitted</h2>
          <p>Your setting’s leads have been sent an email with a link to this report.</p>
        </div>
      )}
      {added && planned.has(added.id) && (
        <div className="notification notification--success" role="status">
          <p>
            “{added.title}” is in your action plan. <Link href="/actions">See your action plan</Link>
          </p>
        </div>
      )}
      <span className="caption">{report.setting.name}</span>
      <h1>Self-assessment report</h1>
      <p>
        Submitted on {formatDate(report.assessment.submittedAt)}
        {report.assessment.submittedBy ? ` by ${report.assessment.submittedBy}` : ''}.
      </p>
      <ul className="inline-list no-print">
        <li>
          <a href={`/assessment/${report.assessment.id}/pdf`} download>
            Download the report (PDF)
          </a>
        </li>
        <li>
          <a href={`/assessment/${report.assessment.id}/csv`} download>
            Download the answers (CSV)
          </a>
        </li>
        <li>
          <Link href="/progress">Progress over time</Link>
        </li>
      </ul>
      <p className="no-print">
        <PrintButton label="Print this report" />
      </p>

      <div className="overall">
        <p className="overall__label">Overall score</p>
        <p className="overall__value">{report.overall.percentage === null ? '—' : `${report.overall.percentage}%`}</p>
        <RagTag rag={report.overall.rag} />
      </div>

      <h2>Scores by principle</h2>
      <ScoreChart principles={report.principles} />
      <ScoreTable principles={report.principles} />
      <p className="hint">
        {report.benchmark.shown
          ? `The county average is the average of the latest self-assessments of other ${report.setting.phaseLabel}, never the result of a single setting.`
          : `The county average for ${report.setting.phaseLabel} appears once at least ${report.benchmark.minimum} other settings have submitted a self-assessment.`}
      </p>

      {report.assessment.previousSubmittedAt && (
        <>
          <h2>What changed since {formatDate(report.assessment.previousSubmittedAt)}</h2>
          {report.questionChanges.length === 0 ? (
            <p>No answer changed.</p>
          ) : (
            <table className="table table--stack">
              <caption className="visually-hidden">Answers that changed since the previous self-assessment</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Before</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {report.questionChanges.map((c, i) => (
                  <tr key={i}>
                    <td data-label="Question">
                      <span className="table__principle">{c.principleLabel}</span>
                      {c.prompt}
                    </td>
                    <td data-label="Before">{c.before ?? 'Not asked'}</td>
                    <td data-label="Now">
                      {c.after}
                      {c.direction === 'better' && <span className="change change--better"> (improved)</span>}
                      {c.direction === 'worse' && <span className="change change--worse"> (lower)</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      <h2>Recommendations for your setting</h2>
      {report.recommendations.length === 0 && <p>No recommendations: every principle is embedded. Keep sharing what works in the Community Scrapbook.</p>}
      {PRIORITY_ORDER.map((priority) => {
        const recs = report.recommendations.filter((r) => r.priority === priority)
        if (!recs.length) return null
        return (
          <section key={priority} aria-labelledby={`priority-${priority}`}>
            <h3 id={`priority-${priority}`}>{PRIORITY_LABELS[priority]}</h3>
            {recs.map((r) => (
              <article key={r.id} className="recommendation" id={`recommendation-${r.id}`}>
                <h4 className="recommendation__title">{r.title}</h4>
                <p className="recommendation__principle">{r.principleLabel}</p>
                {r.body.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
                {(coursesOf.get(r.id)?.length ?? 0) > 0 && (
                  <>
                    <p className="recommendation__resources-title">Training courses</p>
                    <ul>
                      {coursesOf.get(r.id)!.map((c) => (
                        <li key={c.id}>
                          <Link href={`/training/courses/${c.id}`}>{c.title}</Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {r.resources.length > 0 && (
                  <>
                    <p className="recommendation__resources-title">Training and resources</p>
                    <ul>
                      {r.resources.map((res) => (
                        <li key={res.url}>
                          <a href={res.url} rel="noopener noreferrer">
                            {res.label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {planned.has(r.id) ? (
                  <p className="recommendation__planned">
                    <strong className="tag tag--green">In your action plan ({labelOf(ACTION_STATUSES, planned.get(r.id)!.status).toLowerCase()})</strong>{' '}
                    {isLead && (
                      <Link href={`/actions/${planned.get(r.id)!.id}`} className="no-print">
                        See the action<span className="visually-hidden">: {r.title}</span>
                      </Link>
                    )}
                  </p>
                ) : (
                  isLead && (
                    <p className="no-print">
                      <Link href={`/actions/new?assessment=${report.assessment.id}&recommendation=${r.id}`} className="button button--secondary">
                        Add to action plan<span className="visually-hidden">: {r.title}</span>
                      </Link>
                    </p>
                  )
                )}
              </article>
            ))}
          </section>
        )
      })}

      <h2>Evidence by framework</h2>
      <p>Which of your answers and notes evidence each part of the inspection and guidance frameworks.</p>
      {evidenceFrameworks(report.evidenceByFramework).map(({ name, groups }) => (
        <section key={name} aria-label={name}>
          <h3>{name}</h3>
          {groups.map((g) => (
            <details key={`${g.framework}-${g.version}-${g.code}`} className="details">
              <summary className="details__summary">{g.label}</summary>
              <div className="details__text">
                <ul className="evidence-list">
                  {g.items.map((item, i) => (
                    <li key={i}>
                      <strong>{item.prompt}</strong> — {item.valueLabel}
                      {item.evidence && <span className="evidence-list__note">{item.evidence}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            </details>
          ))}
        </section>
      ))}
    </>
  )
}

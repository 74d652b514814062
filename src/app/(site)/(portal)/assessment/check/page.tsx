/** Check your answers before submitting: every principle's answers with change links; unanswered ones called out. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { idOf } from '@/access/roles'
import { findDraft, progressOf, questionsByPrinciple } from '@/assessment/draft'
import { ANSWER_OPTIONS } from '@/assessment/scoring'
import { hubPayload } from '@/portal/payload'
import { RetiredAnswersNotice } from '@/components/RetiredAnswersNotice'
import { requireSettingViewer } from '@/portal/requireViewer'
import type { SettingType } from '@/settings/settingTypes'

import { ErrorSummary } from '@/components/ErrorSummary'

import { SubmitForm } from './SubmitForm'
import { labelOf } from '@/config/options'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// GOV.UK: a page showing an error summary has a title that begins "Error: ".
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: (await searchParams).incomplete ? 'Error: Check your answers' : 'Check your answers' }
}

export default async function CheckPage({ searchParams }: Props) {
  const { user, setting } = await requireSettingViewer('/assessment/check')
  if (user.role !== 'setting-lead') redirect('/assessment')
  const payload = await hubPayload()
  const draft = await findDraft(payload, user, setting.id)
  if (!draft) redirect('/assessment')
  const progress = progressOf(draft, await questionsByPrinciple(payload, user, setting.type as SettingType))
  const answers = new Map((draft.answers ?? []).map((a) => [idOf(a.question), a]))
  const missing = progress.reduce((n, p) => n + p.questions.length - p.answered, 0)

  const { retired, incomplete } = await searchParams
  // After a submit refused for unanswered questions: each one, linked to its row below.
  const unanswered = incomplete
    ? progress.flatMap(({ principle, questions }) =>
        questions
          .filter((q) => !answers.get(q.id)?.value)
          .map((q) => ({ field: `question-${q.id}`, message: `Principle ${principle.order}: answer “${q.prompt}”` })),
      )
    : []

  return (
    <>
      <RetiredAnswersNotice retired={retired} />
      <Link href="/assessment" className="back-link">
        Back
      </Link>
      <ErrorSummary errors={unanswered} />
      <h1>Check your answers before submitting</h1>
      {missing > 0 && (
        <div className="inset">
          <p>
            {missing} {missing === 1 ? 'question has' : 'questions have'} no answer yet. You can submit once every question is answered (or marked “Not
            applicable”).
          </p>
        </div>
      )}
      {progress.map(({ principle, questions }) => (
        <section key={principle.id} aria-labelledby={`principle-${principle.id}`}>
          <h2 id={`principle-${principle.id}`} className="heading-m">
            {principle.order}. {principle.label}
          </h2>
          <dl className="summary-list">
            {questions.map((q, i) => {
              const answer = answers.get(q.id)
              const label = labelOf(ANSWER_OPTIONS, answer?.value, '')
              return (
                <div key={q.id} className="summary-list__row" id={`question-${q.id}`}>
                  <dt className="summary-list__key">
                    {i + 1}. {q.prompt}
                  </dt>
                  <dd className="summary-list__value">
                    {label ? (
                      <>
                        <p className="summary-list__answer">{label}</p>
                        {answer?.evidence && <p className="summary-list__evidence">{answer.evidence}</p>}
                      </>
                    ) : (
                      <strong className="tag tag--red">Not answered</strong>
                    )}
                  </dd>
                  <dd className="summary-list__actions">
                    <Link href={`/assessment/principle/${principle.order}?from=check#question-${q.id}`}>
                      Change<span className="visually-hidden"> your answer to “{q.prompt}”</span>
                    </Link>
                  </dd>
                </div>
              )
            })}
          </dl>
        </section>
      ))}
      <h2>Now submit your self-assessment</h2>
      <p>Once submitted, the self-assessment cannot be changed. Your report, with recommendations for your setting, is ready straight away.</p>
      <SubmitForm assessment={draft.id} />
    </>
  )
}

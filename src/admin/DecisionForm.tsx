'use client'
/**
 * The moderator's decision on one case study: approve, request changes or reject, with feedback for the setting
 * (required unless approving — the endpoint says so with a 422, and its message is shown by the field).
 * Posts to /api/case-studies/:id/decide with the admin session's cookie, then refreshes the queue.
 */
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { type DecisionProblem, postDecision } from './postDecision'

type Decision = 'approved' | 'changes-requested' | 'rejected'

const LABELS: Record<Decision, string> = {
  approved: 'Approve and publish',
  'changes-requested': 'Request changes',
  rejected: 'Reject',
}

const DONE: Record<Decision, string> = {
  approved: 'Approved: it is now in the Community Scrapbook.',
  'changes-requested': 'Changes requested: the setting has been told.',
  rejected: 'Rejected: the setting has been told.',
}

export function DecisionForm({ id, title }: { id: number | string; title: string }) {
  const router = useRouter()
  const uid = useId()
  const feedbackId = `feedback-${uid}`
  const errorId = `${feedbackId}-error`
  const [feedback, setFeedback] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<DecisionProblem | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function decide(decision: Decision) {
    setBusy(true)
    setProblem(null)
    setDone(null)
    const refused = await postDecision(`/api/case-studies/${encodeURIComponent(String(id))}/decide`, { decision, feedback })
    setBusy(false)
    if (refused) {
      setProblem(refused)
      return
    }
    setDone(DONE[decision])
    setFeedback('')
    router.refresh()
  }

  const feedbackError = problem?.field === 'feedback'
  return (
    <form className="moderation__decision" aria-label={`Decision on “${title}”`} onSubmit={(e) => e.preventDefault()} noValidate>
      {problem && !feedbackError && (
        <p className="moderation__error" role="alert">
          {problem.message}
        </p>
      )}
      <div className={`moderation__field${feedbackError ? ' moderation__field--error' : ''}`}>
        <label htmlFor={feedbackId}>Feedback for the setting</label>
        <p className="moderation__hint" id={`${feedbackId}-hint`}>
          Required when you request changes or reject. Kept with the case study and emailed to the setting’s leads.
        </p>
        {feedbackError && (
          <p className="moderation__error" id={errorId} role="alert">
            <span className="visually-hidden">Error: </span>
            {problem.message}
          </p>
        )}
        <textarea
          id={feedbackId}
          name="feedback"
          rows={4}
          maxLength={4000}
          value={feedback}
          onChange={(e) => setFeedback(e.target.value)}
          aria-invalid={feedbackError || undefined}
          aria-describedby={`${feedbackId}-hint${feedbackError ? ` ${errorId}` : ''}`}
        />
      </div>
      <div className="moderation__buttons">
        {(Object.keys(LABELS) as Decision[]).map((decision) => (
          <Button key={decision} type="button" buttonStyle={decision === 'approved' ? 'primary' : 'secondary'} disabled={busy} onClick={() => decide(decision)}>
            {LABELS[decision]}
          </Button>
        ))}
      </div>
      {done && (
        <p className="moderation__done" role="status">
          {done}
        </p>
      )}
    </form>
  )
}

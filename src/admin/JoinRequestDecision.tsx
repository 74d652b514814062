'use client'
/**
 * In a join request's edit view: approve it (creating or linking the setting and inviting its lead) or decline it
 * with a reason that is emailed to the person who asked. Posts to /api/join-requests/:id/approve or /decline with
 * the admin session's cookie, then refreshes the view. Only service admins decide; service staff are told so.
 */
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { type DecisionProblem, postDecision } from './postDecision'

type Decision = 'approve' | 'decline'

const DONE: Record<Decision, string> = {
  approve: 'Approved: the setting is ready and its lead has been emailed an invitation.',
  decline: 'Declined: the reason has been emailed to the person who asked.',
}

export function JoinRequestDecision() {
  const router = useRouter()
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const uid = useId()
  const reasonId = `reason-${uid}`
  const errorId = `${reasonId}-error`
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<DecisionProblem | null>(null)
  const [done, setDone] = useState<string | null>(null)

  if (!id) return null
  if (done || (status && status !== 'new')) {
    return (
      <section className="join-decision" aria-label="Decision">
        <p role="status">{done ?? `This request has been ${status}. See the decision in the sidebar.`}</p>
      </section>
    )
  }
  if ((user as { role?: string } | null)?.role !== 'service-admin') {
    return (
      <section className="join-decision" aria-label="Decision">
        <p>This request is waiting for a decision. Only service administrators approve or decline join requests.</p>
      </section>
    )
  }

  async function decide(decision: Decision) {
    setBusy(true)
    setProblem(null)
    const refused = await postDecision(`/api/join-requests/${encodeURIComponent(String(id))}/${decision}`, decision === 'decline' ? { reason } : {})
    setBusy(false)
    if (refused) {
      setProblem(refused)
      return
    }
    setDone(DONE[decision])
    router.refresh()
  }

  const reasonError = problem?.field === 'reason'
  return (
    // A region, not a form: it sits inside the edit view's own form, and a form cannot hold another.
    <section className="join-decision" aria-label="Decision on this join request">
      <h2 className="join-decision__title">Decide this request</h2>
      <p className="moderation__hint">
        Approving creates the setting (or links the setting that already has this URN) and emails its lead an invitation to set a password.
      </p>
      {problem && !reasonError && (
        <p className="moderation__error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="moderation__buttons">
        <Button type="button" buttonStyle="primary" disabled={busy} onClick={() => decide('approve')}>
          Approve and invite the lead
        </Button>
      </div>
      <div className={`moderation__field${reasonError ? ' moderation__field--error' : ''}`}>
        <label htmlFor={reasonId}>Reason for declining</label>
        <p className="moderation__hint" id={`${reasonId}-hint`}>
          Required to decline. Emailed to the person who asked.
        </p>
        {reasonError && (
          <p className="moderation__error" id={errorId} role="alert">
            <span className="visually-hidden">Error: </span>
            {problem.message}
          </p>
        )}
        <textarea
          id={reasonId}
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={reasonError || undefined}
          aria-describedby={`${reasonId}-hint${reasonError ? ` ${errorId}` : ''}`}
        />
      </div>
      <div className="moderation__buttons">
        <Button type="button" buttonStyle="secondary" disabled={busy} onClick={() => decide('decline')}>
          Decline
        </Button>
      </div>
    </section>
  )
}

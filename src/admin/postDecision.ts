/**
 * Posts a decision from the admin panel to one of the Hub's decision endpoints (moderation, join requests) with the
 * admin session's cookie, and turns a refusal into the endpoint's own message (and the field it is about).
 */

export interface DecisionProblem {
  message: string
  field?: string
}

/** Null when the decision was recorded; otherwise what went wrong, in words a person understands. */
export async function postDecision(url: string, body: unknown): Promise<DecisionProblem | null> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    })
    if (res.ok) return null
    const answer = (await res.json().catch(() => null)) as { errors?: { message?: string; data?: { field?: string } }[] } | null
    const first = answer?.errors?.[0]
    return { message: first?.message || `The decision was not recorded (error ${res.status}). Try again.`, field: first?.data?.field }
  } catch {
    return { message: 'The decision was not recorded: the Hub could not be reached. Try again.' }
  }
}

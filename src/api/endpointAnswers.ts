/** The shell of the Hub's custom endpoints: the JSON body they read, and their JSON answers with clear errors. */
import type { PayloadRequest } from 'payload'

/** The request's JSON body, or an empty object when there is none or it is not JSON. */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** `{ doc }`, or the client's error with its data (which field, what is missing) as `{ errors: [...] }`. */
export const answer = async (work: () => Promise<unknown>): Promise<Response> => {
  try {
    return Response.json({ doc: await work() })
  } catch (error) {
    const e = error as { status?: number; message?: string; data?: unknown }
    if (e.status && e.status >= 400 && e.status < 500) return Response.json({ errors: [{ message: e.message, data: e.data }] }, { status: e.status })
    throw error
  }
}

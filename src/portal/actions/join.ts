'use server'
/**
 * The public "Join the Hub" form: the answers are checked here first (a person's typos cost nothing), then the
 * request is created as an anonymous client, through the collection's spam protection like any REST create.
 */
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { requestNetworkFrom } from '@/auth/clientAddress'
import { CLIENT_NETWORK } from '@/auth/limitRequests'
import type { FieldError } from '@/components/ErrorSummary'
import { payloadSecret, trustedProxies } from '@/config/env'
import { issueFormToken } from '@/joining/formToken'
import { type JoinRequestInput, joinRequestInput, joinRequestProblems } from '@/joining/rules'
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, isHoneypotFilled } from '@/joining/spamGuard'
import type { SettingType } from '@/settings/settingTypes'

import { hubPayload } from '../payload'
import { type FormState, field } from './formState'

/** Where a sent request (or one a script sent into the honeypot) lands. */
const JOIN_SENT_PATH = '/join/sent'

const FIELDS: (keyof JoinRequestInput)[] = ['settingName', 'urn', 'settingType', 'district', 'contactName', 'jobTitle', 'email', 'message']

/** The answers to show again with the errors, and the token to send next time. */
function kept(form: FormData, formToken: string): Record<string, string> {
  const values: Record<string, string> = { formToken }
  for (const name of FIELDS) values[name] = field(form, name).slice(0, 5000)
  values.consent = field(form, 'consent') === 'yes' ? 'yes' : ''
  return values
}

/** A refusal from the collection, as errors against the form's fields (the first field when it names none). */
function problemsOf(error: unknown): FieldError[] | null {
  const e = error as { status?: number; message?: string; data?: { field?: string; errors?: { path?: string; message?: string }[] } }
  if (!e?.status || e.status >= 500 || !e.message) return null
  const fieldErrors = (e.data?.errors ?? []).filter((x) => x.path && x.message).map((x) => ({ field: String(x.path), message: String(x.message) }))
  if (fieldErrors.length) return fieldErrors
  const named = e.data?.field && e.data.field !== FORM_TOKEN_FIELD ? e.data.field : 'settingName'
  return [{ field: named, message: e.message }]
}

export async function sendJoinRequest(_: FormState, form: FormData): Promise<FormState> {
  const input = joinRequestInput({ ...Object.fromEntries(FIELDS.map((name) => [name, field(form, name)])), consent: field(form, 'consent') })
  const problems = joinRequestProblems(input)
  // A typo keeps the form's token, so the time already spent on the form still counts.
  if (problems.length) return { errors: problems, values: kept(form, field(form, FORM_TOKEN_FIELD)) }

  const payload = await hubPayload()
  const network = requestNetworkFrom(await headers(), trustedProxies, payloadSecret())
  try {
    await payload.create({
      collection: 'join-requests',
      data: {
        ...input,
        settingType: input.settingType as SettingType,
        // The collection decides the status (a client's is ignored); stated here for the type of a new request.
        status: 'new',
        [HONEYPOT_FIELD]: field(form, HONEYPOT_FIELD),
        [FORM_TOKEN_FIELD]: field(form, FORM_TOKEN_FIELD),
      },
      overrideAccess: false,
      context: { [CLIENT_NETWORK]: network },
      depth: 0,
    })
  } catch (error) {
    // A filled honeypot is answered like a sent request: the script learns nothing; nothing was stored or sent.
    if (isHoneypotFilled(error)) redirect(JOIN_SENT_PATH)
    const refused = problemsOf(error)
    if (!refused) throw error
    return { errors: refused, values: kept(form, issueFormToken(payloadSecret())) }
  }
  redirect(JOIN_SENT_PATH)
}

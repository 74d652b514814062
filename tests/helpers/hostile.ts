/** What the generated hostile-input tests share: the fast-check seed and run counts, qs-style query strings, and the judge of a response. */
import fc from 'fast-check'

import { hiddenInputsOf } from './client'

/** Fixed so that CI is reproducible; FC_SEED replays a failure printed by fast-check, FC_RUNS scales the runs. */
export const FC_SEED = Number(process.env.FC_SEED ?? 20_261_128)
export const runsFor = (base: number): number => Math.max(1, Math.round(base * Number(process.env.FC_RUNS_FACTOR ?? 1)))

/** fast-check's options for a property over HTTP: the seed, and a report naming it when a case fails. */
export const fcOptions = (numRuns: number): fc.Parameters<unknown> => ({
  seed: FC_SEED,
  numRuns,
  // Shrinking over HTTP is slow: a few hundred steps find a small counterexample without a runaway.
  endOnFailure: false,
  includeErrorInReport: true,
  interruptAfterTimeLimit: 120_000,
  markInterruptAsFailure: false,
  reporter: (details) => {
    if (details.failed) {
      throw new Error(`${fc.defaultReportMessage(details)}\n(replay: FC_SEED=${details.seed} npm test -- <this file>)`)
    }
  },
})

/** Lone surrogates cannot be percent-encoded: as a browser does, they become U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')

/** A value as the qs library (and so Payload's REST routes) reads it back: brackets for objects and arrays. */
export function qsEncode(value: unknown, prefix = ''): string[] {
  const key = (k: string) => (prefix ? `${prefix}[${encodeURIComponent(k)}]` : encodeURIComponent(k))
  if (Array.isArray(value)) return value.flatMap((item, i) => qsEncode(item, key(String(i))))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => qsEncode(v, key(k)))
  const text = value === undefined ? '' : String(value)
  return [`${prefix}=${encodeURIComponent(wellFormed(text))}`]
}

export const queryString = (params: Record<string, unknown>): string => {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .flatMap(([k, v]) => qsEncode(v, encodeURIComponent(k)))
  return parts.length ? `?${parts.join('&')}` : ''
}

/** Fields no response may ever carry to a setting user or a visitor, at any depth. */
export const HIDDEN_KEYS = new Set([
  'hash',
  'salt',
  'password',
  'invitationTokenHash',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'fileLocation',
  'formNonce',
  '_verificationToken',
])

/** Problems with one JSON answer: hidden fields, and another setting's records (`setting` must be the caller's, or absent for a visitor). */
export function leaks(body: unknown, callerSetting: number | null): string[] {
  const problems: string[] = []
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${at}[${i}]`)
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [k, v] of Object.entries(node)) {
      if (HIDDEN_KEYS.has(k)) problems.push(`hidden field ${at}.${k}`)
      if (k === 'setting' && v !== null && v !== undefined) {
        const id = typeof v === 'object' ? (v as { id?: unknown }).id : v
        if (id !== callerSetting) problems.push(`${at}.setting is ${JSON.stringify(id)}, the caller's is ${callerSetting}`)
      }
      walk(v, `${at}.${k}`)
    }
  }
  walk(body, '$')
  return problems
}

/** The hidden inputs of the page's form that has an input named `marker` and none named `without` (React's server-action fields, and the form's own). */
export function formFields(html: string, marker: string, without?: string): Record<string, string> | null {
  const main = html.indexOf('<main')
  for (const [form] of (main >= 0 ? html.slice(main) : html).matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    if (!form.includes(`name="${marker}"`) || (without && form.includes(`name="${without}"`))) continue
    return hiddenInputsOf(form)
  }
  return null
}

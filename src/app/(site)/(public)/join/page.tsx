/** "Join the Hub": a school or college asks for an account; the service approves or declines it. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { payloadSecret } from '@/config/env'
import { issueFormToken } from '@/joining/formToken'

import { JoinForm } from './JoinForm'

export const metadata: Metadata = { title: 'Join the Hub' }

// Each visit gets its own form token (when the form was issued), so the page is never prerendered.
export const dynamic = 'force-dynamic'

export default function JoinPage() {
  return (
    <div className="two-thirds">
      <h1>Join the Hub</h1>
      <p className="lead">Every school and college in Lancashire can have an account on the Compassionate Schools Hub, free of charge.</p>
      <p>
        Tell us about your setting and who should lead its account. The Lancashire Emotional Health in Schools and Colleges Service (LEHSS) will look at your
        request, usually within 5 working days. If it is approved, we will email you a link to set up your account.
      </p>
      <p>
        If your setting already has an account, ask its lead to invite you, or <Link href="/sign-in">sign in</Link>.
      </p>
      <JoinForm formToken={issueFormToken(payloadSecret())} />
      <h2 className="heading-m">How we use your details</h2>
      <p>We use them only to deal with your request and, if it is approved, to set up your account. They are never shared outside the service.</p>
    </div>
  )
}

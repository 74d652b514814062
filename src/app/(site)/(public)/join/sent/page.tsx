/** After a join request is sent: what happens next. */
import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Request sent – Join the Hub' }

export default function JoinSentPage() {
  return (
    <div className="two-thirds">
      <div className="panel-confirmation">
        <h1 className="panel-confirmation__title">Request sent</h1>
        <p>Thank you for asking to join the Compassionate Schools Hub.</p>
      </div>
      <p>We have sent a confirmation to the email address you gave.</p>
      <h2 className="heading-m">What happens next</h2>
      <p>
        The Lancashire Emotional Health in Schools and Colleges Service (LEHSS) will look at your request, usually within 5 working days. If it is approved, we
        will email you a link to set a password and sign in. If it is not, we will email you the reason.
      </p>
      <p>
        <Link href="/">Find out more about the Hub</Link>
      </p>
    </div>
  )
}

/** What a setting's staff see on the accounts pages: only setting leads manage accounts. */
import Link from 'next/link'

export function NotAllowed() {
  return (
    <div className="two-thirds">
      <h1>Only your setting’s lead can manage accounts</h1>
      <p>Your setting’s lead invites colleagues to the Hub, changes their roles and removes accounts.</p>
      <p>Ask your setting’s lead if you need an account for a colleague, or a change to yours.</p>
      <p>
        <Link href="/dashboard">Go to your dashboard</Link>
      </p>
    </div>
  )
}

'use client'
/** The site's own 500 page (GOV.UK's "Sorry, there is a problem with the service"): what happened and a way back. */
import Link from 'next/link'
import { useEffect } from 'react'

import { DATABASE_UNAVAILABLE_DIGEST } from '@/api/databaseUnavailable'

export default function ServiceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST
  useEffect(() => {
    document.title = `${unavailable ? 'The Hub is temporarily unavailable' : 'Sorry, there is a problem with the service'} · Compassionate Schools Hub`
  }, [unavailable])
  if (unavailable) {
    return (
      <>
        <h1>The Hub is temporarily unavailable</h1>
        <p>It cannot reach its database just now. Try again in a minute.</p>
        <p>Anything you had already saved is safe. If something you were saving does not appear when the Hub is back, save it again.</p>
        <p>
          <button type="button" className="button" onClick={reset}>
            Try again
          </button>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later. Anything you had already saved is safe.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
      <p>
        You can go to <Link href="/dashboard">your dashboard</Link> or browse the <Link href="/community">Community Scrapbook</Link>.
      </p>
      {error.digest && <p className="hint">If you contact the service about this, quote reference {error.digest}.</p>}
    </>
  )
}

'use client'
/** The site's own 500 page (GOV.UK's "Sorry, there is a problem with the service"): what happened and a way back. */
import Link from 'next/link'
import { useEffect } from 'react'

export default function ServiceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    document.title = 'Sorry, there is a problem with the service · Compassionate Schools Hub'
  }, [])
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

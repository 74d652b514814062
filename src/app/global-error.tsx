'use client'
/**
 * The last resort when the site's layout itself fails: a plain, branded 500 page with a way back, or the
 * "temporarily unavailable" page when the layout found the database down (src/db/outage.ts).
 */
import { DATABASE_UNAVAILABLE_DIGEST } from '@/api/databaseUnavailable'

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  if (error.digest === DATABASE_UNAVAILABLE_DIGEST) {
    return (
      <html lang="en-GB">
        <head>
          <title>The Hub is temporarily unavailable · Compassionate Schools Hub</title>
        </head>
        <body style={{ fontFamily: 'Arial, sans-serif', margin: 0, color: '#0b0c0c' }}>
          <header style={{ background: '#00574b', color: '#fff', padding: '12px 20px', fontWeight: 'bold', fontSize: '1.5rem' }}>
            Compassionate Schools Hub
          </header>
          <main style={{ maxWidth: 960, margin: '0 auto', padding: '20px' }}>
            <h1>The Hub is temporarily unavailable</h1>
            <p>It cannot reach its database just now. Try again in a minute.</p>
            <p>Anything you had already saved is safe. If something you were saving does not appear when the Hub is back, save it again.</p>
          </main>
        </body>
      </html>
    )
  }
  return (
    <html lang="en-GB">
      <head>
        <title>Sorry, there is a problem with the service · Compassionate Schools Hub</title>
      </head>
      <body style={{ fontFamily: 'Arial, sans-serif', margin: 0, color: '#0b0c0c' }}>
        <header style={{ background: '#00574b', color: '#fff', padding: '12px 20px', fontWeight: 'bold', fontSize: '1.5rem' }}>
          Compassionate Schools Hub
        </header>
        <main style={{ maxWidth: 960, margin: '0 auto', padding: '20px' }}>
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again later. Anything you had already saved is safe.</p>
          <p>
            <a href="/">Go to the home page</a>
          </p>
          {error.digest && <p>If you contact the service about this, quote reference {error.digest}.</p>}
        </main>
      </body>
    </html>
  )
}

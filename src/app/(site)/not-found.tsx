/** The site's own 404 page (GOV.UK's "Page not found" pattern): unknown addresses and ids that are not records. */
import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can go to <Link href="/dashboard">your dashboard</Link> or browse the <Link href="/community">Community Scrapbook</Link>.
      </p>
    </>
  )
}

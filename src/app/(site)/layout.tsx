/** Root layout of the public pages and the school-facing portal. */
import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { refusePageWhileDatabaseDown } from '@/db/outage'
import { currentViewer, hubPayload } from '@/portal/payload'

import './site.css'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Compassionate Schools Hub', template: '%s · Compassionate Schools Hub' },
  description: 'Helping every school and college in Lancashire take a whole setting approach to emotional health and wellbeing.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#00574b' }

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  await refusePageWhileDatabaseDown(await hubPayload())
  const viewer = await currentViewer()
  return (
    <html lang="en-GB">
      <body>
        <a href="#main-content" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader viewer={viewer} />
        <div className="width-container">
          <main className="main" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  )
}

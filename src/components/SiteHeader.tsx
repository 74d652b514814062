/**
 * The header on every portal and public page: the Hub's name, who is signed in with a sign-out button, and for a
 * setting's users the service navigation of the portal.
 */
import Link from 'next/link'

import { ROLE_LABELS, type Role } from '@/access/roles'
import { signOut } from '@/portal/actions/auth'
import type { Viewer } from '@/portal/payload'

import { type NavigationItem, ServiceNavigation } from './ServiceNavigation'

/** The portal's areas, in the order a setting works through them. */
export const PORTAL_AREAS: (NavigationItem & { leadsOnly?: boolean })[] = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/assessment', label: 'Self-assessment' },
  { href: '/actions', label: 'Action plan' },
  { href: '/progress', label: 'Progress' },
  { href: '/scrapbook', label: 'Scrapbook' },
  { href: '/training', label: 'Training' },
  { href: '/award', label: 'Award' },
  { href: '/accounts', label: 'Accounts', leadsOnly: true },
]

/** The areas a setting user's navigation shows: the accounts area is for setting leads only. */
export const portalAreasFor = (role: unknown): NavigationItem[] => PORTAL_AREAS.filter((area) => !area.leadsOnly || role === 'setting-lead')

export function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  return (
    <>
      <header className="header">
        <div className="width-container header__inner">
          <Link href={viewer ? '/dashboard' : '/'} className="header__brand">
            Compassionate Schools Hub
          </Link>
          <nav aria-label="Account" className="header__account">
            {viewer ? (
              <>
                <p className="header__who">
                  {viewer.setting && <span className="header__setting">{viewer.setting.name}</span>}
                  <span className="header__role">
                    {viewer.user.name} · {ROLE_LABELS[viewer.user.role as Role]}
                  </span>
                </p>
                <form action={signOut}>
                  <button type="submit" className="header__link-button">
                    Sign out
                  </button>
                </form>
              </>
            ) : (
              <Link href="/sign-in" className="header__link">
                Sign in
              </Link>
            )}
          </nav>
        </div>
      </header>
      {viewer?.setting && <ServiceNavigation items={portalAreasFor(viewer.user.role)} />}
    </>
  )
}

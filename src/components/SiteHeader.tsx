/** The header on every portal and public page: the Hub's name, and who is signed in with a sign-out button. */
import Link from 'next/link'

import { ROLE_LABELS, type Role } from '@/access/roles'
import { signOut } from '@/portal/actions/auth'
import type { Viewer } from '@/portal/payload'

export function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  return (
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
  )
}

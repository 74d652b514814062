'use client'
/** The portal's service navigation (GOV.UK pattern): the setting's areas, the current one marked with aria-current. */
import Link from 'next/link'
import { usePathname } from 'next/navigation'

export interface NavigationItem {
  href: string
  label: string
}

/** Whether `pathname` is the area of `href` (the page itself or any page under it). */
export const isCurrentArea = (pathname: string, href: string): boolean => pathname === href || pathname.startsWith(`${href}/`)

export function ServiceNavigation({ items }: { items: NavigationItem[] }) {
  const pathname = usePathname() ?? ''
  return (
    <nav aria-label="Menu" className="service-nav">
      <ul className="width-container service-nav__list">
        {items.map((item) => {
          const current = isCurrentArea(pathname, item.href)
          return (
            <li key={item.href} className={`service-nav__item${current ? ' service-nav__item--active' : ''}`}>
              <Link href={item.href} className="service-nav__link" aria-current={current ? 'page' : undefined}>
                {current ? <strong>{item.label}</strong> : item.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

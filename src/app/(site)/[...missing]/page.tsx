/**
 * Any address no page answers: the site's own "Page not found" (404), inside the site's layout and under its
 * Content-Security-Policy, instead of Next.js's bare page (the app has two root layouts, so it has no global one).
 * The admin panel and the API keep their own routes: their static segments match first.
 */
import { notFound } from 'next/navigation'

export default function Missing(): never {
  notFound()
}

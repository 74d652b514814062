/** The footer on every portal and public page. */
import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="footer" role="contentinfo">
      <div className="width-container footer__inner">
        <ul className="footer__links">
          <li>
            <Link href="/">About the Hub</Link>
          </li>
          <li>
            <Link href="/community">Community Scrapbook</Link>
          </li>
          <li>
            <Link href="/join">Join the Hub</Link>
          </li>
          <li>
            <Link href="/accessibility">Accessibility statement</Link>
          </li>
        </ul>
        <p>Run by the Lancashire Emotional Health in Schools and Colleges Service (LEHSS), commissioned by Lancashire County Council Public Health.</p>
      </div>
    </footer>
  )
}

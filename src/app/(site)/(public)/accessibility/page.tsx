/** The accessibility statement. */
import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Accessibility statement' }

export default function AccessibilityPage() {
  return (
    <>
      <h1>Accessibility statement</h1>
      <p>
        The Compassionate Schools Hub is run by the Lancashire Emotional Health in Schools and Colleges Service (LEHSS). We want as many people as possible to
        be able to use it. You should be able to:
      </p>
      <ul>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole portal using just a keyboard</li>
        <li>use the portal with a screen reader, including recent versions of NVDA, JAWS and VoiceOver</li>
        <li>use every form without JavaScript</li>
      </ul>
      <h2>How accessible the Hub is</h2>
      <p>
        The school-facing pages aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA. Every page is checked with automated
        accessibility tests each time the Hub changes, and its forms follow the GOV.UK Design System’s patterns.
      </p>
      <p>The administration panel used by the service’s own staff is provided by our content management system; parts of it may not fully meet the standard.</p>
      <h2>Feedback and contact information</h2>
      <p>
        If you find a problem with the accessibility of the Hub, or need information in a different format, contact the LEHSS team. We will reply within 10
        working days.
      </p>
      <p>
        If your school or college would like an account, use the <Link href="/join">Join the Hub</Link> form: it works with a keyboard, a screen reader and
        without JavaScript. If you cannot use it, contact the LEHSS team and we will set up the request for you.
      </p>
      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
        Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
      </p>
      <h2>Preparation of this statement</h2>
      <p>This statement was prepared on 23 November 2026.</p>
    </>
  )
}

/** The public home page: what the Hub is, who it is for, and the eight principles it is built on. */
import Link from 'next/link'

import { hubPayload } from '@/portal/payload'

export default async function HomePage() {
  const payload = await hubPayload()
  const principles = await payload.find({ collection: 'principles', sort: 'order', limit: 20, depth: 0, overrideAccess: false })
  return (
    <>
      <h1>Compassionate Schools Hub</h1>
      <p className="lead">
        A community of Lancashire schools and colleges taking a whole setting approach to emotional health and mental wellbeing, with the support of the
        Lancashire Emotional Health in Schools and Colleges Service (LEHSS).
      </p>
      <p>
        <Link href="/sign-in" className="button">
          Sign in to your setting’s account
        </Link>
      </p>
      <h2>What your setting can do on the Hub</h2>
      <ul className="card-list">
        <li className="card">
          <h3>Evaluate your setting</h3>
          <p>Audit your setting against the eight principles of a whole school or college approach with the Self Assessment Tool.</p>
        </li>
        <li className="card">
          <h3>Reports and recommendations</h3>
          <p>
            Get a summary report with personalised recommendations, mapped to Ofsted, the SEND Code of Practice, NICE guidance and Keeping Children Safe in
            Education.
          </p>
        </li>
        <li className="card">
          <h3>Share what works</h3>
          <p>
            Capture case studies in your scrapbook and share them, after moderation, in the <Link href="/community">Community Scrapbook</Link>.
          </p>
        </li>
        <li className="card">
          <h3>Train your staff</h3>
          <p>See your staff’s training and skill gaps, book LEHSS training, and celebrate your Compassionate Champions.</p>
        </li>
        <li className="card">
          <h3>Work towards the award</h3>
          <p>Track your progress towards the Compassionate School Award or the Compassionate College Award.</p>
        </li>
      </ul>
      <h2>The eight principles</h2>
      <p>
        The eight principles of a whole school or college approach to promoting mental health and wellbeing, from guidance published in 2021 by Public Health
        England (now the Office for Health Improvement and Disparities) with the Department for Education:
      </p>
      <ol className="principles-list">
        {principles.docs.map((p) => (
          <li key={p.id}>{p.title}</li>
        ))}
      </ol>
      <h2>Joining the Hub</h2>
      <p>
        Every school and college in Lancashire can have an account. If your setting does not have one yet, ask to join: the LEHSS team will set one up for your
        senior mental health lead.
      </p>
      <p>
        <Link href="/join" className="button button--secondary">
          Join the Hub
        </Link>
      </p>
    </>
  )
}

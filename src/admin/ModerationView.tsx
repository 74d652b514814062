/**
 * /admin/moderation: the Community Scrapbook's moderation queue. Case studies waiting for a decision, oldest
 * share first, each previewed as the setting wrote it (the working text, not the published copy) with the
 * decision form in place. Payload does not guard custom views: this one checks the user itself, and reads as
 * that user (overrideAccess: false).
 */
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { idOf } from '@/access'
import { RichText } from '@/components/RichText'
import { formatDate } from '@/components/formatDate'
import type { CaseStudy, Media, Principle, Setting, User } from '@/payload-types'
import { mediaURLs } from '@/scrapbook/gallery'
import { settingTypeLabel } from '@/settings/settingTypes'

import { DecisionForm } from './DecisionForm'
import { MODERATION_PATH, PENDING, canModerate } from './pendingCaseStudies'
import { ServiceAdminPage } from './ServiceAdminPage'

const QUEUE_LIMIT = 50

const nameOf = (user: unknown): string => {
  if (user && typeof user === 'object') {
    const u = user as Pick<User, 'name' | 'email'>
    return u.name ? `${u.name} (${u.email})` : u.email
  }
  return 'an account that no longer exists'
}

const dateTime = (value: string | null | undefined): string =>
  value
    ? new Date(value).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })
    : '—'

export async function ModerationView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin

  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${MODERATION_PATH}`)}`)
  if (!canModerate(user)) {
    return (
      <main className="moderation moderation--not-allowed">
        <Gutter>
          <h1>You cannot use the moderation queue</h1>
          <p>Only the service’s administrators and staff moderate the Community Scrapbook.</p>
          <p>
            <a href="/dashboard">Go to your dashboard</a>
          </p>
        </Gutter>
      </main>
    )
  }

  const queue = await payload.find({
    collection: 'case-studies',
    where: PENDING,
    sort: 'sharedAt',
    limit: QUEUE_LIMIT,
    depth: 1,
    user,
    overrideAccess: false,
    req,
  })
  const imageIds = queue.docs.flatMap((doc) => (doc.images ?? []).map((i) => idOf(i) as number))
  const bodyImageIds = queue.docs.flatMap((doc) => uploadIds(doc.body))
  const images = await mediaURLs(payload, [...new Set([...imageIds, ...bodyImageIds])])

  return (
    <ServiceAdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="moderation">
      <h1>Moderation queue</h1>
      <p className="moderation__lead">
        {queue.totalDocs === 0
          ? 'No case studies are waiting for moderation.'
          : `${queue.totalDocs} ${queue.totalDocs === 1 ? 'case study is' : 'case studies are'} waiting, oldest first${queue.totalDocs > QUEUE_LIMIT ? ` (showing the first ${QUEUE_LIMIT})` : ''}.`}{' '}
        Approve to publish the text below in the Community Scrapbook; request changes or reject with feedback for the setting.
      </p>
      <ol className="moderation__list">
        {queue.docs.map((doc) => (
          <li key={doc.id}>
            <Entry doc={doc} images={images} />
          </li>
        ))}
      </ol>
    </ServiceAdminPage>
  )
}

function Entry({ doc, images }: { doc: CaseStudy; images: Awaited<ReturnType<typeof mediaURLs>> }) {
  const setting = typeof doc.setting === 'object' ? (doc.setting as Setting) : null
  const principles = (doc.principles ?? []).filter((p): p is Principle => typeof p === 'object' && p !== null)
  const gallery = (doc.images ?? []).map((i) => idOf(i) as number).flatMap((id) => (images.has(id) ? [{ id, ...images.get(id)! }] : []))
  const headingId = `case-study-${doc.id}-title`
  return (
    <article className="moderation__entry" aria-labelledby={headingId}>
      <h2 id={headingId}>{doc.title}</h2>
      <dl className="moderation__facts">
        <dt>Setting</dt>
        <dd>{setting ? `${setting.name} (${settingTypeLabel(setting.type)})` : 'Unknown setting'}</dd>
        <dt>Shown publicly as</dt>
        <dd>{doc.anonymous ? 'Anonymous (the setting’s type only)' : 'The setting’s name'}</dd>
        <dt>Written by</dt>
        <dd>{doc.author ? nameOf(doc.author) : '—'}</dd>
        <dt>Shared</dt>
        <dd>{dateTime(doc.sharedAt)}</dd>
        <dt>No pupil information confirmed by</dt>
        <dd>
          {doc.pupilConfirmation?.confirmedBy
            ? `${nameOf(doc.pupilConfirmation.confirmedBy)}, ${dateTime(doc.pupilConfirmation.confirmedAt)}`
            : 'Not confirmed'}
        </dd>
        {doc.published?.live && (
          <>
            <dt>Currently published</dt>
            <dd>Yes, since {formatDate(doc.published.publishedAt)}: these are edits; approving replaces the public text.</dd>
          </>
        )}
        <dt>Principles</dt>
        <dd>{principles.length ? principles.map((p) => p.label).join(', ') : '—'}</dd>
      </dl>
      <section className="moderation__preview" aria-label={`Text of “${doc.title}”`}>
        <h3>Summary</h3>
        <p>{doc.summary}</p>
        <h3>Body</h3>
        <RichText value={doc.body} image={(id) => images.get(Number(idOf(id))) ?? null} />
        {gallery.length > 0 && (
          <>
            <h3>Images</h3>
            <ul className="moderation__images">
              {gallery.map((img) => (
                <li key={img.id}>
                  <img src={img.url} alt={img.alt} width={img.width ?? undefined} height={img.height ?? undefined} loading="lazy" />
                  <span className="moderation__alt">Alt text: {img.alt || '(none)'}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <DecisionForm id={doc.id} title={doc.title} />
    </article>
  )
}

/** Ids of the images placed in the body's text (upload nodes), populated or not. */
function uploadIds(body: unknown): number[] {
  const out: number[] = []
  const walk = (node: { type?: string; value?: unknown; children?: unknown[] } | undefined) => {
    if (!node) return
    if (node.type === 'upload') {
      const id = idOf(node.value as Media | number | null)
      if (typeof id === 'number') out.push(id)
    }
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk((body as { root?: { children?: unknown[] } } | null)?.root)
  return out
}

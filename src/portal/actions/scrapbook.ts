'use server'
/** The scrapbook's form actions: write and edit a case study, add its images, share, withdraw, delete. */
import { notFound, redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { parseDocumentId } from '@/api/requestRules'
import { inTransaction } from '@/db/inTransaction'
import { shareCaseStudy, withdrawCaseStudy } from '@/scrapbook/moderation'
import { writingEditor, writingToRichText } from '@/scrapbook/writing'
import { MAX_UPLOAD_BYTES } from '@/uploads/imagePolicy'

import { hubPayload } from '../payload'
import { requireLeadViewer, requireSettingViewer } from '../requireViewer'
import { type FormState, field } from './formState'
import { orNotFound } from './refusals'

/**
 * The case study a form names: null when it names none (a new one), the site's 404 when the id cannot be one (a
 * made-up id must not quietly become a new case study, nor reach the database).
 */
const idFrom = (form: FormData): number | null => {
  const raw = field(form, 'id')
  if (!raw) return null
  const id = parseDocumentId(raw)
  if (id === null) notFound()
  return id as number
}

export async function saveCaseStudy(_: FormState, form: FormData): Promise<FormState> {
  const { user } = await requireSettingViewer('/scrapbook')
  const title = field(form, 'title')
  const summary = field(form, 'summary')
  const body = typeof form.get('body') === 'string' ? (form.get('body') as string) : ''
  const principles = form
    .getAll('principles')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
  const anonymous = field(form, 'anonymous') === 'yes'
  const values = { title, summary, body, principles: principles.join(','), anonymous: anonymous ? 'yes' : '' }
  const errors: FormState['errors'] = []
  if (!title) errors.push({ field: 'title', message: 'Enter a title' })
  else if (title.length > 150) errors.push({ field: 'title', message: 'The title must be 150 characters or fewer' })
  if (!summary) errors.push({ field: 'summary', message: 'Enter a summary' })
  else if (summary.length > 300) errors.push({ field: 'summary', message: `The summary must be 300 characters or fewer (it has ${summary.length})` })
  if (!body.trim()) errors.push({ field: 'body', message: 'Write the case study' })
  else if (body.length > 20_000) errors.push({ field: 'body', message: 'The case study must be 20,000 characters or fewer' })
  if (!principles.length) errors.push({ field: 'principles', message: 'Choose at least one principle' })
  if (errors.length) return { errors, values }

  const payload = await hubPayload()
  const id = idFrom(form)
  const data = { title, summary, body: writingToRichText(body, await writingEditor(payload.config)), principles, anonymous }
  try {
    const doc = id
      ? await payload.update({ collection: 'case-studies', id, data: data as never, depth: 0, user, overrideAccess: false })
      : await payload.create({ collection: 'case-studies', data: data as never, depth: 0, user, overrideAccess: false })
    redirect(`/scrapbook/${doc.id}?saved=1`)
  } catch (error) {
    if ((error as { digest?: string }).digest?.startsWith('NEXT_REDIRECT')) throw error
    if ((error as { status?: number }).status === 403 || (error as { status?: number }).status === 404) {
      return { errors: [{ field: 'title', message: 'You cannot change this case study now. Ask your setting lead.' }], values }
    }
    throw error
  }
}

export async function addImage(_: FormState, form: FormData): Promise<FormState> {
  const { user } = await requireSettingViewer('/scrapbook')
  const id = idFrom(form)
  const alt = field(form, 'alt')
  const file = form.get('image')
  const errors: FormState['errors'] = []
  if (!(file instanceof File) || file.size === 0) errors.push({ field: 'image', message: 'Choose an image to upload' })
  else if (file.size > MAX_UPLOAD_BYTES) errors.push({ field: 'image', message: 'The image must be 10 MB or smaller' })
  if (!alt) errors.push({ field: 'alt', message: 'Describe the image for someone who cannot see it' })
  else if (alt.length > 300) errors.push({ field: 'alt', message: 'The description must be 300 characters or fewer' })
  if (errors.length || !id || !(file instanceof File)) return { errors, values: { alt } }

  const payload = await hubPayload()
  const study = await orNotFound(() => payload.findByID({ collection: 'case-studies', id, depth: 0, user, overrideAccess: false }))
  const images = (study.images ?? []).map((i) => (typeof i === 'object' ? i.id : i))
  if (images.length >= 6) return { errors: [{ field: 'image', message: 'A case study can have at most 6 images' }], values: { alt } }
  try {
    const data = Buffer.from(await file.arrayBuffer())
    // The image and its place in the case study are stored together, or neither is.
    const req = await createLocalReq({ user }, payload)
    await inTransaction(req, async () => {
      const media = await payload.create({
        collection: 'media',
        data: { alt },
        file: { data, mimetype: file.type, name: file.name, size: data.length },
        req,
        depth: 0,
        overrideAccess: false,
      })
      await payload.update({ collection: 'case-studies', id, data: { images: [...images, media.id] }, req, depth: 0, overrideAccess: false })
    })
  } catch (error) {
    const e = error as { status?: number; message?: string }
    if (e.status === 400 || e.status === 413)
      return { errors: [{ field: 'image', message: e.message ?? 'The file must be a JPEG, PNG or WebP image' }], values: { alt } }
    throw error
  }
  redirect(`/scrapbook/${id}?image-added=1#images`)
}

export async function removeImage(form: FormData): Promise<void> {
  const { user } = await requireSettingViewer('/scrapbook')
  const id = idFrom(form)
  const image = Number(field(form, 'image'))
  const payload = await hubPayload()
  if (id) {
    await orNotFound(async () => {
      const study = await payload.findByID({ collection: 'case-studies', id, depth: 0, user, overrideAccess: false })
      const images = (study.images ?? []).map((i) => (typeof i === 'object' ? i.id : i)).filter((i) => i !== image)
      await payload.update({ collection: 'case-studies', id, data: { images }, depth: 0, user, overrideAccess: false })
    })
  }
  redirect(`/scrapbook/${id}#images`)
}

export async function shareAction(_: FormState, form: FormData): Promise<FormState> {
  const { user } = await requireLeadViewer('/scrapbook')
  const id = idFrom(form)
  if (field(form, 'confirm') !== 'yes') {
    return { errors: [{ field: 'confirm', message: 'Confirm that the case study contains no information that identifies a pupil' }] }
  }
  const payload = await hubPayload()
  if (!id) notFound()
  await orNotFound(async () => shareCaseStudy(await createLocalReq({ user }, payload), id as number, { confirmNoPupilInfo: true }))
  redirect(`/scrapbook/${id}?shared=1`)
}

export async function withdrawAction(form: FormData): Promise<void> {
  const { user } = await requireLeadViewer('/scrapbook')
  const id = idFrom(form)
  const payload = await hubPayload()
  if (!id) notFound()
  await orNotFound(async () => withdrawCaseStudy(await createLocalReq({ user }, payload), id as number))
  redirect(`/scrapbook/${id}?withdrawn=1`)
}

export async function deleteCaseStudy(form: FormData): Promise<void> {
  const { user } = await requireLeadViewer('/scrapbook')
  const id = idFrom(form)
  const payload = await hubPayload()
  if (id) await orNotFound(() => payload.delete({ collection: 'case-studies', id, user, overrideAccess: false }))
  redirect('/scrapbook?deleted=1')
}

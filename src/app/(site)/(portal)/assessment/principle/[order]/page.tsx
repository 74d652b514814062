/** One principle of the self-assessment: its questions as radio groups, each with guidance and an evidence note. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { idOf } from '@/access/roles'
import { findDraft, progressOf, questionsByPrinciple } from '@/assessment/draft'
import { hubPayload } from '@/portal/payload'
import { RetiredAnswersNotice } from '@/components/RetiredAnswersNotice'
import { requireSettingViewer } from '@/portal/requireViewer'
import { richTextToPlain } from '@/richtext/plainText'
import type { SettingType } from '@/settings/settingTypes'

import { PrincipleForm } from './PrincipleForm'

type Props = { params: Promise<{ order: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Self-assessment: principle ${(await params).order}` }
}

export default async function PrinciplePage({ params, searchParams }: Props) {
  const order = Number((await params).order)
  if (!Number.isInteger(order) || order < 1) notFound()
  const { user, setting } = await requireSettingViewer(`/assessment/principle/${order}`)
  if (user.role !== 'setting-lead') redirect('/assessment')
  const payload = await hubPayload()
  const draft = await findDraft(payload, user, setting.id)
  if (!draft) redirect('/assessment')
  const progress = progressOf(draft, await questionsByPrinciple(payload, user, setting.type as SettingType))
  const index = progress.findIndex((p) => p.principle.order === order)
  if (index === -1) notFound()
  const { principle, questions } = progress[index]
  const answers = new Map((draft.answers ?? []).map((a) => [idOf(a.question), a]))
  const complete = progress.filter((p) => p.status === 'complete').length
  const { retired, from } = await searchParams
  // Arriving from "Check your answers" (a Change link), saving goes back there rather than on to the next principle.
  const fromCheck = from === 'check'
  const next = fromCheck ? null : (progress[index + 1]?.principle.order ?? null)
  const back = fromCheck ? '/assessment/check' : index > 0 ? `/assessment/principle/${progress[index - 1].principle.order}` : '/assessment'

  return (
    <>
      <RetiredAnswersNotice retired={retired} />
      <Link href={back} className="back-link">
        Back
      </Link>
      <span className="caption">
        Principle {principle.order} of {progress.length} · {complete} of {progress.length} principles complete
      </span>
      <h1>{principle.title}</h1>
      {principle.description && <p className="lead">{principle.description}</p>}
      <p>
        For each statement, choose how far it is true of your setting today. Add a short note of the evidence you would show an inspector. Choose “Not
        applicable” only when the statement cannot apply to your setting.
      </p>
      <PrincipleForm
        assessment={draft.id}
        next={next}
        questions={questions.map((q, i) => {
          const answer = answers.get(q.id)
          return {
            id: q.id,
            number: i + 1,
            prompt: q.prompt,
            guidance: richTextToPlain(q.guidance).split('\n').filter(Boolean),
            value: answer?.value ?? null,
            evidence: answer?.evidence ?? '',
          }
        })}
      />
    </>
  )
}

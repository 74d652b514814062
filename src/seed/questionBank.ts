/** Seeds the question bank (principles, framework references, questions, recommendations) where it is missing. */
import type { Payload } from 'payload'

import { paragraphsToRichText } from '@/richtext/plainText'

import { createUnlessExists } from './createUnlessExists'
import { frameworkReferences } from './content/framework-references'
import { principles } from './content/principles'
import { questions } from './content/questions'
import { recommendations } from './content/recommendations'

export async function seedQuestionBank(payload: Payload): Promise<{ created: number }> {
  let created = 0
  const ids = { principles: new Map<string, number>(), references: new Map<string, number>(), questions: new Map<string, number>() }
  const count = (r: { id: number; created: boolean }) => {
    if (r.created) created++
    return r.id
  }

  for (const p of principles) {
    const { key, ...data } = p
    ids.principles.set(key, count(await createUnlessExists(payload, 'principles', 'key', key, { key, ...data })))
  }
  for (const r of frameworkReferences) {
    ids.references.set(r.key, count(await createUnlessExists(payload, 'framework-references', 'key', r.key, { ...r })))
  }
  for (const q of questions) {
    const id = await createUnlessExists(payload, 'questions', 'key', q.key, {
      key: q.key,
      principle: ids.principles.get(q.principle),
      order: q.order,
      prompt: q.prompt,
      guidance: paragraphsToRichText(q.guidance),
      weight: q.weight,
      settingTypes: q.settingTypes,
      frameworkReferences: q.references.map((ref) => ids.references.get(ref)).filter(Boolean),
      active: true,
      _status: 'published',
    })
    ids.questions.set(q.key, count(id))
  }
  for (const r of recommendations) {
    const trigger =
      r.trigger.kind === 'principle-band'
        ? { kind: r.trigger.kind, band: r.trigger.band }
        : { kind: r.trigger.kind, question: ids.questions.get(r.trigger.question), level: String(r.trigger.level) }
    count(
      await createUnlessExists(payload, 'recommendations', 'key', r.key, {
        key: r.key,
        title: r.title,
        body: paragraphsToRichText(r.body),
        principle: ids.principles.get(r.principle),
        trigger,
        priority: r.priority,
        resources: r.resources,
        active: true,
        _status: 'published',
      }),
    )
  }
  return { created }
}

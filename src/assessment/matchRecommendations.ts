/**
 * Which recommendations a submitted assessment earns: those whose principle scored in their band, and those
 * whose question was answered at or below their level. Ordered by priority, then principle order, then title.
 */
import { NOT_APPLICABLE, type AnswerToScore, type PrincipleScore, type Rag, isLevel } from './scoring'

export type Priority = 'high' | 'medium' | 'low'
export const PRIORITY_ORDER: Priority[] = ['high', 'medium', 'low']

export interface RecommendationRule {
  id: number | string
  title: string
  priority: Priority
  principle: number | string
  trigger: { kind: 'principle-band'; band: Rag } | { kind: 'question-level'; question: number | string; level: number }
}

export function matchRecommendations<R extends RecommendationRule>(
  rules: R[],
  principleScores: PrincipleScore[],
  answers: AnswerToScore[],
  principleOrder: (number | string)[],
): R[] {
  const ragOf = new Map(principleScores.map((p) => [String(p.principle), p.rag]))
  const answerOf = new Map(answers.map((a) => [String(a.question), a.value]))
  const matched = rules.filter((rule) => {
    if (rule.trigger.kind === 'principle-band') return ragOf.get(String(rule.principle)) === rule.trigger.band
    const value = answerOf.get(String(rule.trigger.question))
    return value !== undefined && value !== null && value !== NOT_APPLICABLE && isLevel(value) && Number(value) <= rule.trigger.level
  })
  const position = (p: number | string) => {
    const i = principleOrder.findIndex((x) => String(x) === String(p))
    return i === -1 ? Number.MAX_SAFE_INTEGER : i
  }
  return matched.sort(
    (a, b) =>
      PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority) ||
      position(a.principle) - position(b.principle) ||
      (a.trigger.kind === b.trigger.kind ? 0 : a.trigger.kind === 'principle-band' ? -1 : 1) ||
      a.title.localeCompare(b.title, 'en-GB') ||
      String(a.id).localeCompare(String(b.id)),
  )
}

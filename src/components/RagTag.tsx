/** A red, amber or green band shown as a word in a coloured tag (never colour alone). */
import type { Rag } from '@/assessment/scoring'

const LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' }

export function RagTag({ rag }: { rag: Rag | null }) {
  if (!rag) return <strong className="tag tag--grey">No score</strong>
  return <strong className={`tag tag--${rag}`}>{LABELS[rag]}</strong>
}

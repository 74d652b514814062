import { describe, expect, it } from 'vitest'

import { labelOf } from '@/config/options'
import { EXPORT_STATUSES } from '@/data/exportStatuses'
import { awardStatusLabel } from '@/awards/criterionKinds'

const LIST = [
  { value: 'queued', label: 'Queued' },
  { value: 'ready', label: 'Ready to download' },
] as const

describe('labelOf', () => {
  it('names a stored value by its label', () => {
    expect(labelOf(LIST, 'ready')).toBe('Ready to download')
  })
  it('falls back to the value itself, or to the fallback given, for a value the list does not have', () => {
    expect(labelOf(LIST, 'archived')).toBe('archived')
    expect(labelOf(LIST, 'archived', 'Unknown')).toBe('Unknown')
    expect(labelOf(LIST, null)).toBe('')
    expect(labelOf(LIST, undefined, 'Not answered')).toBe('Not answered')
  })
  it('is what the status labels use', () => {
    expect(labelOf(EXPORT_STATUSES, 'running')).toBe('Being prepared')
    expect(awardStatusLabel('achieved')).toBe('Achieved')
    expect(awardStatusLabel('something-new')).toBe('something-new')
  })
})

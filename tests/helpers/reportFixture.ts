/** A realistic summary report as plain data, for rendering tests. */
import type { ReportData } from '@/assessment/reportData'

const LABELS = [
  'Leadership and management',
  'Ethos and environment',
  'Curriculum and teaching',
  'Student voice',
  'Staff development',
  'Identifying need',
  'Targeted support',
  'Parents and carers',
]

export function reportFixture(overrides: Partial<ReportData> = {}): ReportData {
  const principles = LABELS.map((label, i) => {
    const percentage = i === 3 ? null : [22.2, 38.9, 40, 0, 74.9, 75, 88.9, 61.1][i]
    return {
      id: i + 1,
      order: i + 1,
      label,
      title: `${label} (full title)`,
      score: 0,
      maximum: 0,
      percentage,
      rag: percentage === null ? null : percentage < 40 ? ('red' as const) : percentage < 75 ? ('amber' as const) : ('green' as const),
      answered: 6,
      notApplicable: i === 3 ? 6 : 0,
      benchmark: i % 2 ? 55.5 : null,
      previous: i < 4 ? 30 : null,
      delta: i < 4 && percentage !== null ? Math.round((percentage - 30) * 10) / 10 : null,
    }
  })
  const answers = Array.from({ length: 20 }, (_, i) => ({
    questionId: 100 + i,
    principleId: (i % 8) + 1,
    principleLabel: LABELS[i % 8],
    order: i,
    prompt: i === 0 ? '=HYPERLINK("http://evil.example","click"), with "quotes"' : `Question ${i}, about the setting’s approach`,
    weight: i % 3 ? 1 : 2,
    value: (i % 5 === 4 ? 'na' : String(i % 4)) as ReportData['answers'][number]['value'],
    valueLabel: i % 5 === 4 ? 'Not applicable' : ['Not yet in place', 'Emerging', 'Developing', 'Embedded'][i % 4],
    evidence: i % 2 ? `Line one\nline two, "quoted"` : '',
    frameworkReferences: [{ framework: 'ofsted', version: '2025-11', code: 'Personal development', title: 'Personal development and well-being' }],
  }))
  return {
    setting: { name: 'Brookside Primary School', typeLabel: 'Primary school', phase: 'primary', phaseLabel: 'primary schools' },
    assessment: { id: 7, submittedAt: '2026-11-23T10:00:00.000Z', submittedBy: 'Amira Patel', previousSubmittedAt: '2026-03-01T10:00:00.000Z' },
    overall: { score: 40, maximum: 90, percentage: 44.4, rag: 'amber' },
    principles,
    answers,
    recommendations: (['high', 'medium', 'low', 'high'] as const).map((priority, i) => ({
      id: i + 1,
      title: `Recommendation ${i + 1}: name a senior mental health lead`,
      priority,
      principleLabel: LABELS[i],
      body: ['First paragraph of practical advice.', 'Second paragraph.'],
      resources: i === 0 ? [{ label: 'DfE guidance', url: 'https://www.gov.uk/guidance/senior-mental-health-lead-training' }] : [],
    })),
    questionChanges: [{ prompt: 'Question 1', principleLabel: LABELS[0], before: 'Emerging', after: 'Developing', direction: 'better' }],
    evidenceByFramework: [
      {
        framework: 'ofsted',
        frameworkLabel: 'Ofsted inspection framework',
        version: '2025-11',
        versionLabel: 'November 2025',
        code: 'PD',
        title: 'Personal development and well-being',
        label: 'PD Personal development and well-being',
        items: [{ prompt: 'Question 1', valueLabel: 'Developing', evidence: 'Minutes' }],
      },
    ],
    benchmark: { shown: true, minimum: 5 },
    ...overrides,
  }
}

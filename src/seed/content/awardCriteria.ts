/** The award criteria a new Hub starts with (the service edits them afterwards): the same checklist for schools and colleges, worded for each. */
import type { CriterionTrack, RuleKind, StaffMeasure } from '@/awards/criterionKinds'

export interface CriterionSeed {
  key: string
  track: CriterionTrack
  order: number
  title: string
  guidance: string
  rule: RuleKind
  months?: number
  percent?: number
  staffMeasure?: StaffMeasure
  minimum?: number
  /** A principle's key (principle-score: empty means every principle; staff-trained: the principle the sessions cover). */
  principle?: string
}

export const awardCriteria: CriterionSeed[] = [
  {
    key: 'award-self-assessment-12-months',
    track: 'both',
    order: 10,
    title: 'Complete the self-assessment within the last 12 months',
    guidance:
      'Work through the self-assessment with your senior leadership team and submit it. It tells you, and us, where you are now and which recommendations fit your setting.',
    rule: 'assessment-within',
    months: 12,
  },
  {
    key: 'award-every-principle-50',
    track: 'both',
    order: 20,
    title: 'Reach at least 50 % on every principle',
    guidance:
      'In your latest submitted self-assessment every one of the eight principles scores 50 % or more. Your action plan’s recommendations show where to start on a principle below it.',
    rule: 'principle-score',
    percent: 50,
  },
  {
    key: 'award-half-of-staff-trained',
    track: 'school',
    order: 30,
    title: 'Train at least half of your staff',
    guidance:
      'At least half of your active staff — teaching and support staff alike — have attended a session of the service’s training. Book staff onto upcoming sessions from the Training page.',
    rule: 'staff-trained',
    staffMeasure: 'percent',
    percent: 50,
  },
  {
    key: 'award-half-of-college-staff-trained',
    track: 'college',
    order: 30,
    title: 'Train at least half of your staff, tutors and student services included',
    guidance:
      'At least half of your active staff have attended a session of the service’s training. In a college, personal tutors and student services staff are often the first to notice a student struggling: include them.',
    rule: 'staff-trained',
    staffMeasure: 'percent',
    percent: 50,
  },
  {
    key: 'award-champion',
    track: 'both',
    order: 40,
    title: 'Have at least one Compassionate Champion',
    guidance:
      'A member of staff becomes a Compassionate Champion by attending three of the service’s sessions. Champions keep compassion on the agenda between visits.',
    rule: 'champions',
    minimum: 1,
  },
  {
    key: 'award-two-case-studies',
    track: 'both',
    order: 50,
    title: 'Share two case studies in the Community Scrapbook',
    guidance:
      'Two of your case studies are published in the Community Scrapbook, so other settings in the county can learn from what worked for you. You may share them anonymously.',
    rule: 'case-studies',
    minimum: 2,
  },
  {
    key: 'award-five-actions-done',
    track: 'both',
    order: 60,
    title: 'Complete five actions in your action plan',
    guidance: 'Mark actions done in your action plan as you finish them: five completed actions show the self-assessment is changing practice.',
    rule: 'actions-completed',
    minimum: 5,
  },
  {
    key: 'award-service-visit',
    track: 'both',
    order: 70,
    title: 'A visit from the service, verified by the service',
    guidance:
      'A member of the service visits to talk with staff and pupils or students about what has changed. The service ticks this once the visit has taken place; contact us to arrange it when the rest of your checklist is nearly complete.',
    rule: 'manual',
  },
]

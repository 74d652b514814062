/** Seed data: the eight principles of a whole school or college approach that the Self Assessment Tool audits against. */

/**
 * The eight principles of "Promoting children and young people's mental health and wellbeing: a whole school or
 * college approach", published in 2021 by Public Health England (now the Office for Health Improvement and
 * Disparities) with the Department for Education.
 */
export interface PrincipleSeed {
  key: string
  order: number
  label: string
  title: string
  description: string
}

export const principles: PrincipleSeed[] = [
  {
    key: 'leadership',
    order: 1,
    label: 'Leadership and management',
    title: 'Leadership and management that supports and champions efforts to promote emotional health and wellbeing',
    description:
      'Leadership sits at the centre of the whole setting approach: senior leaders and governors make emotional health and wellbeing a visible priority and give it time, budget and accountability. A named senior lead coordinates the work, and wellbeing is written into the setting’s policies and improvement plan rather than left to committed individuals.',
  },
  {
    key: 'ethos',
    order: 2,
    label: 'Ethos and environment',
    title: 'An ethos and environment that promotes respect and values diversity',
    description:
      'The physical, social and emotional environment has a strong effect on how safe, valued and able to learn pupils, students and staff feel. Warm and consistent relationships, a relational approach to behaviour, robust responses to bullying and discrimination, and an environment that reflects the whole community all help everyone to feel they belong.',
  },
  {
    key: 'curriculum',
    order: 3,
    label: 'Curriculum and learning',
    title: 'Curriculum, teaching and learning to promote resilience and support social and emotional learning',
    description:
      'A planned curriculum helps pupils and students to understand their feelings, look after their mental health, build healthy relationships and know how and where to seek help. Social and emotional skills are taught explicitly, reinforced across subjects and enrichment, and adapted so that every learner can take part and succeed.',
  },
  {
    key: 'student-voice',
    order: 4,
    label: 'Pupil and student voice',
    title: 'Enabling student voice to influence decisions',
    description:
      'Involving pupils and students in decisions that affect them helps them feel part of the community and gives them a sense of control over their lives. Effective settings seek the views of all groups, including those who are less often heard, and show clearly what has changed as a result.',
  },
  {
    key: 'staff-development',
    order: 5,
    label: 'Staff development',
    title: 'Staff development to support their own wellbeing and that of pupils and learners',
    description:
      'Staff need the knowledge and confidence to promote wellbeing, notice when a pupil or student may be struggling and respond well. Just as important, staff are supported with their own wellbeing through manageable workload, supervision for those carrying emotionally demanding work, and a culture in which asking for help is normal.',
  },
  {
    key: 'identifying-need',
    order: 6,
    label: 'Identifying need and impact',
    title: 'Identifying need and monitoring the impact of interventions',
    description:
      'Settings use a systematic approach, drawing on what staff notice, what pupils, students and families say and what routine data show, to identify early those whose wellbeing may be at risk. They measure whether the support offered makes a difference and use that evidence to decide what to continue, change or stop.',
  },
  {
    key: 'targeted-support',
    order: 7,
    label: 'Targeted support and referral',
    title: 'Targeted support and appropriate referral',
    description:
      'Some pupils and students need more than universal provision. A clear, graduated offer of in-house support, delivered by trained and supervised staff, together with well-understood referral routes to specialist services and careful support at times of transition, means that help arrives early and at the right level.',
  },
  {
    key: 'parents-carers',
    order: 8,
    label: 'Parents and carers',
    title: 'Working with parents and carers',
    description:
      'Families have a central role in their children’s emotional health. Settings that communicate clearly and early, involve parents and carers as partners in planning support, and help families to find support for themselves are better able to improve outcomes for children and young people.',
  },
]

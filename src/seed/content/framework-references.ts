/** Seed data: versioned external framework references (Ofsted, SEND Code of Practice, NICE) that questions map to. */

export type FrameworkSeed = 'ofsted' | 'send-code' | 'nice'

export interface FrameworkReferenceSeed {
  key: string
  framework: FrameworkSeed
  version: string
  code: string
  title: string
  url: string
  superseded: boolean
}

/** Ofsted school inspection toolkit, operating guide and information (framework in force from 10 November 2025). */
const OFSTED_2025_URL =
  'https://www.gov.uk/government/publications/school-inspection-toolkit-operating-guide-and-information'

/** Ofsted school inspection handbook under the education inspection framework (EIF) introduced in 2019. */
const OFSTED_2019_URL = 'https://www.gov.uk/government/publications/school-inspection-handbook-eif'

/** Special educational needs and disability code of practice: 0 to 25 years (January 2015). */
const SEND_CODE_URL = 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25'

/** NICE guideline NG223 (July 2022), recommendations chapter. */
const NICE_NG223_URL = 'https://www.nice.org.uk/guidance/ng223/chapter/Recommendations'

export const frameworkReferences: FrameworkReferenceSeed[] = [
  // (a) Ofsted school inspection framework from November 2025: the six evaluation areas graded on the
  // 5-point scale (safeguarding is reported separately as met / not met; early years and sixth form are
  // additional evaluation areas only where a school has that provision).
  {
    key: 'ofsted-2025-inclusion',
    framework: 'ofsted',
    version: '2025-11',
    code: 'inclusion',
    title: 'Inclusion',
    url: OFSTED_2025_URL,
    superseded: false,
  },
  {
    key: 'ofsted-2025-curriculum-and-teaching',
    framework: 'ofsted',
    version: '2025-11',
    code: 'curriculum-and-teaching',
    title: 'Curriculum and teaching',
    url: OFSTED_2025_URL,
    superseded: false,
  },
  {
    key: 'ofsted-2025-achievement',
    framework: 'ofsted',
    version: '2025-11',
    code: 'achievement',
    title: 'Achievement',
    url: OFSTED_2025_URL,
    superseded: false,
  },
  {
    key: 'ofsted-2025-attendance-and-behaviour',
    framework: 'ofsted',
    version: '2025-11',
    code: 'attendance-and-behaviour',
    title: 'Attendance and behaviour',
    url: OFSTED_2025_URL,
    superseded: false,
  },
  {
    key: 'ofsted-2025-personal-development-and-well-being',
    framework: 'ofsted',
    version: '2025-11',
    code: 'personal-development-and-well-being',
    title: 'Personal development and well-being',
    url: OFSTED_2025_URL,
    superseded: false,
  },
  {
    key: 'ofsted-2025-leadership-and-governance',
    framework: 'ofsted',
    version: '2025-11',
    code: 'leadership-and-governance',
    title: 'Leadership and governance',
    url: OFSTED_2025_URL,
    superseded: false,
  },

  // (b) Ofsted education inspection framework 2019: the four key judgements. Kept so that older
  // reports, which cite these judgements, still resolve. Not used by current questions.
  {
    key: 'ofsted-2019-quality-of-education',
    framework: 'ofsted',
    version: '2019',
    code: 'quality-of-education',
    title: 'Quality of education',
    url: OFSTED_2019_URL,
    superseded: true,
  },
  {
    key: 'ofsted-2019-behaviour-and-attitudes',
    framework: 'ofsted',
    version: '2019',
    code: 'behaviour-and-attitudes',
    title: 'Behaviour and attitudes',
    url: OFSTED_2019_URL,
    superseded: true,
  },
  {
    key: 'ofsted-2019-personal-development',
    framework: 'ofsted',
    version: '2019',
    code: 'personal-development',
    title: 'Personal development',
    url: OFSTED_2019_URL,
    superseded: true,
  },
  {
    key: 'ofsted-2019-leadership-and-management',
    framework: 'ofsted',
    version: '2019',
    code: 'leadership-and-management',
    title: 'Leadership and management',
    url: OFSTED_2019_URL,
    superseded: true,
  },

  // (c) SEND Code of Practice: 0 to 25 years (2015).
  {
    key: 'send-6.32',
    framework: 'send-code',
    version: '2015',
    code: '6.32',
    title:
      'Social, emotional and mental health difficulties: the range of difficulties children and young people may experience and how they may present',
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-6.33',
    framework: 'send-code',
    version: '2015',
    code: '6.33',
    title:
      'Social, emotional and mental health difficulties: schools and colleges should have clear processes to support children and young people',
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-6.44-6.56',
    framework: 'send-code',
    version: '2015',
    code: '6.44–6.56',
    title: 'SEN support in schools: the graduated approach (assess, plan, do, review)',
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-ch5',
    framework: 'send-code',
    version: '2015',
    code: 'Chapter 5',
    title:
      'Early years providers: identifying and supporting SEN across the four broad areas of need, including social, emotional and mental health',
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-ch7',
    framework: 'send-code',
    version: '2015',
    code: 'Chapter 7',
    title:
      'Further education: identifying SEN and providing SEN support in colleges, sixth form colleges and 16 to 19 academies',
    url: SEND_CODE_URL,
    superseded: false,
  },

  // (d) NICE guideline NG223 (2022): Social, emotional and mental wellbeing in primary and secondary
  // education. Section 1.1 and recommendations 1.1.2 to 1.1.5 were checked against the NICE text; the
  // titles of sections 1.2 to 1.5 follow NICE's own summary of the guideline's recommendation areas.
  {
    key: 'nice-ng223-1.1',
    framework: 'nice',
    version: '2022',
    code: '1.1',
    title: 'Whole-school approach',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.2',
    framework: 'nice',
    version: '2022',
    code: '1.1.2',
    title:
      'Whole-school approach: a culture, ethos and practice that strengthens relational approaches and inclusion and recognises psychological safety',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.3',
    framework: 'nice',
    version: '2022',
    code: '1.1.3',
    title:
      'Whole-school approach: regular review of policies and procedures so that they promote social, emotional and mental wellbeing',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.4',
    framework: 'nice',
    version: '2022',
    code: '1.1.4',
    title:
      'Whole-school approach: regular review of the accessibility plan, medical conditions policy and approach to understanding behaviour',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.5',
    framework: 'nice',
    version: '2022',
    code: '1.1.5',
    title:
      'Whole-school approach: monitoring and evaluating the impact and effectiveness of the whole-school approach',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.2',
    framework: 'nice',
    version: '2022',
    code: '1.2',
    title: 'Universal curriculum content',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.3',
    framework: 'nice',
    version: '2022',
    code: '1.3',
    title: 'Identifying children and young people at risk of poor social, emotional and mental wellbeing',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.4',
    framework: 'nice',
    version: '2022',
    code: '1.4',
    title: 'Targeted support',
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.5',
    framework: 'nice',
    version: '2022',
    code: '1.5',
    title: 'Support with school-related transitions and other life changes',
    url: NICE_NG223_URL,
    superseded: false,
  },
]

/** Seed data: versioned external framework references (Ofsted, SEND Code of Practice, NICE, KCSIE) that questions map to. */
import type { SettingType } from '@/settings/settingTypes'

export type FrameworkSeed = 'ofsted' | 'send-code' | 'nice' | 'kcsie'

/**
 * `settingTypes` are the types of setting whose reports cite the reference: `[]` for guidance every setting
 * follows (SEND Code, NICE, KCSIE), the school types for the school inspection toolkit, colleges and sixth
 * forms for the further education and skills toolkit.
 */
export interface FrameworkReferenceSeed {
  key: string
  framework: FrameworkSeed
  version: string
  code: string
  title: string
  settingTypes: SettingType[]
  url: string
  superseded: boolean
}

/** Settings inspected under Ofsted's school inspection toolkit. */
export const SCHOOL_TYPES: SettingType[] = ['primary', 'secondary', 'special', 'alternative-provision', 'all-through']
/** School types that can have early years provision (nursery or reception). */
export const SCHOOLS_WITH_EARLY_YEARS: SettingType[] = ['primary', 'special', 'all-through']
/** School types that can have a sixth form. */
export const SCHOOLS_WITH_SIXTH_FORM: SettingType[] = ['secondary', 'special', 'all-through']
/** Colleges and sixth-form colleges: inspected under the further education and skills toolkit. */
export const FURTHER_EDUCATION_TYPES: SettingType[] = ['college', 'sixth-form']

/** Ofsted school inspection toolkit, operating guide and information (framework in force from 10 November 2025). */
const OFSTED_2025_URL = 'https://www.gov.uk/government/publications/school-inspection-toolkit-operating-guide-and-information'

/** Ofsted further education and skills inspection toolkit, operating guide and information (from 10 November 2025). */
const OFSTED_FE_2025_URL = 'https://www.gov.uk/government/publications/further-education-and-skills-inspection-toolkit-operating-guide-and-information'

/** Ofsted school inspection handbook under the education inspection framework (EIF) introduced in 2019. */
const OFSTED_2019_URL = 'https://www.gov.uk/government/publications/school-inspection-handbook-eif'

/** Special educational needs and disability code of practice: 0 to 25 years (January 2015). */
const SEND_CODE_URL = 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25'

/** NICE guideline NG223 (July 2022), recommendations chapter. */
const NICE_NG223_URL = 'https://www.nice.org.uk/guidance/ng223/chapter/Recommendations'

/** NICE guideline NG225 (September 2022), recommendations chapter. */
const NICE_NG225_URL = 'https://www.nice.org.uk/guidance/ng225/chapter/Recommendations'

/** NICE guideline NG43 (February 2016), recommendations chapter. */
const NICE_NG43_URL = 'https://www.nice.org.uk/guidance/ng43/chapter/Recommendations'

/** Keeping children safe in education: statutory guidance for schools and colleges (current edition). */
const KCSIE_URL = 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2'

export type SchoolArea =
  | 'inclusion'
  | 'curriculum-and-teaching'
  | 'achievement'
  | 'attendance-and-behaviour'
  | 'personal-development-and-well-being'
  | 'leadership-and-governance'
  | 'early-years'
  | 'sixth-form'

export type FurtherEducationArea =
  | 'leadership-and-governance'
  | 'inclusion'
  | 'curriculum-and-teaching'
  | 'achievement'
  | 'participation-and-development'
  | 'contribution-to-meeting-skills-needs'

export const schoolAreaKey = (area: SchoolArea): string => `ofsted-2025-${area}`
export const furtherEducationAreaKey = (area: FurtherEducationArea): string => `ofsted-fe-2025-${area}`

const SCHOOL_AREA_TYPES: Partial<Record<SchoolArea, SettingType[]>> = {
  'early-years': SCHOOLS_WITH_EARLY_YEARS,
  'sixth-form': SCHOOLS_WITH_SIXTH_FORM,
}

const schoolArea = (area: SchoolArea, title: string): FrameworkReferenceSeed => ({
  key: schoolAreaKey(area),
  framework: 'ofsted',
  version: '2025-11',
  code: area,
  title: `${title} (school inspection toolkit)`,
  settingTypes: SCHOOL_AREA_TYPES[area] ?? SCHOOL_TYPES,
  url: OFSTED_2025_URL,
  superseded: false,
})

// The code carries an "fe-" prefix because a report groups references by framework, version and code, and
// the two toolkits share area names.
const furtherEducationArea = (area: FurtherEducationArea, title: string): FrameworkReferenceSeed => ({
  key: furtherEducationAreaKey(area),
  framework: 'ofsted',
  version: '2025-11',
  code: `fe-${area}`,
  title: `${title} (further education and skills inspection toolkit)`,
  settingTypes: FURTHER_EDUCATION_TYPES,
  url: OFSTED_FE_2025_URL,
  superseded: false,
})

export const frameworkReferences: FrameworkReferenceSeed[] = [
  // (a) Ofsted renewed education inspection framework, in force from 10 November 2025. Schools are inspected
  // with the school inspection toolkit: six evaluation areas graded on the 5-point scale, plus early years and
  // sixth form where a school has that provision (safeguarding is reported separately as met / not met).
  // Colleges, sixth-form colleges and 16 to 19 providers are inspected with the further education and skills
  // toolkit instead (a2). Titles name the toolkit because both toolkits have, for example, an "Inclusion".
  schoolArea('inclusion', 'Inclusion'),
  schoolArea('curriculum-and-teaching', 'Curriculum and teaching'),
  schoolArea('achievement', 'Achievement'),
  schoolArea('attendance-and-behaviour', 'Attendance and behaviour'),
  schoolArea('personal-development-and-well-being', 'Personal development and well-being'),
  schoolArea('leadership-and-governance', 'Leadership and governance'),
  schoolArea('early-years', 'Early years, where the school has early years provision'),
  schoolArea('sixth-form', 'Sixth form, where the school has a sixth form'),

  // (a2) Ofsted further education and skills inspection toolkit, November 2025: leadership and governance and
  // inclusion are graded for the provider as a whole; curriculum and teaching, achievement, and participation
  // and development for each type of provision (education programmes for young people, adult learning
  // programmes, apprenticeships, provision for learners with high needs); colleges are also graded on their
  // contribution to meeting skills needs. Safeguarding is met / not met.
  furtherEducationArea('leadership-and-governance', 'Leadership and governance'),
  furtherEducationArea('inclusion', 'Inclusion'),
  furtherEducationArea('curriculum-and-teaching', 'Curriculum and teaching'),
  furtherEducationArea('achievement', 'Achievement'),
  furtherEducationArea('participation-and-development', 'Participation and development'),
  furtherEducationArea('contribution-to-meeting-skills-needs', 'Contribution to meeting skills needs'),

  // (b) Ofsted education inspection framework 2019: the four key judgements. Kept so that older
  // reports, which cite these judgements, still resolve. Not used by current questions.
  {
    key: 'ofsted-2019-quality-of-education',
    framework: 'ofsted',
    version: '2019',
    code: 'quality-of-education',
    title: 'Quality of education',
    settingTypes: SCHOOL_TYPES,
    url: OFSTED_2019_URL,
    superseded: true,
  },
  {
    key: 'ofsted-2019-behaviour-and-attitudes',
    framework: 'ofsted',
    version: '2019',
    code: 'behaviour-and-attitudes',
    title: 'Behaviour and attitudes',
    settingTypes: SCHOOL_TYPES,
    url: OFSTED_2019_URL,
    superseded: true,
  },
  {
    key: 'ofsted-2019-personal-development',
    framework: 'ofsted',
    version: '2019',
    code: 'personal-development',
    title: 'Personal development',
    settingTypes: SCHOOL_TYPES,
    url: OFSTED_2019_URL,
    superseded: true,
  },
  {
    key: 'ofsted-2019-leadership-and-management',
    framework: 'ofsted',
    version: '2019',
    code: 'leadership-and-management',
    title: 'Leadership and management',
    settingTypes: SCHOOL_TYPES,
    url: OFSTED_2019_URL,
    superseded: true,
  },

  // (c) SEND Code of Practice: 0 to 25 years (2015).
  {
    key: 'send-6.32',
    framework: 'send-code',
    version: '2015',
    code: '6.32',
    title: 'Social, emotional and mental health difficulties: the range of difficulties children and young people may experience and how they may present',
    settingTypes: [],
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-6.33',
    framework: 'send-code',
    version: '2015',
    code: '6.33',
    title: 'Social, emotional and mental health difficulties: schools and colleges should have clear processes to support children and young people',
    settingTypes: [],
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-6.44-6.56',
    framework: 'send-code',
    version: '2015',
    code: '6.44–6.56',
    title: 'SEN support in schools: the graduated approach (assess, plan, do, review)',
    settingTypes: [],
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-ch5',
    framework: 'send-code',
    version: '2015',
    code: 'Chapter 5',
    title: 'Early years providers: identifying and supporting SEN across the four broad areas of need, including social, emotional and mental health',
    settingTypes: [],
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-ch7',
    framework: 'send-code',
    version: '2015',
    code: 'Chapter 7',
    title: 'Further education: identifying SEN and providing SEN support in colleges, sixth form colleges and 16 to 19 academies',
    settingTypes: [],
    url: SEND_CODE_URL,
    superseded: false,
  },
  {
    key: 'send-ch8',
    framework: 'send-code',
    version: '2015',
    code: 'Chapter 8',
    title: 'Preparing for adulthood from the earliest years, including the move to adult health services',
    settingTypes: [],
    url: SEND_CODE_URL,
    superseded: false,
  },

  // (d) NICE guidelines. Codes name the guideline as well as the section, because NG223 and NG225 are both
  // 2022 editions with sections 1.1 to 1.5 and a report groups references by framework, version and code.
  //
  // NG223 (2022): Social, emotional and mental wellbeing in primary and secondary education (key stages 1 to
  // 5; "school" includes colleges). Section 1.1 and recommendations 1.1.2 to 1.1.5 were checked against the
  // NICE text; the titles of sections 1.2 to 1.5 follow NICE's own summary of the recommendation areas.
  {
    key: 'nice-ng223-1.1',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.1',
    title: 'Whole-school approach',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.2',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.1.2',
    title: 'Whole-school approach: a culture, ethos and practice that strengthens relational approaches and inclusion and recognises psychological safety',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.3',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.1.3',
    title: 'Whole-school approach: regular review of policies and procedures so that they promote social, emotional and mental wellbeing',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.4',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.1.4',
    title: 'Whole-school approach: regular review of the accessibility plan, medical conditions policy and approach to understanding behaviour',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.1.5',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.1.5',
    title: 'Whole-school approach: monitoring and evaluating the impact and effectiveness of the whole-school approach',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.2',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.2',
    title: 'Universal curriculum content',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.3',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.3',
    title: 'Identifying children and young people at risk of poor social, emotional and mental wellbeing',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.4',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.4',
    title: 'Targeted support',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },
  {
    key: 'nice-ng223-1.5',
    framework: 'nice',
    version: '2022',
    code: 'NG223 1.5',
    title: 'Support with school-related transitions and other life changes',
    settingTypes: [],
    url: NICE_NG223_URL,
    superseded: false,
  },

  // NG225 (2022): Self-harm: assessment, management and preventing recurrence. It applies to every sector
  // that works with people who have self-harmed, staff in education settings included. Section 1.6 was
  // checked against the NICE text; sections 1.2 to 1.4 follow the order of NICE's list of recommendation areas.
  {
    key: 'nice-ng225-1.2',
    framework: 'nice',
    version: '2022',
    code: 'NG225 1.2',
    title: 'Self-harm: consent and confidentiality',
    settingTypes: [],
    url: NICE_NG225_URL,
    superseded: false,
  },
  {
    key: 'nice-ng225-1.3',
    framework: 'nice',
    version: '2022',
    code: 'NG225 1.3',
    title: 'Self-harm: safeguarding',
    settingTypes: [],
    url: NICE_NG225_URL,
    superseded: false,
  },
  {
    key: 'nice-ng225-1.4',
    framework: 'nice',
    version: '2022',
    code: 'NG225 1.4',
    title: 'Self-harm: involving family members and carers',
    settingTypes: [],
    url: NICE_NG225_URL,
    superseded: false,
  },
  {
    key: 'nice-ng225-1.6',
    framework: 'nice',
    version: '2022',
    code: 'NG225 1.6',
    title:
      'Self-harm: risk assessment tools and scales are not used to predict future suicide or self-harm, or to decide who is offered support; assessment focuses on needs and safety',
    settingTypes: [],
    url: NICE_NG225_URL,
    superseded: false,
  },

  // NG43 (2016): Transition from children's to adults' services for young people using health or social
  // care services. Section 1.1 was checked against the NICE text.
  {
    key: 'nice-ng43-1.1',
    framework: 'nice',
    version: '2016',
    code: 'NG43 1.1',
    title: 'Transition to adults’ services: overarching principles (developmentally appropriate, strengths-based, person-centred)',
    settingTypes: [],
    url: NICE_NG43_URL,
    superseded: false,
  },
  {
    key: 'nice-ng43-1.2',
    framework: 'nice',
    version: '2016',
    code: 'NG43 1.2',
    title: 'Transition to adults’ services: transition planning',
    settingTypes: [],
    url: NICE_NG43_URL,
    superseded: false,
  },

  // (e) Keeping children safe in education: statutory guidance for schools and colleges, the edition in force
  // from 1 September 2025. It covers children under 18; colleges follow adult safeguarding arrangements for
  // learners aged 18 and over.
  {
    key: 'kcsie-2025-part-one',
    framework: 'kcsie',
    version: '2025',
    code: 'Part one',
    title: 'Safeguarding information for all staff, including what to do if they have concerns about a child',
    settingTypes: [],
    url: KCSIE_URL,
    superseded: false,
  },
  {
    key: 'kcsie-2025-part-two',
    framework: 'kcsie',
    version: '2025',
    code: 'Part two',
    title: 'The management of safeguarding: governance, the child protection policy and the designated safeguarding lead',
    settingTypes: [],
    url: KCSIE_URL,
    superseded: false,
  },
  {
    key: 'kcsie-2025-annex-c',
    framework: 'kcsie',
    version: '2025',
    code: 'Annex C',
    title: 'Role of the designated safeguarding lead',
    settingTypes: [],
    url: KCSIE_URL,
    superseded: false,
  },
]

/** Seed data: the default Self Assessment Tool question bank, grouped by principle, with guidance and framework mappings. */
import { type FurtherEducationArea, type SchoolArea, furtherEducationAreaKey, schoolAreaKey } from './framework-references'

export type SettingTypeSeed = 'primary' | 'secondary' | 'special' | 'alternative-provision' | 'all-through' | 'sixth-form' | 'college'

/**
 * One self-evaluation statement, answered on the scale 0 Not yet in place, 1 Emerging, 2 Developing,
 * 3 Embedded (or Not applicable). `settingTypes: []` means the question applies to every type of setting.
 * `references` are keys of `frameworkReferences` (framework-references.ts).
 */
export interface QuestionSeed {
  key: string
  principle: string
  order: number
  prompt: string
  guidance: string[]
  weight: number
  settingTypes: SettingTypeSeed[]
  references: string[]
}

const PRIMARY_PHASE: SettingTypeSeed[] = ['primary', 'all-through', 'special']
const SECONDARY_PHASE: SettingTypeSeed[] = ['secondary', 'all-through', 'alternative-provision']
const POST_16: SettingTypeSeed[] = ['college', 'sixth-form']

/** Ofsted school inspection toolkit areas, for questions that only schools answer. */
const school = (...areas: SchoolArea[]): string[] => areas.map(schoolAreaKey)

/** Ofsted further education and skills toolkit areas, for questions that only colleges and sixth forms answer. */
const furtherEducation = (...areas: FurtherEducationArea[]): string[] => areas.map(furtherEducationAreaKey)

/** Where the further education and skills toolkit evaluates what a school area covers. */
const FURTHER_EDUCATION_COUNTERPART: Partial<Record<SchoolArea, FurtherEducationArea>> = {
  inclusion: 'inclusion',
  'curriculum-and-teaching': 'curriculum-and-teaching',
  achievement: 'achievement',
  'attendance-and-behaviour': 'participation-and-development',
  'personal-development-and-well-being': 'participation-and-development',
  'leadership-and-governance': 'leadership-and-governance',
}

/**
 * For questions that schools and colleges both answer: each school area and its further education and skills
 * counterpart, because a college is inspected with the further education and skills toolkit.
 */
const both = (...areas: SchoolArea[]): string[] => [
  ...school(...areas),
  ...new Set(areas.flatMap((a) => FURTHER_EDUCATION_COUNTERPART[a] ?? []).map(furtherEducationAreaKey)),
]

export const questions: QuestionSeed[] = [
  // ─── 1. Leadership and management ─────────────────────────────────────────────────────────────
  {
    key: 'leadership-1',
    principle: 'leadership',
    order: 1,
    prompt:
      'Senior leaders have named a member of the leadership team as responsible for emotional health and wellbeing, with the time and authority to lead it.',
    guidance: [
      'Embedded: the lead (often the senior mental health lead) sits on the senior leadership team, has the role written into their job description, has protected time, and coordinates wellbeing work across pastoral, SEND, safeguarding, curriculum and staff wellbeing. Staff, pupils or students and families know who the lead is.',
      'Evidence to keep: the leadership structure chart, the job description, a timetable or time allocation, and minutes showing the lead reporting to senior leaders and governors.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1'],
  },
  {
    key: 'leadership-2',
    principle: 'leadership',
    order: 2,
    prompt: 'Emotional health and wellbeing is a priority in the improvement or development plan, with actions, owners, timescales and success measures.',
    guidance: [
      'Embedded: wellbeing appears as a strategic priority, not just a paragraph, and the actions are drawn from this self-assessment and other evidence. Progress is reviewed at least termly and the plan is updated when circumstances change.',
      'Evidence to keep: the current improvement plan, termly progress reviews, and the self-assessment report the actions came from.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1', 'nice-ng223-1.1.5'],
  },
  {
    key: 'leadership-3',
    principle: 'leadership',
    order: 3,
    prompt: 'A governor or trustee has a link role for mental health and wellbeing and the governing body challenges and supports leaders on it.',
    guidance: [
      'Embedded: the link governor or trustee meets the wellbeing lead regularly, visits to see practice, and reports back to the full board. Governors ask about the wellbeing of pupils or students and of staff, including the effect of decisions on workload.',
      'Evidence to keep: governing body minutes, link governor visit notes, and the annual report to governors on wellbeing.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance')],
  },
  {
    key: 'leadership-4',
    principle: 'leadership',
    order: 4,
    prompt:
      'There is an up-to-date mental health and wellbeing policy that is consistent with the behaviour, safeguarding, SEND, attendance and anti-bullying policies.',
    guidance: [
      'Embedded: the policy sets out roles, how concerns are raised and recorded, the support on offer and how referrals are made. It has been reviewed in the last two years with input from staff, pupils or students and families, and the related policies do not contradict it (for example, a behaviour policy that sanctions distress the wellbeing policy says should be supported).',
      'Evidence to keep: the policy with its review date, a record of who was consulted, and notes of the cross-check against related policies.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1.3', 'kcsie-2025-part-two'],
  },
  {
    key: 'leadership-5',
    principle: 'leadership',
    order: 5,
    prompt: 'Leaders review the whole setting approach against the eight principles at least once a year and act on what they find.',
    guidance: [
      'Embedded: the self-assessment is completed by the lead with colleagues, not alone, and draws on the views of pupils or students, staff and families. Findings lead to specific actions that are tracked until the next review.',
      'Evidence to keep: completed self-assessments and reports from the Hub, the resulting action plan, and notes of who contributed.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1.5'],
  },
  {
    key: 'leadership-6',
    principle: 'leadership',
    order: 6,
    prompt:
      'Leaders allocate resources (time, staffing, space and budget) to wellbeing work and make good use of local services such as the Mental Health Support Team and LEHSS.',
    guidance: [
      'Embedded: wellbeing work has a budget line and staff time that is protected when pressures rise. Leaders know what local services offer, have named contacts, and use consultation and training that is available to the setting.',
      'Evidence to keep: budget and staffing allocations, a map of local services with contacts, and records of consultations and training taken up.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1'],
  },
  {
    key: 'leadership-7',
    principle: 'leadership',
    order: 7,
    prompt:
      'College leaders and governors receive regular reports on student mental health (such as trends in concerns, demand for support, waiting times and outcomes) and use them to plan provision.',
    guidance: [
      'Embedded: anonymised data on student wellbeing are reported at least termly to senior leaders and the governing body, broken down by campus, course level and student group. Decisions about counselling, wellbeing staff and tutorial time are visibly based on this evidence.',
      'Evidence to keep: termly wellbeing reports (with no identifiable student information), minutes showing discussion, and resulting changes to provision.',
    ],
    weight: 1,
    settingTypes: POST_16,
    references: [...furtherEducation('leadership-and-governance'), ...school('sixth-form'), 'nice-ng223-1.1.5'],
  },
  {
    key: 'leadership-8',
    principle: 'leadership',
    order: 8,
    prompt:
      'Leaders model compassionate, relational practice, and this can be seen in how they make decisions about behaviour, attendance, suspension and exclusion.',
    guidance: [
      'Embedded: before serious sanctions, leaders ask what need may lie behind the behaviour or absence and whether reasonable adjustments have been made. Leaders are visible, approachable and consistent, and staff describe the culture as supportive and psychologically safe.',
      'Evidence to keep: suspension and exclusion records showing that needs were considered, staff survey results, and examples of adjustments made.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance', 'attendance-and-behaviour'), 'nice-ng223-1.1.2'],
  },

  // ─── 2. Ethos and environment ─────────────────────────────────────────────────────────────────
  {
    key: 'ethos-1',
    principle: 'ethos',
    order: 1,
    prompt:
      'Relationships between staff and pupils or students are warm, respectful and consistent, and every pupil or student can name at least one trusted adult.',
    guidance: [
      'Embedded: staff greet pupils or students by name, repair relationships after difficulties, and are consistent across the setting. Surveys or conversations show that almost all pupils or students can name an adult they would talk to if worried, and the setting follows up with those who cannot.',
      'Evidence to keep: pupil or student survey results on trusted adults and belonging, and the list of named key adults for those identified as needing one (kept securely, not uploaded here).',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('personal-development-and-well-being', 'inclusion'), 'nice-ng223-1.1.2'],
  },
  {
    key: 'ethos-2',
    principle: 'ethos',
    order: 2,
    prompt:
      'The behaviour policy takes a relational approach, understands behaviour as communication, and makes reasonable adjustments for pupils or students with SEND and social, emotional and mental health needs.',
    guidance: [
      'Embedded: the policy and practice balance clear expectations with curiosity about unmet need. Staff are trained in de-escalation and co-regulation, repair and restorative conversations are routine, and adjustments for individual needs are planned in advance rather than improvised.',
      'Evidence to keep: the behaviour policy, training records, examples of individual adjustments and of restorative practice, and analysis of sanctions by group (for example SEND and disadvantaged).',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('attendance-and-behaviour', 'inclusion'), 'send-6.33', 'nice-ng223-1.1.4'],
  },
  {
    key: 'ethos-3',
    principle: 'ethos',
    order: 3,
    prompt:
      'Bullying, including prejudice-based and online bullying, is recorded, analysed and responded to consistently, and pupils or students say that it is dealt with well.',
    guidance: [
      'Embedded: there are several ways to report bullying, including anonymously, and every report receives a response. Incidents are analysed each term for patterns (by type, place, time and group), and the findings shape supervision, the curriculum and the environment.',
      'Evidence to keep: the anti-bullying policy, termly analysis of incidents (anonymised), and survey results on how safe pupils or students feel.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('attendance-and-behaviour', 'personal-development-and-well-being'), 'nice-ng223-1.1'],
  },
  {
    key: 'ethos-4',
    principle: 'ethos',
    order: 4,
    prompt: 'The setting actively values diversity: the environment, resources and curriculum reflect the community, and discrimination is challenged.',
    guidance: [
      'Embedded: displays, books, materials and role models reflect a wide range of backgrounds, identities, disabilities and family types. Staff challenge discriminatory language consistently, and pupils or students from all groups report that they feel respected and that they belong.',
      'Evidence to keep: equality objectives, an audit of resources and displays, records of how discriminatory incidents were handled, and survey results on belonging broken down by group.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion', 'personal-development-and-well-being')],
  },
  {
    key: 'ethos-5',
    principle: 'ethos',
    order: 5,
    prompt: 'There are calm, safe spaces and predictable routines for pupils or students who find the busy environment overwhelming.',
    guidance: [
      'Embedded: quiet rooms or calm areas are available at unstructured times and during lessons where agreed, are supervised by adults who know the pupils or students, and are used as part of a plan, not as exclusion. Changes to routine are explained in advance, with visual supports where helpful.',
      'Evidence to keep: a map of calm spaces and their staffing, examples of sensory or environmental adjustments, and feedback from the pupils or students who use them.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'nice-ng223-1.1.4'],
  },
  {
    key: 'ethos-6',
    principle: 'ethos',
    order: 6,
    prompt:
      'Pupils are welcomed warmly at the start of each day and classes use a shared, age-appropriate language for feelings (for example, emotion check-ins).',
    guidance: [
      'Embedded: adults meet and greet pupils at the door, notice how they arrive, and follow up quietly with those who seem unsettled. Every class uses the same simple language and visuals for feelings and calming strategies, so pupils hear consistent messages from year to year.',
      'Evidence to keep: a description of morning routines, examples of feelings resources used across classes, and notes from learning walks.',
    ],
    weight: 1,
    settingTypes: PRIMARY_PHASE,
    references: [...school('personal-development-and-well-being', 'early-years'), 'nice-ng223-1.1.2'],
  },
  {
    key: 'ethos-7',
    principle: 'ethos',
    order: 7,
    prompt: 'Celebration and recognition value kindness, effort and contribution, not only attainment and attendance.',
    guidance: [
      'Embedded: rewards and celebrations are designed so that every pupil or student can be recognised, including those with SEND, long-term illness or anxiety-related absence. Leaders check that reward systems do not unintentionally shame those who cannot meet a target for reasons outside their control.',
      'Evidence to keep: the rewards policy, a review of who receives recognition, and examples of celebration assemblies or newsletters.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('personal-development-and-well-being', 'attendance-and-behaviour')],
  },
  {
    key: 'ethos-8',
    principle: 'ethos',
    order: 8,
    prompt:
      'From application and induction onwards, students are told clearly where and how to get wellbeing support, and this information is easy to find around the campus and online.',
    guidance: [
      'Embedded: induction includes a session on wellbeing and support services, information appears on the virtual learning environment, in student handbooks and on posters, and it includes out-of-hours and crisis contacts. Students on every site and course, including part-time and apprenticeship learners, can say where they would go.',
      'Evidence to keep: induction materials, screenshots of online information, and student survey results on awareness of support.',
    ],
    weight: 1,
    settingTypes: POST_16,
    references: [...furtherEducation('participation-and-development', 'inclusion'), ...school('sixth-form')],
  },

  // ─── 3. Curriculum, teaching and learning ─────────────────────────────────────────────────────
  {
    key: 'curriculum-1',
    principle: 'curriculum',
    order: 1,
    prompt:
      'A planned, progressive programme (PSHE and RSHE in schools; tutorial or personal development programme in colleges) teaches about mental wellbeing, emotions and help-seeking.',
    guidance: [
      'Embedded: the programme is mapped across the year groups or course levels, builds knowledge over time, meets the relevant statutory guidance, and has dedicated time in the timetable. It covers what mental wellbeing is, common difficulties, healthy coping, stigma and where to get help.',
      'Evidence to keep: the curriculum map or scheme of work, timetable allocation, and examples of pupils’ or students’ work (with no identifying information when shared).',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('curriculum-and-teaching', 'personal-development-and-well-being'), 'nice-ng223-1.2'],
  },
  {
    key: 'curriculum-2',
    principle: 'curriculum',
    order: 2,
    prompt:
      'Social and emotional skills (such as recognising and managing feelings, relationships and problem-solving) are taught explicitly and reinforced across the wider curriculum.',
    guidance: [
      'Embedded: social and emotional learning has its own planned sequence and is also picked up in other subjects, in tutor time and at unstructured times. Staff model the skills and use the same language, so that pupils or students practise them in real situations.',
      'Evidence to keep: the social and emotional learning plan, examples from other subjects, and notes from lesson visits.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('curriculum-and-teaching'), 'nice-ng223-1.2'],
  },
  {
    key: 'curriculum-3',
    principle: 'curriculum',
    order: 3,
    prompt:
      'Teaching about sensitive topics (such as self-harm, suicide and eating difficulties) follows safe-messaging guidance, and staff know how to respond to disclosures.',
    guidance: [
      'Embedded: lessons focus on help-seeking and protective factors and avoid describing methods or graphic detail. Staff who teach these topics are briefed, ground rules are set, pupils or students are told where to get help, and any disclosure is passed to the designated safeguarding lead through safeguarding procedures the same day.',
      'Evidence to keep: lesson plans for sensitive topics, the staff briefing, and the safeguarding procedure for disclosures.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('curriculum-and-teaching', 'personal-development-and-well-being'), 'nice-ng223-1.2', 'kcsie-2025-part-one'],
  },
  {
    key: 'curriculum-4',
    principle: 'curriculum',
    order: 4,
    prompt:
      'Teaching is adapted so that pupils or students with SEND and social, emotional and mental health needs can access learning and experience success.',
    guidance: [
      'Embedded: teachers know the needs of the learners in their classes and plan adaptations (for example, chunked tasks, predictable routines, reduced public demands, movement breaks). Adaptations are reviewed through the assess, plan, do, review cycle.',
      'Evidence to keep: examples of adapted planning, the SEND information report, and records of reviews showing how adaptations changed.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('curriculum-and-teaching', 'inclusion'), 'send-6.44-6.56'],
  },
  {
    key: 'curriculum-5',
    principle: 'curriculum',
    order: 5,
    prompt:
      'Early years and key stage 1 provision gives priority to personal, social and emotional development, including co-regulation, play and secure relationships with key adults.',
    guidance: [
      'Embedded: adults help young children to name and manage feelings in the moment, the environment and routines are designed for emotional security, and play is used to build friendship and problem-solving skills. Children who are not yet secure are identified early and supported.',
      'Evidence to keep: early years curriculum plans for personal, social and emotional development, observations of practice, and records of early support.',
    ],
    weight: 1,
    settingTypes: PRIMARY_PHASE,
    references: [...school('early-years', 'curriculum-and-teaching', 'personal-development-and-well-being'), 'send-ch5'],
  },
  {
    key: 'curriculum-6',
    principle: 'curriculum',
    order: 6,
    prompt:
      'Students are taught about managing exam and assessment pressure, sleep, online life and healthy coping, and assessment periods are planned with wellbeing in mind.',
    guidance: [
      'Embedded: students learn practical strategies for stress before major assessments, staff avoid messages that increase fear of failure, and mock and exam timetables are checked for unnecessary pile-ups. Students with additional needs have access arrangements and wellbeing support agreed in good time.',
      'Evidence to keep: the relevant lessons or tutorial sessions, the assessment calendar, and student feedback on exam periods.',
    ],
    weight: 1,
    settingTypes: ['secondary', 'all-through', 'sixth-form', 'college'],
    references: [...both('curriculum-and-teaching', 'personal-development-and-well-being'), ...school('sixth-form'), 'nice-ng223-1.2'],
  },
  {
    key: 'curriculum-7',
    principle: 'curriculum',
    order: 7,
    prompt:
      'Enrichment (physical activity, arts, outdoor learning, clubs and volunteering) is used to build wellbeing and belonging, and disadvantaged pupils or students take part.',
    guidance: [
      'Embedded: the setting tracks who takes part in enrichment and removes barriers such as cost, transport and timing. Activities are chosen partly for their value to wellbeing and connection, and those who are isolated are actively encouraged and supported to join.',
      'Evidence to keep: the enrichment programme, participation data by group (anonymised), and examples of barriers removed.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('personal-development-and-well-being', 'inclusion')],
  },
  {
    key: 'curriculum-8',
    principle: 'curriculum',
    order: 8,
    prompt: 'The wellbeing curriculum is evaluated using feedback from pupils or students and local information, and is adapted to meet local needs.',
    guidance: [
      'Embedded: pupils or students are asked each year what was useful and what was missing, and the programme responds to local priorities (for example, public health data or issues raised through safeguarding). Changes are recorded so that the curriculum improves over time.',
      'Evidence to keep: curriculum review notes, feedback summaries, and a log of changes made.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('curriculum-and-teaching'), 'nice-ng223-1.1.5', 'nice-ng223-1.2'],
  },

  // ─── 4. Enabling student voice ────────────────────────────────────────────────────────────────
  {
    key: 'student-voice-1',
    principle: 'student-voice',
    order: 1,
    prompt: 'Pupils or students have regular, meaningful ways to give their views on wellbeing, and can see what has changed as a result.',
    guidance: [
      'Embedded: councils, surveys, focus groups and informal conversations are used throughout the year, and leaders respond visibly (for example, with “you said, we did” updates). Pupils or students can give examples of changes they have influenced.',
      'Evidence to keep: survey results, council minutes, “you said, we did” communications, and examples of resulting changes.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('personal-development-and-well-being', 'leadership-and-governance')],
  },
  {
    key: 'student-voice-2',
    principle: 'student-voice',
    order: 2,
    prompt:
      'Pupils or students who are less often heard (for example those with SEND, those who are disadvantaged, looked after, young carers or learning English) are actively included in voice work.',
    guidance: [
      'Embedded: methods are adapted (visual tools, small groups, trusted adults, alternative communication) so that everyone can take part, and representation is checked against the make-up of the setting. Their views are given equal weight.',
      'Evidence to keep: the membership of councils and groups compared with the setting’s population, adapted consultation materials, and examples of views acted on.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion', 'personal-development-and-well-being')],
  },
  {
    key: 'student-voice-3',
    principle: 'student-voice',
    order: 3,
    prompt: 'Pupils or students are involved in reviewing the policies that affect them, such as behaviour, anti-bullying and mental health policies.',
    guidance: [
      'Embedded: a pupil- or student-friendly version of key policies exists and was written with them. Their feedback is sought when policies are reviewed, and the policy records how it was taken into account.',
      'Evidence to keep: pupil- or student-friendly policy versions, consultation notes, and policy review records.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1.3'],
  },
  {
    key: 'student-voice-4',
    principle: 'student-voice',
    order: 4,
    prompt: 'There are trained peer-support roles (such as peer mentors, wellbeing ambassadors or anti-bullying ambassadors) supervised by staff.',
    guidance: [
      'Embedded: peer supporters receive proper training, know the limits of their role and when to pass a concern to an adult, and have regular supervision from a named member of staff. The scheme is evaluated, and the peer supporters’ own wellbeing is looked after.',
      'Evidence to keep: training materials, the role description, supervision records, and evaluation of the scheme.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('personal-development-and-well-being')],
  },
  {
    key: 'student-voice-5',
    principle: 'student-voice',
    order: 5,
    prompt: 'Pupils or students receiving additional support are involved in planning and reviewing it, and their views are recorded in their support plans.',
    guidance: [
      'Embedded: support plans include a section written with, or by, the pupil or student about what helps and what does not. Reviews take place with them wherever possible, and changes are explained to them.',
      'Evidence to keep: a support plan template with a pupil or student voice section, and anonymised examples of reviews.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'send-6.44-6.56'],
  },
  {
    key: 'student-voice-6',
    principle: 'student-voice',
    order: 6,
    prompt:
      'Younger pupils have age-appropriate ways to share how they feel about school (such as worry boxes, feelings check-ins or pupil conferencing), and adults respond.',
    guidance: [
      'Embedded: every class has a simple, well-used way for children to signal worries, and adults check it daily and follow up. Pupil conferencing includes questions about feeling safe, happy and listened to.',
      'Evidence to keep: a description of the methods used in each class, pupil conferencing records, and examples of action taken.',
    ],
    weight: 1,
    settingTypes: PRIMARY_PHASE,
    references: [...school('personal-development-and-well-being', 'early-years'), 'nice-ng223-1.3'],
  },
  {
    key: 'student-voice-7',
    principle: 'student-voice',
    order: 7,
    prompt: 'Student representatives or the students’ union are consulted on wellbeing services and help to shape the mental health offer.',
    guidance: [
      'Embedded: student representatives sit on the group that plans wellbeing provision, review information and campaigns before they go out, and report back to their peers. Leaders can show changes made because of their input.',
      'Evidence to keep: terms of reference and minutes of the wellbeing group, and examples of student-led changes.',
    ],
    weight: 1,
    settingTypes: POST_16,
    references: [...furtherEducation('leadership-and-governance', 'participation-and-development'), ...school('sixth-form')],
  },
  {
    key: 'student-voice-8',
    principle: 'student-voice',
    order: 8,
    prompt:
      'Students help to design and lead wellbeing and anti-stigma activities for their peers (for example, during Children’s Mental Health Week or Mental Health Awareness Week).',
    guidance: [
      'Embedded: students plan and deliver assemblies, campaigns or drop-ins with staff support, and the messages are checked for safety. Student leaders reflect a range of groups, not only the most confident.',
      'Evidence to keep: examples of student-led campaigns, planning notes, and feedback from peers.',
    ],
    weight: 1,
    settingTypes: SECONDARY_PHASE,
    references: [...school('personal-development-and-well-being')],
  },

  // ─── 5. Staff development ─────────────────────────────────────────────────────────────────────
  {
    key: 'staff-development-1',
    principle: 'staff-development',
    order: 1,
    prompt: 'All staff receive training in recognising and responding to mental health concerns, as part of induction and refreshed regularly.',
    guidance: [
      'Embedded: every member of staff, including new and temporary staff, knows common signs that a pupil or student may be struggling, how to respond in the moment, and how to pass on a concern. Training is refreshed at least every two years and whenever procedures change.',
      'Evidence to keep: the training record (the Hub’s Training Dashboard can help), induction materials, and staff confidence survey results.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1', 'nice-ng223-1.3'],
  },
  {
    key: 'staff-development-2',
    principle: 'staff-development',
    order: 2,
    prompt: 'The senior mental health lead (or equivalent) has completed senior mental health lead training and keeps their knowledge up to date.',
    guidance: [
      'Embedded: the lead has completed a recognised senior mental health lead course, attends local networks or LEHSS events, and shares learning with colleagues. There is a plan for continuity if the lead leaves.',
      'Evidence to keep: certificates, records of network attendance, and a succession or deputy arrangement.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1'],
  },
  {
    key: 'staff-development-3',
    principle: 'staff-development',
    order: 3,
    prompt:
      'Staff wellbeing is actively supported: leaders consider workload in decisions, there is a staff wellbeing plan, and staff know how to get confidential support.',
    guidance: [
      'Embedded: leaders check the workload impact of new initiatives, marking, data and meeting schedules, and remove low-value tasks. There is a staff wellbeing plan shaped by staff views, and information about confidential support (such as an employee assistance programme or Education Support’s helpline) is easy to find.',
      'Evidence to keep: the staff wellbeing plan, workload reviews, staff survey results and actions taken, and the information given to staff about support.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1'],
  },
  {
    key: 'staff-development-4',
    principle: 'staff-development',
    order: 4,
    prompt: 'Staff who support pupils or students with high levels of distress receive regular supervision or reflective practice.',
    guidance: [
      'Embedded: designated safeguarding leads, pastoral staff, wellbeing practitioners and others carrying emotionally demanding work have protected, regular supervision (individual or group) from someone suitably trained, inside or outside the setting.',
      'Evidence to keep: a supervision schedule, the supervision agreement or policy, and attendance records (not the content of sessions).',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.4', 'kcsie-2025-annex-c'],
  },
  {
    key: 'staff-development-5',
    principle: 'staff-development',
    order: 5,
    prompt: 'Staff training needs for emotional health and wellbeing are identified and met through a planned programme linked to the setting’s priorities.',
    guidance: [
      'Embedded: training needs are gathered from appraisal, audits and this self-assessment, and a training plan covers whole-staff, role-specific and specialist training. Gaps in particular principles are tracked and closed over time.',
      'Evidence to keep: the training plan, the skills-gap view from the Training Dashboard, and evaluations of training.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance', 'curriculum-and-teaching')],
  },
  {
    key: 'staff-development-6',
    principle: 'staff-development',
    order: 6,
    prompt:
      'Support staff (such as teaching assistants, lunchtime, office, site and transport staff) are included in wellbeing training and in the setting’s wellbeing offer.',
    guidance: [
      'Embedded: training is timed so that support staff can attend, or is repeated for them, and they are included in briefings about individual needs where appropriate. Their own wellbeing is considered in the staff wellbeing plan.',
      'Evidence to keep: training attendance by role, briefing arrangements, and staff survey results by role.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance', 'inclusion')],
  },
  {
    key: 'staff-development-7',
    principle: 'staff-development',
    order: 7,
    prompt: 'Staff can talk openly about their own mental health without fear of stigma, and leaders regularly seek and act on staff views about wellbeing.',
    guidance: [
      'Embedded: leaders talk openly about wellbeing, reasonable adjustments are made for staff with mental health conditions, and an anonymous staff wellbeing survey is run at least annually with the results and actions shared.',
      'Evidence to keep: staff survey results and the resulting action plan, and relevant HR policies (such as the sickness absence and flexible working policies).',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance')],
  },
  {
    key: 'staff-development-8',
    principle: 'staff-development',
    order: 8,
    prompt:
      'Personal tutors and student support staff are trained in young adults’ mental health, including responding to self-harm and suicidal thoughts, consent and confidentiality, transition to adult services and signposting.',
    guidance: [
      'Embedded: tutors and support staff know how mental health needs may present in 16 to 25 year olds, how to respond with compassion to self-harm and suicidal thoughts and help agree a safety plan, how consent and confidentiality work for students aged 16 and 17 (presumed able to make their own decisions under the Mental Capacity Act 2005) and for adults, and how to help students reach adult services, their GP and university or employer support.',
      'Evidence to keep: training records for tutors and support staff, and the college’s guidance on confidentiality and information sharing.',
    ],
    weight: 1,
    settingTypes: POST_16,
    references: [...furtherEducation('leadership-and-governance'), ...school('sixth-form'), 'send-ch7', 'nice-ng225-1.2', 'nice-ng43-1.1'],
  },

  // ─── 6. Identifying need and monitoring impact ────────────────────────────────────────────────
  {
    key: 'identifying-need-1',
    principle: 'identifying-need',
    order: 1,
    prompt:
      'There is a clear, well-known process for any member of staff to raise a concern about a pupil’s or student’s wellbeing, and every concern is recorded and followed up.',
    guidance: [
      'Embedded: all staff know how to log a wellbeing concern, and pass any concern that a pupil or student may be at risk of harm straight to the designated safeguarding lead (or a deputy), as Keeping Children Safe in Education sets out; concerns reach the right person the same day, and the person who raised a concern hears that it has been acted on. Records are kept securely in the setting’s own systems.',
      'Evidence to keep: the procedure, staff awareness checks, and anonymised audits of how quickly concerns were followed up. Do not upload pupil-level records to the Hub.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('inclusion'), 'send-6.32', 'nice-ng223-1.3', 'kcsie-2025-part-one'],
  },
  {
    key: 'identifying-need-2',
    principle: 'identifying-need',
    order: 2,
    prompt: 'The setting uses a wellbeing survey or validated measure across the whole population at least once a year to understand need.',
    guidance: [
      'Embedded: a recognised, age-appropriate measure is used with consent arrangements agreed, results are analysed by year group and group of pupils or students, and the findings shape universal and targeted provision. Results are compared over time.',
      'Evidence to keep: the tool used, anonymised summary results, and the actions that followed.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance'), 'nice-ng223-1.1.5', 'nice-ng223-1.3'],
  },
  {
    key: 'identifying-need-3',
    principle: 'identifying-need',
    order: 3,
    prompt:
      'Attendance, behaviour, bullying, suspension and progress information is reviewed together to spot pupils or students whose wellbeing may be at risk.',
    guidance: [
      'Embedded: pastoral, SEND and safeguarding staff meet regularly to look across these sources, so that patterns such as falling attendance with rising incidents are noticed early. Absence related to anxiety or emotional difficulties is explored with curiosity rather than handled only through sanctions.',
      'Evidence to keep: the schedule and terms of reference for these meetings, and anonymised examples of early identification.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('attendance-and-behaviour', 'inclusion'), 'nice-ng223-1.3'],
  },
  {
    key: 'identifying-need-4',
    principle: 'identifying-need',
    order: 4,
    prompt:
      'Groups at higher risk of poor wellbeing (such as looked-after and previously looked-after children, young carers, pupils or students with SEND, and those affected by bereavement or domestic abuse) are known and their wellbeing is monitored.',
    guidance: [
      'Embedded: the setting has secure systems to know which pupils or students are in these groups, information is shared on a need-to-know basis, and their wellbeing is checked regularly by a named adult. The virtual school, young carers service and other partners are involved where relevant.',
      'Evidence to keep: a description of how groups are identified and monitored (not the lists themselves), and links with partner services.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'nice-ng223-1.3', 'kcsie-2025-part-two'],
  },
  {
    key: 'identifying-need-5',
    principle: 'identifying-need',
    order: 5,
    prompt:
      'The impact of wellbeing interventions is measured (for example, with before-and-after measures or goal-based outcomes) and the findings are used to decide what to continue.',
    guidance: [
      'Embedded: every intervention has a clear aim and a simple way of measuring change, agreed at the start. Results are reviewed each term across the whole intervention programme, so that leaders can see what works for whom and stop what does not.',
      'Evidence to keep: the intervention map with outcome measures, anonymised summary outcomes, and decisions taken as a result.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('inclusion'), 'nice-ng223-1.1.5', 'send-6.44-6.56'],
  },
  {
    key: 'identifying-need-6',
    principle: 'identifying-need',
    order: 6,
    prompt:
      'Where social, emotional or mental health difficulties persist, staff consider whether the pupil or student has special educational needs and follow the graduated approach.',
    guidance: [
      'Embedded: the SENCO and wellbeing lead work together, so that persistent difficulties are assessed rather than managed only through behaviour systems. Where special educational provision is needed, the assess, plan, do, review cycle is followed with the family and specialist advice is sought when progress is not made.',
      'Evidence to keep: the SEND register categories in use, the process for SEMH identification, and anonymised examples of the cycle being followed.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'send-6.32', 'send-6.44-6.56'],
  },
  {
    key: 'identifying-need-7',
    principle: 'identifying-need',
    order: 7,
    prompt:
      'Information about children’s emotional wellbeing is gathered when they join (from families, early years settings and health partners) and passed on carefully when they move on.',
    guidance: [
      'Embedded: entry conversations with families and previous settings include emotional wellbeing, not only learning, and transition records to the next school include what helps each child feel safe and settled. Extra transition support is planned for children identified as vulnerable.',
      'Evidence to keep: entry and transition templates, and a description of enhanced transition arrangements.',
    ],
    weight: 1,
    settingTypes: PRIMARY_PHASE,
    references: [...school('inclusion', 'early-years'), 'send-ch5', 'nice-ng223-1.5'],
  },
  {
    key: 'identifying-need-8',
    principle: 'identifying-need',
    order: 8,
    prompt:
      'At application and enrolment, students are invited to share any mental health needs, and information from previous schools is requested and acted on before the course starts.',
    guidance: [
      'Embedded: application and enrolment forms explain why the college asks and how information will be used, and there is a follow-up conversation for students who disclose a need. Transition information from schools, including for students with EHC plans, arrives and is acted on before the start of term.',
      'Evidence to keep: the application and enrolment wording, the transition information request process, and anonymised timeliness checks.',
    ],
    weight: 1,
    settingTypes: POST_16,
    references: [...furtherEducation('inclusion'), ...school('sixth-form'), 'send-ch7', 'nice-ng223-1.5'],
  },

  // ─── 7. Targeted support and appropriate referral ─────────────────────────────────────────────
  {
    key: 'targeted-support-1',
    principle: 'targeted-support',
    order: 1,
    prompt:
      'There is a graduated, clearly mapped offer of in-house support (such as trained emotional literacy support, nurture groups, mentoring or counselling) that staff know how to access.',
    guidance: [
      'Embedded: a provision map shows what support is available at each level of need, who delivers it, the entry criteria and how to request it. Staff can describe the route, and waiting times are monitored.',
      'Evidence to keep: the provision map, request forms, and anonymised waiting-time and take-up data.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('inclusion'), 'send-6.33', 'send-6.44-6.56', 'nice-ng223-1.4'],
  },
  {
    key: 'targeted-support-2',
    principle: 'targeted-support',
    order: 2,
    prompt:
      'Staff responsible for referrals know the local pathways (such as CAMHS, the Mental Health Support Team, school nursing, early help and LEHSS consultation) and make referrals with the information services need.',
    guidance: [
      'Embedded: there is an up-to-date directory of local services with criteria and contacts, referrals are made with the consent required and include what has already been tried, and the setting keeps in touch with services to follow referrals through.',
      'Evidence to keep: the local services directory with its review date, the referral procedure, and anonymised records of referral outcomes.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('inclusion'), 'nice-ng223-1.4'],
  },
  {
    key: 'targeted-support-3',
    principle: 'targeted-support',
    order: 3,
    prompt: 'Pupils or students waiting for specialist services receive interim support in the setting, and staff stay in contact with the service.',
    guidance: [
      'Embedded: a named adult checks in regularly with anyone on a waiting list, the support plan is adjusted while they wait, and the family knows what to do if things get worse. Advice from the specialist service is built into the plan once received.',
      'Evidence to keep: the procedure for pupils or students awaiting services, and anonymised examples of interim support.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'nice-ng223-1.4'],
  },
  {
    // Replaces targeted-support-4, which asked staff to "assess risk": NICE NG225 advises against risk tools and
    // scales and asks for a response built on the person's needs and safety.
    key: 'targeted-support-10',
    principle: 'targeted-support',
    order: 4,
    prompt:
      'Staff respond to self-harm and suicidal thoughts with compassion, following a clear procedure that focuses on the pupil’s or student’s needs and safety: concerns are passed on the same day, a safety plan is agreed with them, and they are referred to health services and supported through safeguarding.',
    guidance: [
      'Embedded: all staff know the first steps: stay calm, listen without judgement, get first aid or emergency help where it is needed, explain that they cannot keep it secret, and pass the concern to the designated safeguarding lead the same day. Designated staff talk with the pupil or student about what is happening for them and what would help, seek advice from and refer to CAMHS, the GP, the Mental Health Support Team or crisis services, and agree a safety plan with them (and with any health service involved) that covers warning signs, what helps, the people they can turn to and how to get help at any time, including out of hours.',
      'Staff do not use checklists, scores or low, medium and high ratings to predict whether someone will self-harm again or to decide who is offered support, as NICE NG225 advises: every disclosure gets a compassionate response and support that matches the pupil’s or student’s needs.',
      'Parents or carers are involved in supporting a pupil, normally with the pupil’s knowledge. Young people aged 16 and 17 are presumed able to make their own decisions (Mental Capacity Act 2005), younger pupils may be competent to decide for themselves (Gillick competence), and adult learners decide for themselves, so staff seek their agreement before contacting family and share information without it only where safeguarding requires, telling them what will be shared and why.',
      'The procedure is part of the safeguarding arrangements and is reviewed after every serious incident, and staff involved are offered a debrief and support. Evidence to keep: the procedure, training records, a safety plan template (completed plans stay in the setting’s secure records), and the list of local services and crisis lines.',
    ],
    weight: 2,
    settingTypes: [],
    references: [
      ...both('personal-development-and-well-being'),
      'nice-ng225-1.6',
      'nice-ng225-1.2',
      'nice-ng225-1.4',
      'kcsie-2025-part-one',
      'kcsie-2025-annex-c',
    ],
  },
  {
    key: 'targeted-support-5',
    principle: 'targeted-support',
    order: 5,
    prompt: 'Pupils or students with significant mental health needs have an individual support plan that is reviewed regularly with them and their family.',
    guidance: [
      'Embedded: plans set out what the pupil or student finds hard, what helps, agreed adjustments, who to go to and what to do if things deteriorate. Plans are shared with the staff who need them and reviewed at least termly, or sooner if needs change.',
      'Evidence to keep: the support plan template and review schedule (plans themselves stay in the setting’s secure systems).',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'send-6.44-6.56', 'nice-ng223-1.4'],
  },
  {
    key: 'targeted-support-6',
    principle: 'targeted-support',
    order: 6,
    prompt: 'Pupils or students are supported through transitions and life changes (such as moving class, phase or setting, bereavement and family change).',
    guidance: [
      'Embedded: routine transitions are planned for everyone, with enhanced support (extra visits, a key adult, transition booklets) for those who need it. There is a bereavement and loss response, and staff know how to support pupils or students experiencing family change.',
      'Evidence to keep: the transition programme, enhanced transition plans (template), and the bereavement procedure.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'nice-ng223-1.5'],
  },
  {
    key: 'targeted-support-7',
    principle: 'targeted-support',
    order: 7,
    prompt:
      'Targeted interventions are evidence-informed, delivered by trained and supervised staff, and have clear criteria for stepping up to specialist help.',
    guidance: [
      'Embedded: interventions are chosen for their evidence and fit with local need, staff delivering them are trained and supervised, and there are agreed signs that a pupil or student needs more than the setting can safely offer.',
      'Evidence to keep: the rationale for each intervention, training and supervision records, and the step-up criteria.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'send-6.44-6.56', 'nice-ng223-1.4'],
  },
  {
    key: 'targeted-support-8',
    principle: 'targeted-support',
    order: 8,
    prompt:
      'The college helps students move into adult mental health services and primary care when they need to, and supports students with EHC plans that include social, emotional and mental health needs.',
    guidance: [
      'Embedded: staff know how the move from children’s to adult mental health services works locally and support it as NICE NG43 describes: planned early with the student as an equal partner, with a named worker and an introduction to the adult service before the move. Staff help students register with and talk to their GP. Annual reviews of EHC plans with SEMH needs are attended by staff who know the student and focus on preparing for adulthood.',
      'Evidence to keep: local pathway information for adult services, anonymised examples of supported transitions, and EHC plan annual review arrangements.',
    ],
    weight: 1,
    settingTypes: POST_16,
    references: [...furtherEducation('inclusion'), ...school('sixth-form'), 'send-ch7', 'send-ch8', 'nice-ng43-1.1', 'nice-ng43-1.2'],
  },
  {
    key: 'targeted-support-9',
    principle: 'targeted-support',
    order: 9,
    prompt:
      'Students have a discreet way to ask for support themselves (such as a drop-in, an online form or a named room) without having to go through a teacher.',
    guidance: [
      'Embedded: the self-referral route is publicised, easy to use privately, checked every day, and answered quickly. Students say they know about it and would use it.',
      'Evidence to keep: publicity for the route, anonymised use and response-time data, and student feedback.',
    ],
    weight: 1,
    settingTypes: SECONDARY_PHASE,
    references: [...school('inclusion', 'personal-development-and-well-being'), 'nice-ng223-1.4'],
  },

  // ─── 8. Working with parents and carers ───────────────────────────────────────────────────────
  {
    key: 'parents-carers-1',
    principle: 'parents-carers',
    order: 1,
    prompt:
      'Parents and carers know who to contact about their child’s wellbeing and are told promptly when staff have concerns (for students aged 16 and over, with the student’s agreement unless safeguarding requires otherwise).',
    guidance: [
      'Embedded: the wellbeing lead and other key contacts are named on the website and in induction information, families receive a timely, supportive call when a concern arises, and staff use language that avoids blame. Where students are 16 or over, staff agree with them when and how their family will be contacted, and share information without their agreement only where safeguarding requires.',
      'Evidence to keep: website and induction information, the procedure for contacting families, and parent survey results.',
    ],
    weight: 2,
    settingTypes: [],
    references: [...both('leadership-and-governance', 'inclusion'), 'nice-ng223-1.1'],
  },
  {
    key: 'parents-carers-2',
    principle: 'parents-carers',
    order: 2,
    prompt: 'The setting shares information with families about promoting mental wellbeing and about local sources of help.',
    guidance: [
      'Embedded: families receive regular, accessible information (newsletters, website pages, workshops) on topics such as anxiety, sleep, online life and where to get help locally, in the languages and formats families need.',
      'Evidence to keep: examples of communications and web pages, workshop programmes and attendance.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance', 'personal-development-and-well-being')],
  },
  {
    key: 'parents-carers-3',
    principle: 'parents-carers',
    order: 3,
    prompt: 'Parents and carers are involved as partners in planning and reviewing support for their child.',
    guidance: [
      'Embedded: families contribute their knowledge of their child to support plans, are invited to reviews at times they can attend, and receive copies of agreed plans. Disagreements are resolved through conversation, and families can describe how their views shaped the support.',
      'Evidence to keep: support plan templates with a family section, review invitations, and anonymised examples of co-produced plans.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'send-6.44-6.56', 'nice-ng223-1.1.4'],
  },
  {
    key: 'parents-carers-4',
    principle: 'parents-carers',
    order: 4,
    prompt: 'Families’ views on the setting’s wellbeing provision are sought, including from families who are seldom heard, and acted on.',
    guidance: [
      'Embedded: parent surveys, forums or coffee mornings include questions about wellbeing, the setting reaches out to families who rarely respond (for example through trusted staff or community partners), and changes made in response are reported back.',
      'Evidence to keep: survey results, forum notes, and “you said, we did” communications.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('leadership-and-governance', 'inclusion')],
  },
  {
    key: 'parents-carers-5',
    principle: 'parents-carers',
    order: 5,
    prompt: 'Where attendance is affected by anxiety or other emotional difficulties, staff work with the family on a supportive plan.',
    guidance: [
      'Embedded: staff meet the family early, explore the reasons for absence together, agree a graded plan for return with reasonable adjustments, and review it often. Families say they feel supported rather than blamed, while the importance of attendance is kept clear.',
      'Evidence to keep: the attendance procedure for emotionally based absence, a plan template, and anonymised examples.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('attendance-and-behaviour', 'inclusion')],
  },
  {
    key: 'parents-carers-6',
    principle: 'parents-carers',
    order: 6,
    prompt: 'Parents and carers who are struggling themselves are helped to reach early help, parenting support or adult mental health services.',
    guidance: [
      'Embedded: staff know local family support, early help and adult services, and offer to help families make contact. The setting recognises the effect of parental mental health, substance use or domestic abuse on children and responds through its safeguarding procedures where needed.',
      'Evidence to keep: the directory of family support services, and anonymised records of signposting and early help involvement.',
    ],
    weight: 1,
    settingTypes: [],
    references: [...both('inclusion'), 'nice-ng223-1.4', 'kcsie-2025-part-one'],
  },
  {
    key: 'parents-carers-7',
    principle: 'parents-carers',
    order: 7,
    prompt:
      'Families of young children are offered practical, accessible sessions (for example on emotions, sleep or worries), planned around families’ circumstances.',
    guidance: [
      'Embedded: sessions are short, practical and welcoming, held at different times, with childcare or younger siblings welcome and interpreters available. Families help choose the topics and give feedback that shapes future sessions.',
      'Evidence to keep: the programme of sessions, attendance, and family feedback.',
    ],
    weight: 1,
    settingTypes: PRIMARY_PHASE,
    references: [...school('personal-development-and-well-being', 'leadership-and-governance', 'early-years')],
  },
  {
    key: 'parents-carers-8',
    principle: 'parents-carers',
    order: 8,
    prompt:
      'The college has a clear, explained approach to involving parents and carers that respects the consent and confidentiality of students aged 16 and 17 and of adult learners, and says when safeguarding means information is shared without consent.',
    guidance: [
      'Embedded: students and families are told at enrolment how and when the college contacts parents or carers. Students aged 16 and 17 are presumed able to make their own decisions (Mental Capacity Act 2005), so the college seeks their agreement before sharing information about their wellbeing with family, while remembering that they are still children for safeguarding purposes; adult learners’ information is shared only with their consent. Staff know when safeguarding means information is shared without consent, and where a student may lack capacity for a particular decision they follow the Mental Capacity Act. Staff apply the approach consistently.',
      'Evidence to keep: the published approach, enrolment information and consent forms, and staff guidance on information sharing.',
    ],
    weight: 1,
    settingTypes: POST_16,
    references: [...furtherEducation('leadership-and-governance', 'inclusion'), ...school('sixth-form'), 'send-ch7', 'kcsie-2025-part-two'],
  },
]

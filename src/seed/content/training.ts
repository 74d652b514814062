/**
 * Seed data: the service's training catalogue (every principle covered by at least one course), the demo settings'
 * staff lists (invented names), and the demo sessions — past ones with their registers, upcoming ones to book.
 */

export interface CourseSeed {
  key: string
  title: string
  summary: string
  description: string[]
  /** Keys of the principles covered (src/seed/content/principles.ts). */
  principles: string[]
  audience: ('staff' | 'pupils' | 'parents-carers')[]
  format: 'in-person' | 'online' | 'blended'
  durationMinutes: number
  /** Recommendations (by key) that point settings to this course. */
  recommendations: string[]
}

export const courses: CourseSeed[] = [
  {
    key: 'leading-whole-setting-approach',
    title: 'Leading a whole setting approach to emotional health',
    summary:
      'For senior leaders and mental health leads: plan, resource and review a whole setting approach with the eight principles and your self-assessment.',
    description: [
      'A half-day workshop for senior leaders, governors and designated senior mental health leads. We work from your setting’s own self-assessment report and leave with a plan you can take to your leadership team.',
      'We cover the eight principles of a whole school or college approach, how they map onto the inspection framework and the SEND Code of Practice, and how to keep wellbeing in your improvement plan rather than with a few committed people.',
    ],
    principles: ['leadership', 'ethos'],
    audience: ['staff'],
    format: 'in-person',
    durationMinutes: 180,
    recommendations: ['leadership-red', 'leadership-amber', 'leadership-1-lead'],
  },
  {
    key: 'compassion-in-practice',
    title: 'Compassion in practice: an evidence-based introduction',
    summary: 'What compassion is, why it protects wellbeing, and small daily practices that help staff, pupils and the culture of the whole setting.',
    description: [
      'Developing compassion, for others and for ourselves, is an evidence-based way to improve wellbeing. This session introduces the science in plain language and practises approaches staff can use the next day in the classroom, the corridor and the staffroom.',
      'Suitable for every member of staff, including support, office and lunchtime colleagues.',
    ],
    principles: ['ethos', 'staff-development'],
    audience: ['staff'],
    format: 'in-person',
    durationMinutes: 120,
    recommendations: ['ethos-red', 'ethos-amber'],
  },
  {
    key: 'teaching-mental-health-safely',
    title: 'Teaching about mental health safely and confidently',
    summary:
      'Plan lessons on feelings, mental health and help-seeking that are age-appropriate, inclusive and safe, and know what to do if a lesson prompts a disclosure.',
    description: [
      'For teachers and tutors who deliver PSHE or RSHE. We look at what a progressive mental health curriculum covers from early years to post-16, how to create a safe learning climate, and how to respond when a pupil is upset or tells you something worrying.',
    ],
    principles: ['curriculum'],
    audience: ['staff'],
    format: 'online',
    durationMinutes: 90,
    recommendations: ['curriculum-red', 'curriculum-amber', 'curriculum-3-safe-teaching'],
  },
  {
    key: 'hearing-pupil-voice',
    title: 'Hearing pupil and student voice',
    summary:
      'Practical ways to involve children and young people in decisions about their wellbeing, including those who are seldom heard, and to close the loop.',
    description: [
      'We share approaches that settings across the county have found work: wellbeing ambassadors, surveys children help to design, and feedback that shows pupils what changed because they spoke up.',
    ],
    principles: ['student-voice'],
    audience: ['staff', 'pupils'],
    format: 'blended',
    durationMinutes: 120,
    recommendations: ['student-voice-red', 'student-voice-amber', 'student-voice-2-seldom-heard'],
  },
  {
    key: 'looking-after-staff-wellbeing',
    title: 'Looking after yourself and your colleagues',
    summary: 'Staff wellbeing is part of the whole setting approach: understand stress and burnout, and build supervision and peer support that lasts.',
    description: [
      'The wellbeing of staff in education has been described as being in crisis. This online session looks at what helps: reasonable workload, reflective supervision, peer support and self-compassion. Leaders are welcome alongside their teams.',
    ],
    principles: ['staff-development', 'leadership'],
    audience: ['staff'],
    format: 'online',
    durationMinutes: 90,
    recommendations: ['staff-development-red', 'staff-development-amber', 'staff-development-3-wellbeing'],
  },
  {
    key: 'noticing-early-signs',
    title: 'Noticing early signs of emotional distress',
    summary: 'Spot early when a child or young person may be struggling, record and share concerns well, and use simple measures to see whether support helps.',
    description: [
      'We take a preventative and early intervention approach: the sooner a need is noticed, the more likely that support in the setting is enough. This session covers common early signs at different ages, how to talk with a young person about how they are, and how to pass concerns on to the right person.',
    ],
    principles: ['identifying-need'],
    audience: ['staff'],
    format: 'in-person',
    durationMinutes: 150,
    recommendations: ['identifying-need-red', 'identifying-need-amber', 'identifying-need-1-concerns'],
  },
  {
    key: 'responding-to-self-harm',
    title: 'Responding to self-harm: support, safety and referral',
    summary:
      'How to respond calmly when a young person self-harms: listening without judgement, agreeing a safety plan, involving the right people and making a referral.',
    description: [
      'Delivered by clinical psychologists of the service, in line with NICE guidance NG225. We focus on the young person’s needs: a calm first response, who to tell, how to agree a safety plan, and when and how to refer to specialist services.',
      'This course does not train staff to make clinical judgements: it helps them to respond well and to know the pathways.',
    ],
    principles: ['targeted-support', 'identifying-need'],
    audience: ['staff'],
    format: 'in-person',
    durationMinutes: 180,
    recommendations: ['targeted-support-red', 'targeted-support-10-self-harm'],
  },
  {
    key: 'anxiety-and-low-mood',
    title: 'Supporting pupils with anxiety and low mood',
    summary: 'Evidence-based strategies for the classroom and for small-group support, and how to work with families and specialist services as a team.',
    description: [
      'Anxiety and low mood are among the most common difficulties children and young people face. We cover what helps day to day, graded approaches to worries, and how targeted support fits alongside specialist services.',
    ],
    principles: ['targeted-support'],
    audience: ['staff'],
    format: 'online',
    durationMinutes: 120,
    recommendations: ['targeted-support-amber', 'targeted-support-2-pathways'],
  },
  {
    key: 'working-with-families',
    title: 'Working with parents and carers',
    summary:
      'Build trusting relationships with families about emotional health: sharing a concern, planning support together, and respecting the consent of students aged 16 and over.',
    description: [
      'For staff who talk with families about a child’s emotional health. We practise conversations that are honest and hopeful, plan support together with parents and carers, and look at how the conversation changes when a student is 16 or over.',
    ],
    principles: ['parents-carers'],
    audience: ['staff'],
    format: 'blended',
    durationMinutes: 120,
    recommendations: ['parents-carers-red', 'parents-carers-amber', 'parents-carers-1-contact'],
  },
  {
    key: 'family-wellbeing-workshop',
    title: 'Understanding worries: a workshop for parents and carers',
    summary: 'A friendly evening workshop that settings can host for families: how worries show up at home, what helps, and where to find support.',
    description: [
      'The service delivers workshops for parents and carers to help them understand mental health and how to improve wellbeing at home. Staff who attend learn how to host it again for their own families.',
    ],
    principles: ['parents-carers', 'curriculum'],
    audience: ['parents-carers', 'staff'],
    format: 'in-person',
    durationMinutes: 90,
    recommendations: ['parents-carers-3-coproduction'],
  },
]

export interface StaffSeed {
  name: string
  jobRole: string
  email?: string
}

/** Invented people: no real names of real people. */
export const demoStaff: Record<string, StaffSeed[]> = {
  brookside: [
    { name: 'Poppy Ashworth', jobRole: 'Deputy headteacher and mental health lead', email: 'p.ashworth@brookside.example.org' },
    { name: 'Idris Mahmood', jobRole: 'Year 4 teacher' },
    { name: 'Lorna Pilkington', jobRole: 'Teaching assistant' },
    { name: 'Callum Openshaw', jobRole: 'Year 6 teacher' },
    { name: 'Nia Rowbotham', jobRole: 'Learning mentor', email: 'n.rowbotham@brookside.example.org' },
    { name: 'Jessica Tattersall', jobRole: 'Reception teacher' },
    { name: 'Bilal Chaudhry', jobRole: 'Teaching assistant' },
    { name: 'Maureen Entwistle', jobRole: 'Lunchtime supervisor' },
  ],
  pendlevale: [
    { name: 'Daniel Whitworth', jobRole: 'Assistant headteacher (pastoral)', email: 'd.whitworth@pendlevale.example.org' },
    { name: 'Farah Iqbal', jobRole: 'Head of year 9' },
    { name: 'Owen Haworth', jobRole: 'PSHE lead' },
    { name: 'Grace Lomax', jobRole: 'School counsellor' },
    { name: 'Rhys Duckworth', jobRole: 'English teacher' },
    { name: 'Leah Greenhalgh', jobRole: 'Pastoral support worker' },
    { name: 'Tariq Hussain', jobRole: 'Head of year 7' },
    { name: 'Emily Crossley', jobRole: 'SENCo' },
    { name: 'Marcus Holden', jobRole: 'Science teacher' },
    { name: 'Siobhan Kay', jobRole: 'Attendance officer', email: 's.kay@pendlevale.example.org' },
  ],
  ribblevalley: [
    { name: 'Adele Fairclough', jobRole: 'Head of student services', email: 'a.fairclough@ribblevalley.example.org' },
    { name: 'Yusuf Patel', jobRole: 'Student wellbeing adviser' },
    { name: 'Harriet Bamber', jobRole: 'Curriculum manager' },
    { name: 'Connor Nuttall', jobRole: 'Personal tutor' },
    { name: 'Mei Lin Howarth', jobRole: 'Learning support assistant' },
    { name: 'George Sowerbutts', jobRole: 'Personal tutor' },
    { name: 'Zara Ahmed', jobRole: 'Safeguarding officer' },
  ],
}

export interface SessionSeed {
  course: string
  /** Days from the day the seed runs (negative: in the past); starts at this UK hour. */
  inDays: number
  hour: number
  mode: 'in-person' | 'online'
  venue?: string
  capacity: number
  waitingListSize: number
  /** Past sessions: who attended, who was absent, who sent apologies ("setting:index" into demoStaff). */
  attended?: string[]
  absent?: string[]
  apologies?: string[]
  /** Upcoming sessions: booked through the booking rules, in this order (beyond capacity they wait). */
  bookings?: string[]
}

const VENUE = {
  preston: 'Training room 2, County Education Centre\nPreston',
  burnley: 'The Learning Hub, Burnley Campus\nBurnley',
  lancaster: 'Seminar room 4, Faculty of Health and Medicine\nLancaster',
}
export const ONLINE_LINK = 'https://meet.example.org/lehss-training'

export const demoSessions: SessionSeed[] = [
  // Past, with their registers. Poppy Ashworth (brookside:0) attends three: the demo's Compassionate Champion.
  {
    course: 'compassion-in-practice',
    inDays: -120,
    hour: 9,
    mode: 'in-person',
    venue: VENUE.preston,
    capacity: 20,
    waitingListSize: 5,
    attended: ['brookside:0', 'brookside:1', 'pendlevale:0', 'pendlevale:3', 'ribblevalley:0'],
    absent: ['pendlevale:4'],
    apologies: ['brookside:2'],
  },
  {
    course: 'noticing-early-signs',
    inDays: -75,
    hour: 13,
    mode: 'in-person',
    venue: VENUE.burnley,
    capacity: 16,
    waitingListSize: 4,
    attended: ['brookside:0', 'brookside:4', 'pendlevale:0', 'pendlevale:5', 'ribblevalley:1'],
    absent: ['ribblevalley:3'],
  },
  {
    course: 'looking-after-staff-wellbeing',
    inDays: -40,
    hour: 16,
    mode: 'online',
    capacity: 30,
    waitingListSize: 0,
    attended: ['brookside:0', 'brookside:5', 'pendlevale:1', 'pendlevale:6', 'ribblevalley:0', 'ribblevalley:4'],
    apologies: ['pendlevale:2'],
  },
  {
    course: 'teaching-mental-health-safely',
    inDays: -14,
    hour: 15,
    mode: 'online',
    capacity: 25,
    waitingListSize: 5,
    attended: ['brookside:1', 'pendlevale:2', 'ribblevalley:2'],
    absent: ['brookside:3'],
  },
  // Upcoming, booked through the rules. The self-harm course is full, with a waiting list.
  {
    course: 'responding-to-self-harm',
    inDays: 9,
    hour: 9,
    mode: 'in-person',
    venue: VENUE.lancaster,
    capacity: 6,
    waitingListSize: 4,
    bookings: ['brookside:4', 'pendlevale:0', 'pendlevale:3', 'ribblevalley:0', 'ribblevalley:6', 'brookside:0', 'pendlevale:5', 'ribblevalley:1'],
  },
  {
    course: 'anxiety-and-low-mood',
    inDays: 16,
    hour: 15,
    mode: 'online',
    capacity: 30,
    waitingListSize: 10,
    bookings: ['brookside:1', 'brookside:6', 'pendlevale:7'],
  },
  {
    course: 'working-with-families',
    inDays: 23,
    hour: 13,
    mode: 'in-person',
    venue: VENUE.preston,
    capacity: 18,
    waitingListSize: 6,
    bookings: ['ribblevalley:0', 'pendlevale:9'],
  },
  {
    course: 'leading-whole-setting-approach',
    inDays: 30,
    hour: 9,
    mode: 'in-person',
    venue: VENUE.burnley,
    capacity: 20,
    waitingListSize: 5,
    bookings: ['pendlevale:0'],
  },
  { course: 'hearing-pupil-voice', inDays: 37, hour: 15, mode: 'online', capacity: 25, waitingListSize: 5, bookings: [] },
  {
    course: 'family-wellbeing-workshop',
    inDays: 44,
    hour: 18,
    mode: 'in-person',
    venue: VENUE.lancaster,
    capacity: 15,
    waitingListSize: 5,
    bookings: ['brookside:5'],
  },
  { course: 'compassion-in-practice', inDays: 51, hour: 9, mode: 'in-person', venue: VENUE.burnley, capacity: 20, waitingListSize: 5, bookings: [] },
]

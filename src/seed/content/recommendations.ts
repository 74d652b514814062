/** Seed data: default personalised recommendations, triggered by a principle's RAG band or by a low answer to a question. */

export type RecommendationTriggerSeed = { kind: 'principle-band'; band: 'red' | 'amber' } | { kind: 'question-level'; question: string; level: 0 | 1 | 2 }

/**
 * A recommendation shown in a setting's report when its trigger matches. For 'question-level' triggers,
 * `level` means "answered at or below this level" on the scale 0 Not yet in place, 1 Emerging,
 * 2 Developing, 3 Embedded.
 */
export interface RecommendationSeed {
  key: string
  title: string
  body: string[]
  principle: string
  trigger: RecommendationTriggerSeed
  priority: 'high' | 'medium' | 'low'
  resources: { label: string; url: string }[]
}

// Public resources (gov.uk, NICE and established charities) reused below.
const WHOLE_SCHOOL_APPROACH = {
  label:
    'Public Health England (now OHID) and DfE: Promoting children and young people’s mental health and wellbeing: a whole school or college approach (2021)',
  url: 'https://www.gov.uk/government/publications/promoting-children-and-young-peoples-emotional-health-and-wellbeing',
}
const DFE_MH_BEHAVIOUR = {
  label: 'DfE: Mental health and behaviour in schools',
  url: 'https://www.gov.uk/government/publications/mental-health-and-behaviour-in-schools--2',
}
const DFE_BEHAVIOUR = {
  label: 'DfE: Behaviour in schools',
  url: 'https://www.gov.uk/government/publications/behaviour-in-schools--2',
}
const DFE_BULLYING = {
  label: 'DfE: Preventing and tackling bullying',
  url: 'https://www.gov.uk/government/publications/preventing-and-tackling-bullying',
}
const DFE_RSHE = {
  label: 'DfE: Relationships education, relationships and sex education (RSE) and health education',
  url: 'https://www.gov.uk/government/publications/relationships-education-relationships-and-sex-education-rse-and-health-education',
}
const DFE_ATTENDANCE = {
  label: 'DfE: Working together to improve school attendance',
  url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
}
const DFE_STAFF_CHARTER = {
  label: 'DfE: Education staff wellbeing charter',
  url: 'https://www.gov.uk/guidance/education-staff-wellbeing-charter',
}
const SEND_CODE = {
  label: 'SEND code of practice: 0 to 25 years',
  url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
}
const NICE_NG223 = {
  label: 'NICE NG223: Social, emotional and mental wellbeing in primary and secondary education',
  url: 'https://www.nice.org.uk/guidance/ng223',
}
const NICE_NG225 = {
  label: 'NICE NG225: Self-harm: assessment, management and preventing recurrence',
  url: 'https://www.nice.org.uk/guidance/ng225',
}
const NICE_NG43 = {
  label: 'NICE NG43: Transition from children’s to adults’ services for young people using health or social care services',
  url: 'https://www.nice.org.uk/guidance/ng43',
}
const KCSIE = {
  label: 'DfE: Keeping children safe in education (statutory guidance for schools and colleges)',
  url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
}
const INFORMATION_SHARING = {
  label: 'HM Government: Information sharing advice for safeguarding practitioners (2024)',
  url: 'https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice',
}
const ANNA_FREUD_SCHOOLS = {
  label: 'Anna Freud: resources for schools and colleges',
  url: 'https://www.annafreud.org/schools-and-colleges/',
}
const ANNA_FREUD_MEASURING = {
  label: 'Anna Freud: Measuring and monitoring children and young people’s mental wellbeing',
  url: 'https://www.annafreud.org/resources/schools-and-colleges/measuring-and-monitoring-children-and-young-peoples-mental-wellbeing/',
}
const MENTALLY_HEALTHY_SCHOOLS = {
  label: 'Mentally Healthy Schools',
  url: 'https://www.mentallyhealthyschools.org.uk/',
}
const MINDED = { label: 'MindEd: free e-learning on children and young people’s mental health', url: 'https://www.minded.org.uk/' }
const EDUCATION_SUPPORT = {
  label: 'Education Support: mental health and wellbeing support for education staff',
  url: 'https://www.educationsupport.org.uk/',
}

export const recommendations: RecommendationSeed[] = [
  // ═══ Principle-band recommendations ═══════════════════════════════════════════════════════════

  // 1. Leadership and management
  {
    key: 'leadership-red',
    title: 'Establish clear leadership for emotional health and wellbeing',
    body: [
      'Agree with the senior team and governors that emotional health and wellbeing is a strategic priority, and name a senior leader as the wellbeing lead. Give the role protected time in the timetable and write it into their job description, so that the work does not depend on goodwill.',
      'Within the next half term, go through this self-assessment with a small group (for example the SENCO, designated safeguarding lead, a pastoral lead and a governor) and choose two or three priorities. Put them in the improvement plan with an owner, a date and a way of knowing whether they have worked.',
      'Ask the governing body to appoint a link governor or trustee for wellbeing and to receive a short report each term. Book a consultation with LEHSS to talk through your starting point and the training that would help most.',
    ],
    principle: 'leadership',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [WHOLE_SCHOOL_APPROACH, ANNA_FREUD_SCHOOLS],
  },
  {
    key: 'leadership-amber',
    title: 'Turn leadership commitment into a sustained, measurable plan',
    body: [
      'Check that the wellbeing priority in your improvement plan has success measures you can track, such as wellbeing survey results, the attendance of vulnerable groups, staff survey findings or the take-up of support. Review them each term rather than only at the end of the year.',
      'Cross-check the mental health, behaviour, attendance, anti-bullying and SEND policies for contradictions, and agree one consistent message about how distress and behaviour are understood.',
      'Reduce the risk of the work depending on one person: identify a deputy for the wellbeing lead, share the action plan with the wider leadership team, and use the Hub’s progress reports when reporting to governors.',
    ],
    principle: 'leadership',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [WHOLE_SCHOOL_APPROACH, NICE_NG223],
  },

  // 2. Ethos and environment
  {
    key: 'ethos-red',
    title: 'Build a safe, respectful and relational culture',
    body: [
      'Start with relationships. Check that every pupil or student has at least one adult they trust, for example by asking them directly in a short survey or in tutor time, and make sure someone follows up with anyone who cannot name an adult. Introduce a consistent welcome at the start of the day or lesson.',
      'Review the behaviour policy with the SENCO, pastoral staff and a group of pupils or students. Ask whether it treats behaviour as communication, whether it includes reasonable adjustments for SEND and mental health needs, and whether it builds in repair after incidents.',
      'Make sure bullying can be reported in several ways, including anonymously, and that every report gets a response. Consider whole-staff training in relational and trauma-informed practice; LEHSS training can support this.',
    ],
    principle: 'ethos',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [DFE_BEHAVIOUR, DFE_BULLYING, NICE_NG223],
  },
  {
    key: 'ethos-amber',
    title: 'Make the ethos consistent for every pupil or student',
    body: [
      'Use short learning walks focused on relationships rather than compliance: how staff greet, de-escalate and repair. Share what good practice looks like and follow up where practice varies.',
      'Analyse sanctions, suspensions, rewards and belonging-survey results by group (for example SEND, disadvantaged, ethnicity and looked-after status). Where one group is over-represented in sanctions or under-represented in recognition, agree specific actions.',
      'Check that calm spaces and adjustments are planned and reviewed, not used as an informal exclusion route, and ask the pupils or students who use them what helps.',
    ],
    principle: 'ethos',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [DFE_BEHAVIOUR, NICE_NG223],
  },

  // 3. Curriculum, teaching and learning
  {
    key: 'curriculum-red',
    title: 'Put a planned wellbeing curriculum in place',
    body: [
      'Audit what is currently taught about mental wellbeing, emotions, relationships and help-seeking against the statutory RSHE guidance (schools) or your tutorial and personal development programme (colleges). List the gaps and the year groups or courses where nothing is taught.',
      'Give one member of staff responsibility for the programme, make sure it has regular timetabled time, and use quality-assured teaching materials rather than one-off assemblies.',
      'Before teaching sensitive topics such as self-harm or eating difficulties, brief staff on safe messaging and on what to do if a pupil or student discloses a concern.',
    ],
    principle: 'curriculum',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [DFE_RSHE, MENTALLY_HEALTHY_SCHOOLS, NICE_NG223],
  },
  {
    key: 'curriculum-amber',
    title: 'Strengthen progression and evaluate the wellbeing curriculum',
    body: [
      'Check that the programme builds knowledge and skills over time, so that each year revisits and extends what came before, and that social and emotional skills are reinforced outside PSHE or tutorial time.',
      'Ask pupils or students at the end of each unit what was useful and what was missing, and use local information (such as safeguarding themes) to adjust the content.',
      'Review how lessons are adapted for pupils or students with SEND, and check that enrichment activities that support wellbeing reach disadvantaged and isolated learners.',
    ],
    principle: 'curriculum',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [DFE_RSHE, MENTALLY_HEALTHY_SCHOOLS],
  },

  // 4. Enabling student voice
  {
    key: 'student-voice-red',
    title: 'Start listening to pupils and students systematically',
    body: [
      'Set up at least one regular route for hearing views on wellbeing, such as a short termly survey, a standing item on the school or student council agenda, or small focus groups led by a trusted adult.',
      'Close the loop: within half a term of each consultation, tell pupils or students what you heard and what you will do (“you said, we did”), including what you cannot change and why.',
      'From the start, plan how you will hear from those who are less often heard, using visual or adapted methods and trusted adults.',
    ],
    principle: 'student-voice',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [ANNA_FREUD_SCHOOLS, WHOLE_SCHOOL_APPROACH],
  },
  {
    key: 'student-voice-amber',
    title: 'Give pupils and students real influence over decisions',
    body: [
      'Involve pupils or students in reviewing the policies that affect them most, such as behaviour, anti-bullying and mental health, and publish pupil- or student-friendly versions written with them.',
      'Check that councils and groups reflect the make-up of the setting, and adapt methods for those with SEND or communication needs.',
      'If you have peer-support roles, make sure they have proper training, clear limits and regular supervision from a named member of staff; if you do not, consider starting a small, well-supported scheme.',
    ],
    principle: 'student-voice',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [ANNA_FREUD_SCHOOLS],
  },

  // 5. Staff development
  {
    key: 'staff-development-red',
    title: 'Train all staff and start looking after staff wellbeing',
    body: [
      'Plan basic training for all staff this year in recognising and responding to mental health concerns, and add it to induction for new and temporary staff. Record attendance on the Hub so that the Training Dashboard can show gaps.',
      'Run an anonymous staff wellbeing survey, share the results and agree two or three practical actions, particularly on workload. Consider signing up to the DfE Education staff wellbeing charter and make sure staff know where to find confidential support.',
      'Arrange regular supervision for the staff who carry the most emotionally demanding work, such as the designated safeguarding lead and pastoral staff.',
    ],
    principle: 'staff-development',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [DFE_STAFF_CHARTER, EDUCATION_SUPPORT, MINDED],
  },
  {
    key: 'staff-development-amber',
    title: 'Make staff development and wellbeing sustainable',
    body: [
      'Use the Training Dashboard and this self-assessment to build a training plan that covers whole-staff, role-specific and specialist training, and links each course to a principle where you are weaker.',
      'Make sure support staff (teaching assistants, lunchtime, office and site staff) can attend training, and are included in the staff wellbeing plan.',
      'Extend supervision or reflective practice to more staff who support distressed pupils or students, and repeat the staff wellbeing survey to check that actions have made a difference.',
    ],
    principle: 'staff-development',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [DFE_STAFF_CHARTER, EDUCATION_SUPPORT, MINDED],
  },

  // 6. Identifying need and monitoring impact
  {
    key: 'identifying-need-red',
    title: 'Set up a clear system for identifying need early',
    body: [
      'Agree one simple procedure for any member of staff to record a wellbeing concern, make sure concerns are looked at the same day, and explain the procedure to all staff. Keep records in your own secure systems.',
      'Hold a regular meeting (for example fortnightly) where pastoral, SEND, safeguarding and attendance staff look together at concerns, attendance, behaviour and bullying information, so that patterns are noticed early.',
      'Make sure you know which pupils or students belong to groups at higher risk, such as looked-after children and young carers, and that each has a named adult who checks in with them.',
    ],
    principle: 'identifying-need',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [DFE_MH_BEHAVIOUR, SEND_CODE, NICE_NG223],
  },
  {
    key: 'identifying-need-amber',
    title: 'Measure need and the impact of support',
    body: [
      'Introduce, or improve, a whole-population wellbeing survey using a recognised, age-appropriate measure, and analyse the results by year group and group of pupils or students.',
      'For every intervention, agree at the start what change you hope to see and how you will measure it, for example a short validated questionnaire or goal-based outcomes.',
      'Review the outcomes of all interventions together each term and use the findings to decide what to continue, change or stop.',
    ],
    principle: 'identifying-need',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [ANNA_FREUD_MEASURING, NICE_NG223],
  },

  // 7. Targeted support and appropriate referral
  {
    key: 'targeted-support-red',
    title: 'Build a clear graduated offer and know your referral routes',
    body: [
      'List the support you already offer (for example mentoring, nurture or emotional literacy support), who delivers it and who it is for. Turn this into a simple provision map and share it with staff so they know how to request support.',
      'Build an up-to-date directory of local services (such as CAMHS, the Mental Health Support Team, school nursing and early help) with criteria and contacts, and book a LEHSS consultation to discuss pupils or students you are worried about.',
      'Make sure there is a written procedure for responding to self-harm and suicidal thoughts with compassion, which focuses on the pupil’s or student’s needs and safety rather than on scoring risk, agrees a safety plan with them and refers them to health services. Train designated staff to use it and make sure all staff know the first steps.',
    ],
    principle: 'targeted-support',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [DFE_MH_BEHAVIOUR, SEND_CODE, NICE_NG223, NICE_NG225],
  },
  {
    key: 'targeted-support-amber',
    title: 'Make targeted support consistent and joined up',
    body: [
      'Add clear entry and exit criteria to each intervention, and agree the signs that a pupil or student needs more than the setting can safely offer.',
      'Make sure anyone waiting for a specialist service has a named adult and an interim plan, and that advice from services is built into their support plan.',
      'Review how you support transitions and life changes, including enhanced transition for vulnerable pupils or students and a bereavement response.',
    ],
    principle: 'targeted-support',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [SEND_CODE, NICE_NG223, MINDED],
  },

  // 8. Working with parents and carers
  {
    key: 'parents-carers-red',
    title: 'Open clear channels of communication with families',
    body: [
      'Publish, on the website and in induction information, who families should contact about their child’s wellbeing and how. Make sure staff contact families promptly and supportively when they have a concern (for students aged 16 and over, with the student’s agreement unless safeguarding requires otherwise).',
      'Add a wellbeing page to your website with local sources of help for children and for parents and carers, and check that it is accessible in the main community languages.',
      'Ask families, for example through a short survey or a coffee morning, what would help them to support their child’s wellbeing, and plan at least one response this year.',
    ],
    principle: 'parents-carers',
    trigger: { kind: 'principle-band', band: 'red' },
    priority: 'high',
    resources: [WHOLE_SCHOOL_APPROACH, MENTALLY_HEALTHY_SCHOOLS],
  },
  {
    key: 'parents-carers-amber',
    title: 'Work with families as partners',
    body: [
      'Make co-production the norm: invite parents and carers to contribute to support plans and reviews at times they can attend, and record how their views shaped the plan.',
      'Reach families who are seldom heard through trusted staff, community partners or different times and formats, and report back on what changed as a result of family feedback.',
      'Where anxiety or emotional difficulties are affecting attendance, agree a supportive, graded plan with the family and review it often.',
    ],
    principle: 'parents-carers',
    trigger: { kind: 'principle-band', band: 'amber' },
    priority: 'medium',
    resources: [DFE_ATTENDANCE, SEND_CODE],
  },

  // ═══ Question-level recommendations ═══════════════════════════════════════════════════════════
  {
    key: 'leadership-1-lead',
    title: 'Name a senior lead for emotional health and wellbeing',
    body: [
      'Choose a member of the senior leadership team to lead emotional health and wellbeing. Write the role into their job description, agree protected time, and tell staff, pupils or students and families who the lead is.',
      'If the lead has not yet completed senior mental health lead training, plan for them to do so, and ask LEHSS about local networks for wellbeing leads.',
    ],
    principle: 'leadership',
    trigger: { kind: 'question-level', question: 'leadership-1', level: 1 },
    priority: 'high',
    resources: [WHOLE_SCHOOL_APPROACH],
  },
  {
    key: 'leadership-2-plan',
    title: 'Put wellbeing into the improvement plan',
    body: [
      'Add emotional health and wellbeing to the improvement or development plan as a priority with actions drawn from this self-assessment. Give each action an owner, a date and a success measure.',
      'Review progress each term with the senior team and report it to governors, updating the plan when circumstances change.',
    ],
    principle: 'leadership',
    trigger: { kind: 'question-level', question: 'leadership-2', level: 1 },
    priority: 'medium',
    resources: [WHOLE_SCHOOL_APPROACH],
  },
  {
    key: 'leadership-4-policy',
    title: 'Write or refresh the mental health and wellbeing policy',
    body: [
      'Draft or update a policy that sets out roles, how concerns are raised and recorded, the support on offer and how referrals are made. Consult staff, pupils or students and families on the draft.',
      'Read it side by side with the behaviour, safeguarding, attendance, anti-bullying and SEND policies and resolve any contradictions before it is approved. Set a review date no more than two years ahead.',
    ],
    principle: 'leadership',
    trigger: { kind: 'question-level', question: 'leadership-4', level: 1 },
    priority: 'medium',
    resources: [DFE_MH_BEHAVIOUR, NICE_NG223],
  },
  {
    key: 'leadership-5-review',
    title: 'Make the annual review a shared exercise',
    body: [
      'You already review your approach; to strengthen it, complete the next self-assessment with a small group rather than alone, and bring in the views of pupils or students, staff and families before you answer.',
      'Use the Hub’s comparison with your previous assessment to show governors what has changed and why.',
    ],
    principle: 'leadership',
    trigger: { kind: 'question-level', question: 'leadership-5', level: 2 },
    priority: 'low',
    resources: [],
  },
  {
    key: 'ethos-1-trusted-adult',
    title: 'Make sure every pupil or student has a trusted adult',
    body: [
      'Ask every pupil or student, for example in a short survey or in tutor time, whether there is an adult in the setting they would talk to if they were worried. Follow up with each one who cannot name anyone and agree a key adult with them.',
      'Build in daily moments of connection, such as meeting and greeting at the door, and repeat the question each year to check that the picture is improving.',
    ],
    principle: 'ethos',
    trigger: { kind: 'question-level', question: 'ethos-1', level: 1 },
    priority: 'high',
    resources: [NICE_NG223],
  },
  {
    key: 'ethos-2-behaviour-policy',
    title: 'Review the behaviour policy through a relational lens',
    body: [
      'With the SENCO, pastoral staff and a group of pupils or students, review the behaviour policy. Ask whether it helps staff understand what behaviour may be communicating, whether it includes reasonable adjustments for SEND and mental health needs, and whether repair follows sanctions.',
      'Train staff in de-escalation and co-regulation, and analyse sanctions by group to check that the policy is applied fairly.',
    ],
    principle: 'ethos',
    trigger: { kind: 'question-level', question: 'ethos-2', level: 1 },
    priority: 'high',
    resources: [DFE_BEHAVIOUR, DFE_MH_BEHAVIOUR],
  },
  {
    key: 'ethos-3-bullying',
    title: 'Strengthen how bullying is reported, recorded and analysed',
    body: [
      'Offer several ways to report bullying, including an anonymous option, and make sure every report is acknowledged and followed up. Record the type of bullying, including prejudice-based and online bullying.',
      'Analyse incidents each term for patterns by place, time and group, and use what you find to change supervision, the curriculum or the environment. Ask pupils or students whether they feel bullying is dealt with well.',
    ],
    principle: 'ethos',
    trigger: { kind: 'question-level', question: 'ethos-3', level: 1 },
    priority: 'medium',
    resources: [DFE_BULLYING],
  },
  {
    key: 'curriculum-1-programme',
    title: 'Plan a progressive wellbeing programme',
    body: [
      'Map what pupils or students currently learn about mental wellbeing, emotions and help-seeking in each year group or course level, and fill the gaps so that learning builds over time.',
      'Protect timetabled time for the programme and give one member of staff responsibility for its quality. Schools should check coverage against the statutory RSHE guidance.',
    ],
    principle: 'curriculum',
    trigger: { kind: 'question-level', question: 'curriculum-1', level: 1 },
    priority: 'high',
    resources: [DFE_RSHE, MENTALLY_HEALTHY_SCHOOLS],
  },
  {
    key: 'curriculum-3-safe-teaching',
    title: 'Teach sensitive topics safely',
    body: [
      'Before teaching about self-harm, suicide or eating difficulties, brief staff on safe messaging: focus on help-seeking and protective factors, and avoid describing methods or showing graphic images.',
      'Set ground rules, tell pupils or students where to get help, and remind staff that any disclosure goes to the designated safeguarding lead the same day.',
    ],
    principle: 'curriculum',
    trigger: { kind: 'question-level', question: 'curriculum-3', level: 1 },
    priority: 'medium',
    resources: [MENTALLY_HEALTHY_SCHOOLS, DFE_RSHE, KCSIE],
  },
  {
    key: 'curriculum-5-early-years',
    title: 'Prioritise personal, social and emotional development in the early years',
    body: [
      'Review early years and key stage 1 routines so that adults help children to name and manage feelings in the moment, and every child has a secure relationship with a key adult.',
      'Use play to build friendships and problem-solving, and identify early any child who is not yet emotionally secure so that support can begin straight away.',
    ],
    principle: 'curriculum',
    trigger: { kind: 'question-level', question: 'curriculum-5', level: 1 },
    priority: 'medium',
    resources: [SEND_CODE],
  },
  {
    key: 'student-voice-1-loop',
    title: 'Close the loop on pupil and student voice',
    body: [
      'Set a regular pattern for consulting pupils or students on wellbeing, for example a termly survey plus a council agenda item.',
      'After each consultation, publish a short “you said, we did” update in assemblies, tutor time or on screens, including what cannot change and why.',
    ],
    principle: 'student-voice',
    trigger: { kind: 'question-level', question: 'student-voice-1', level: 1 },
    priority: 'medium',
    resources: [ANNA_FREUD_SCHOOLS],
  },
  {
    key: 'student-voice-2-seldom-heard',
    title: 'Hear from pupils and students who are less often heard',
    body: [
      'Compare the membership of councils and groups with the make-up of the setting, and invite under-represented pupils or students directly.',
      'Adapt methods, for example visual scales, small groups with a trusted adult or alternative communication, so that pupils or students with SEND, those learning English and young carers can take part.',
    ],
    principle: 'student-voice',
    trigger: { kind: 'question-level', question: 'student-voice-2', level: 1 },
    priority: 'medium',
    resources: [ANNA_FREUD_SCHOOLS],
  },
  {
    key: 'staff-development-1-training',
    title: 'Train all staff to recognise and respond to mental health concerns',
    body: [
      'Arrange whole-staff training this year on recognising signs of difficulty, responding in the moment and passing concerns on. Include it in induction for new and temporary staff.',
      'Record training on the Hub so that the Training Dashboard can show who still needs it, and book LEHSS sessions to fill gaps.',
    ],
    principle: 'staff-development',
    trigger: { kind: 'question-level', question: 'staff-development-1', level: 1 },
    priority: 'high',
    resources: [MINDED],
  },
  {
    key: 'staff-development-3-wellbeing',
    title: 'Create a staff wellbeing plan',
    body: [
      'Run an anonymous staff wellbeing survey and use the results to agree a small number of actions, especially on workload (for example marking, data collection, meetings and email).',
      'Make sure all staff know how to get confidential support, and check the workload impact of new initiatives before they start.',
    ],
    principle: 'staff-development',
    trigger: { kind: 'question-level', question: 'staff-development-3', level: 1 },
    priority: 'high',
    resources: [DFE_STAFF_CHARTER, EDUCATION_SUPPORT],
  },
  {
    key: 'staff-development-4-supervision',
    title: 'Introduce supervision for staff carrying emotionally demanding work',
    body: [
      'Identify the staff who most often support distressed pupils or students, such as the designated safeguarding lead, pastoral staff and wellbeing practitioners, and arrange regular individual or group supervision for them.',
      'Agree a simple supervision agreement covering frequency, confidentiality and what happens to safeguarding concerns raised in supervision.',
    ],
    principle: 'staff-development',
    trigger: { kind: 'question-level', question: 'staff-development-4', level: 1 },
    priority: 'medium',
    resources: [EDUCATION_SUPPORT],
  },
  {
    key: 'staff-development-8-tutors',
    title: 'Train tutors in young adults’ mental health',
    body: [
      'Plan training for personal tutors and student support staff on how mental health needs present in 16 to 25 year olds, responding with compassion to self-harm and suicidal thoughts and helping agree a safety plan, consent and confidentiality for students aged 16 and 17 and for adults, and helping students reach adult services and their GP.',
      'Give tutors a simple guide to the college’s referral routes so they can act quickly.',
    ],
    principle: 'staff-development',
    trigger: { kind: 'question-level', question: 'staff-development-8', level: 0 },
    priority: 'medium',
    resources: [MINDED, NICE_NG225],
  },
  {
    key: 'identifying-need-1-concerns',
    title: 'Make raising a wellbeing concern simple and reliable',
    body: [
      'Agree one procedure for recording wellbeing concerns, make clear that a concern that a pupil or student may be at risk of harm goes straight to the designated safeguarding lead, and make sure other concerns reach the right person the same day.',
      'Tell staff what happened after they raised a concern, so that they keep raising them, and audit a sample of concerns each term to check follow-up. Keep all records in your own secure systems.',
    ],
    principle: 'identifying-need',
    trigger: { kind: 'question-level', question: 'identifying-need-1', level: 1 },
    priority: 'high',
    resources: [DFE_MH_BEHAVIOUR, KCSIE],
  },
  {
    key: 'identifying-need-2-survey',
    title: 'Use a whole-population wellbeing survey',
    body: [
      'Choose a recognised, age-appropriate wellbeing measure, agree consent and data protection arrangements, and run it with all pupils or students at least once a year.',
      'Analyse results by year group and group, compare them over time, and use them to decide where universal and targeted support is most needed.',
    ],
    principle: 'identifying-need',
    trigger: { kind: 'question-level', question: 'identifying-need-2', level: 1 },
    priority: 'medium',
    resources: [ANNA_FREUD_MEASURING],
  },
  {
    key: 'identifying-need-5-impact',
    title: 'Measure the impact of every intervention',
    body: [
      'For each intervention, agree at the start what change you expect and how you will measure it, such as a short validated questionnaire before and after, or progress towards goals agreed with the pupil or student.',
      'Bring the outcomes together each term, look at what works for whom, and stop or change interventions that are not making a difference.',
    ],
    principle: 'identifying-need',
    trigger: { kind: 'question-level', question: 'identifying-need-5', level: 1 },
    priority: 'high',
    resources: [ANNA_FREUD_MEASURING, NICE_NG223],
  },
  {
    key: 'identifying-need-8-enrolment',
    title: 'Invite students to share mental health needs at enrolment',
    body: [
      'Review application and enrolment forms so that they invite students to share mental health needs, explain why you ask and how the information will be used, and trigger a follow-up conversation.',
      'Request transition information from schools early, especially for students with EHC plans, and check that it is acted on before term starts.',
    ],
    principle: 'identifying-need',
    trigger: { kind: 'question-level', question: 'identifying-need-8', level: 1 },
    priority: 'medium',
    resources: [SEND_CODE],
  },
  {
    key: 'targeted-support-1-provision-map',
    title: 'Map your graduated offer of support',
    body: [
      'Create a provision map showing each type of support, who delivers it, who it is for, how to request it and how long it usually lasts. Share it with all staff.',
      'Identify gaps between universal support and specialist services, and plan training (for example in emotional literacy support or mentoring) to fill them.',
    ],
    principle: 'targeted-support',
    trigger: { kind: 'question-level', question: 'targeted-support-1', level: 1 },
    priority: 'high',
    resources: [SEND_CODE, NICE_NG223],
  },
  {
    key: 'targeted-support-2-pathways',
    title: 'Know your local referral pathways',
    body: [
      'Build and date a directory of local services (such as CAMHS, the Mental Health Support Team, school nursing, early help and LEHSS consultation) with their criteria, contacts and how to refer.',
      'Agree what every referral should include, such as what has already been tried and the views of the pupil or student and family, and keep in touch with services until the referral is resolved.',
    ],
    principle: 'targeted-support',
    trigger: { kind: 'question-level', question: 'targeted-support-2', level: 1 },
    priority: 'high',
    resources: [DFE_MH_BEHAVIOUR],
  },
  {
    key: 'targeted-support-10-self-harm',
    title: 'Put a compassionate self-harm and suicide response procedure in place',
    body: [
      'Write, or update, a procedure that sets out the first steps for all staff (listen without judgement, get first aid or emergency help where it is needed, and pass the concern to the designated safeguarding lead the same day), how designated staff explore the pupil’s or student’s needs with them, agree a safety plan and refer them to CAMHS, the GP or crisis services, and the emergency routes, including out of hours.',
      'Do not use risk checklists, scores or low, medium and high ratings to predict further self-harm or to decide who is offered support, as NICE NG225 advises: everyone who discloses self-harm or suicidal thoughts is offered support that matches their needs.',
      'Say how parents or carers are involved: normally with the pupil’s knowledge, and for students aged 16 and over, or younger pupils who are competent to decide, with their agreement unless safeguarding requires otherwise. Train the designated staff, brief all staff on the first steps, and review the procedure after any serious incident, offering support to the staff involved.',
    ],
    principle: 'targeted-support',
    trigger: { kind: 'question-level', question: 'targeted-support-10', level: 1 },
    priority: 'high',
    resources: [NICE_NG225, KCSIE, MINDED, DFE_MH_BEHAVIOUR],
  },
  {
    key: 'targeted-support-6-transitions',
    title: 'Plan support for transitions and life changes',
    body: [
      'Review routine transitions (between classes, phases and settings) and add enhanced support, such as extra visits, a key adult and a transition booklet, for pupils or students who need it.',
      'Agree a bereavement and loss response and make sure staff know how to support pupils or students experiencing family change.',
    ],
    principle: 'targeted-support',
    trigger: { kind: 'question-level', question: 'targeted-support-6', level: 1 },
    priority: 'medium',
    resources: [NICE_NG223],
  },
  {
    key: 'targeted-support-8-adult-services',
    title: 'Support students moving to adult mental health services',
    body: [
      'Find out how the move from children’s to adult mental health services works locally, and agree with local services how the college takes part: planning starts early, the student is an equal partner, a named worker coordinates the move, and the student meets the adult service before transfer.',
      'Help students register with and talk to their GP, and make sure annual reviews of EHC plans with social, emotional and mental health needs focus on preparing for adulthood.',
    ],
    principle: 'targeted-support',
    trigger: { kind: 'question-level', question: 'targeted-support-8', level: 1 },
    priority: 'medium',
    resources: [NICE_NG43, SEND_CODE],
  },
  {
    key: 'parents-carers-1-contact',
    title: 'Make it easy for families to raise and hear about concerns',
    body: [
      'Publish the names and contact details of the wellbeing lead and other key staff on the website and in induction information.',
      'Agree how and how quickly staff contact families when they have a concern, and use supportive, non-blaming language. For students aged 16 and over, agree with the student when their family will be contacted, unless safeguarding requires otherwise. Ask families in your next survey whether they know who to contact.',
    ],
    principle: 'parents-carers',
    trigger: { kind: 'question-level', question: 'parents-carers-1', level: 1 },
    priority: 'high',
    resources: [WHOLE_SCHOOL_APPROACH],
  },
  {
    key: 'parents-carers-3-coproduction',
    title: 'Involve parents and carers in planning support',
    body: [
      'Add a section to support plans for the family’s knowledge of their child, hold reviews at times families can attend, and give them a copy of the agreed plan.',
      'Record how the family’s views changed the plan, and ask families afterwards whether they felt listened to.',
    ],
    principle: 'parents-carers',
    trigger: { kind: 'question-level', question: 'parents-carers-3', level: 1 },
    priority: 'medium',
    resources: [SEND_CODE],
  },
  {
    key: 'parents-carers-5-attendance',
    title: 'Respond supportively to emotionally based absence',
    body: [
      'When anxiety or emotional difficulties are affecting attendance, meet the family early, explore the reasons together with the pupil or student, and agree a graded plan for return with reasonable adjustments.',
      'Review the plan often, keep the importance of attendance clear, and involve health or early help services where needed.',
    ],
    principle: 'parents-carers',
    trigger: { kind: 'question-level', question: 'parents-carers-5', level: 1 },
    priority: 'medium',
    resources: [DFE_ATTENDANCE],
  },
  {
    key: 'parents-carers-8-consent',
    title: 'Explain how the college involves families and respects students’ consent',
    body: [
      'Write a short, clear statement for enrolment: students aged 16 and 17 are presumed able to make their own decisions (Mental Capacity Act 2005), so the college asks for their agreement before sharing information about their wellbeing with family; adult learners’ information is shared only with their consent; and information is shared without consent only where safeguarding requires, with the student told what and why.',
      'Brief staff on the statement and on the information sharing advice, and check each year that it is applied consistently.',
    ],
    principle: 'parents-carers',
    trigger: { kind: 'question-level', question: 'parents-carers-8', level: 1 },
    priority: 'medium',
    resources: [INFORMATION_SHARING, KCSIE],
  },
]

/** Words the county is made of: Lancashire's districts and places, people's names, and the raw material of case studies. */

/** The twelve districts of Lancashire County Council, each with towns and villages its settings are named after. */
export const DISTRICTS: Record<string, string[]> = {
  Burnley: ['Burnley', 'Padiham', 'Briercliffe', 'Worsthorne', 'Cliviger', 'Hapton', 'Rosegrove', 'Cherry Fold'],
  Chorley: ['Chorley', 'Adlington', 'Coppull', 'Euxton', 'Whittle-le-Woods', 'Clayton-le-Woods', 'Eccleston', 'Brindle', 'Croston', 'Buckshaw'],
  Fylde: ['Lytham', 'St Annes', 'Kirkham', 'Freckleton', 'Warton', 'Wrea Green', 'Elswick', 'Wesham'],
  Hyndburn: ['Accrington', 'Oswaldtwistle', 'Great Harwood', 'Clayton-le-Moors', 'Rishton', 'Church', 'Altham', 'Huncoat'],
  Lancaster: ['Lancaster', 'Morecambe', 'Heysham', 'Carnforth', 'Bolton-le-Sands', 'Silverdale', 'Caton', 'Halton', 'Galgate', 'Hest Bank'],
  Pendle: ['Nelson', 'Colne', 'Barnoldswick', 'Brierfield', 'Earby', 'Trawden', 'Barrowford', 'Foulridge'],
  Preston: ['Preston', 'Fulwood', 'Ashton-on-Ribble', 'Ingol', 'Ribbleton', 'Broughton', 'Grimsargh', 'Goosnargh', 'Cottam', 'Larches'],
  'Ribble Valley': ['Clitheroe', 'Longridge', 'Whalley', 'Sabden', 'Chatburn', 'Read', 'Ribchester', 'Waddington'],
  Rossendale: ['Rawtenstall', 'Bacup', 'Haslingden', 'Whitworth', 'Helmshore', 'Waterfoot', 'Stacksteads', 'Crawshawbooth'],
  'South Ribble': ['Leyland', 'Penwortham', 'Bamber Bridge', 'Lostock Hall', 'Walton-le-Dale', 'Longton', 'Hutton', 'Farington'],
  'West Lancashire': ['Ormskirk', 'Skelmersdale', 'Burscough', 'Tarleton', 'Aughton', 'Up Holland', 'Hesketh Bank', 'Parbold', 'Banks'],
  Wyre: ['Fleetwood', 'Thornton', 'Cleveleys', 'Poulton-le-Fylde', 'Garstang', 'Knott End', 'Preesall', 'Hambleton', 'Catterall'],
}

/** Relative number of settings per district (roughly their share of the county's pupils). */
export const DISTRICT_WEIGHTS: Record<string, number> = {
  Burnley: 8, Chorley: 9, Fylde: 6, Hyndburn: 7, Lancaster: 11, Pendle: 8, Preston: 12, 'Ribble Valley': 6,
  Rossendale: 6, 'South Ribble': 9, 'West Lancashire': 9, Wyre: 9,
}

export const SAINTS = ['Mary', 'John', 'Peter', 'Paul', 'Joseph', 'Anne', 'Michael', 'Andrew', 'Thomas', 'Wilfrid', 'Augustine', 'Bernadette', 'Oswald', 'Teresa', 'Margaret', 'James', 'Leonard', 'Hilda']

export const NAME_FORMS: Record<string, string[]> = {
  primary: ['{p} Primary School', '{p} Church of England Primary School', 'St {s}’s Catholic Primary School, {p}', '{p} Community Primary School', '{p} Primary Academy', '{p} Methodist Primary School', '{p} Infant School', '{p} Junior School', '{p} St {s}’s Church of England Primary School', '{p} County Primary School'],
  secondary: ['{p} High School', '{p} Academy', 'St {s}’s Catholic High School, {p}', '{p} Community High School', '{p} Church of England High School'],
  special: ['{p} Special School', '{p} Hillside School', '{p} Brookfield School', '{p} Acorns School'],
  'alternative-provision': ['{p} Short Stay School', '{p} Learning Centre', '{p} Pupil Referral Unit'],
  'all-through': ['{p} All-through Academy', '{p} Grammar School', '{p} School'],
  'sixth-form': ['{p} Sixth Form College', 'Cardinal Newman Sixth Form, {p}', '{p} Sixth Form'],
  college: ['{p} College', '{p} and District College', '{p} Adult College', '{p} Further Education College'],
}

export const FIRST_NAMES = ['Amira', 'Tom', 'Gareth', 'Hannah', 'Joanne', 'Kwame', 'Sarah', 'Liam', 'Aisha', 'David', 'Emma', 'Mohammed', 'Rachel', 'Peter', 'Fatima', 'Claire', 'Imran', 'Sophie', 'Andrew', 'Helen', 'Zainab', 'Mark', 'Lucy', 'Owen', 'Priya', 'Gemma', 'Daniel', 'Nadia', 'Stephen', 'Katie', 'Bilal', 'Laura', 'Chris', 'Yasmin', 'Paul', 'Rebecca', 'Jamal', 'Nicola', 'Simon', 'Hollie', 'Farah', 'Michael', 'Jade', 'Ravi', 'Anna', 'Graham', 'Leanne', 'Tariq', 'Beth', 'Ian']
export const SURNAMES = ['Patel', 'Hargreaves', 'Lewis', 'Walsh', 'Birch', 'Mensah', 'Okafor', 'Fletcher', 'Ali', 'Smith', 'Jones', 'Hussain', 'Taylor', 'Brown', 'Khan', 'Wilson', 'Ashworth', 'Holden', 'Parkinson', 'Pilling', 'Whittaker', 'Cowell', 'Duckworth', 'Entwistle', 'Greenwood', 'Haworth', 'Ingham', 'Kenyon', 'Lord', 'Nuttall', 'Riley', 'Shaw', 'Sutcliffe', 'Thornber', 'Wood', 'Begum', 'Mahmood', 'Iqbal', 'Clarke', 'Roberts', 'Singh', 'Evans', 'Turner', 'Cooper', 'Hall', 'Wright', 'Green', 'Baxter', 'Marsden', 'Crabtree']

export const EVIDENCE_NOTES = [
  'Noted in the wellbeing action plan and discussed at the governors’ meeting.',
  'See the staff survey results (spring term) and the summary in the improvement plan.',
  'Pupil voice survey in the autumn term; results shared with the school council.',
  'Policy reviewed this year; minutes of the review are on the shared drive.',
  'Training log kept by the senior mental health lead.',
  'Parents’ questionnaire and the follow-up coffee morning notes.',
  'Referral pathway agreed with the mental health support team.',
  'Lesson plans and the PSHE long-term plan show where this is taught.',
  'Termly report to governors includes this; latest in the minutes.',
  'Not yet evidenced: on the action plan for next term.',
  'Case reviews with the educational psychology service this year.',
  'Staff wellbeing group meets half-termly; notes kept by the deputy head.',
]

export const ACTION_OWNERS = ['Senior mental health lead', 'Deputy head', 'Pastoral team', 'Headteacher', 'SENCo', 'PSHE lead', 'Wellbeing governor', 'Head of year', 'Business manager', 'Designated safeguarding lead']
export const ACTION_NOTES = ['Agreed at the senior leadership meeting.', 'First draft shared with staff for comments.', 'Waiting for the training dates from the service.', 'Governors to review in the summer term.', 'Budget agreed; resources ordered.', '']

/** Topics of case studies: a title, the words its text uses, and what an image of it shows. */
export const TOPICS: { title: string; words: string[]; alt: string }[] = [
  { title: 'A calm corner in every classroom', words: ['calm', 'corner', 'feelings', 'sensory', 'regulation'], alt: 'A classroom calm corner with cushions and a feelings chart' },
  { title: 'A breakfast club that welcomes everyone', words: ['breakfast', 'club', 'morning', 'attendance', 'belonging'], alt: 'Children and staff sharing breakfast at long tables' },
  { title: 'Wellbeing walks for staff', words: ['staff', 'wellbeing', 'walk', 'workload', 'team'], alt: 'A group of staff walking along a canal towpath' },
  { title: 'A student wellbeing council', words: ['student', 'council', 'voice', 'policy', 'governors'], alt: 'Students around a table sorting sticky notes' },
  { title: 'Transition support for anxious pupils', words: ['transition', 'anxiety', 'visits', 'mentor', 'summer'], alt: 'Pupils on a visit to their new school' },
  { title: 'Parents’ coffee mornings', words: ['parents', 'carers', 'coffee', 'families', 'trust'], alt: 'Parents chatting over coffee in the school hall' },
  { title: 'Mental health first aiders in every department', words: ['first', 'aid', 'training', 'departments', 'early'], alt: 'A noticeboard with photos of trained first aiders' },
  { title: 'A nurture group for Key Stage 1', words: ['nurture', 'group', 'attachment', 'small', 'routine'], alt: 'A small group of children at a nurture table' },
  { title: 'Mindfulness before exams', words: ['mindfulness', 'exams', 'breathing', 'stress', 'revision'], alt: 'Students sitting quietly with their eyes closed' },
  { title: 'A relational behaviour policy', words: ['behaviour', 'relational', 'restorative', 'sanctions', 'relationships'], alt: 'Staff in a training session on restorative conversations' },
  { title: 'Bereavement support that lasts', words: ['bereavement', 'grief', 'loss', 'memory', 'support'], alt: 'A memory garden with painted stones' },
  { title: 'Friendship benches at playtime', words: ['friendship', 'playtime', 'bench', 'buddies', 'loneliness'], alt: 'A brightly painted bench in a playground' },
  { title: 'A school garden for wellbeing', words: ['garden', 'outdoor', 'growing', 'nature', 'calm'], alt: 'Children planting vegetables in raised beds' },
  { title: 'Kindness week across the trust', words: ['kindness', 'week', 'community', 'assembly', 'kind'], alt: 'A wall of paper hearts with kind messages' },
  { title: 'Sleep and screen time workshops for families', words: ['sleep', 'screens', 'families', 'workshop', 'routine'], alt: 'A presenter talking to parents in a classroom' },
  { title: 'Tracking wellbeing with a short survey', words: ['survey', 'measure', 'wellbeing', 'data', 'tracking'], alt: 'A chart of survey results on a whiteboard' },
  { title: 'Peer mentors for new students', words: ['peer', 'mentors', 'students', 'induction', 'belonging'], alt: 'Older students talking with younger students' },
  { title: 'Supervision for pastoral staff', words: ['supervision', 'pastoral', 'staff', 'reflective', 'wellbeing'], alt: 'Two staff members in a quiet meeting room' },
  { title: 'Early help for low attendance', words: ['attendance', 'early', 'help', 'families', 'anxiety'], alt: 'A welcoming school reception desk' },
  { title: 'Emotion coaching in the early years', words: ['emotion', 'coaching', 'early', 'years', 'feelings'], alt: 'A teacher kneeling to talk with a young child' },
  { title: 'A quiet room at lunchtime', words: ['quiet', 'lunchtime', 'room', 'sensory', 'calm'], alt: 'A quiet room with soft lighting and beanbags' },
  { title: 'Celebrating diversity through the curriculum', words: ['diversity', 'curriculum', 'identity', 'respect', 'belonging'], alt: 'Pupils’ artwork celebrating different cultures' },
  { title: 'Working with the mental health support team', words: ['referral', 'support', 'team', 'partnership', 'pathway'], alt: 'A meeting between school staff and health practitioners' },
  { title: 'Young carers’ lunch club', words: ['young', 'carers', 'lunch', 'club', 'support'], alt: 'A small group eating lunch together' },
  { title: 'Staff wellbeing charter in practice', words: ['charter', 'staff', 'workload', 'wellbeing', 'governors'], alt: 'A signed staff wellbeing charter on the staffroom wall' },
]

export const PHRASES = [
  'We started with a short audit of what was already happening and asked {who} what would help.',
  'The idea came from our self-assessment, where this principle scored lowest.',
  'A small group of staff led it, with half an hour each week protected for planning.',
  'We used the service’s training and adapted it for our setting.',
  'Governors asked for a termly update, which kept it on the agenda.',
  'The hardest part was keeping it going after the first half term.',
  '{who} told us in the survey that they noticed the difference.',
  'We shared the approach with two other settings in the district.',
  'Costs were small: mostly staff time and a few resources.',
  'We would start smaller next time and measure from the first week.',
  'Incidents that needed a senior leader fell over the year.',
  'It is now written into our improvement plan and our wellbeing policy.',
  'Families said they felt more welcome and more able to raise concerns.',
  'Staff report feeling more confident talking about mental health.',
  'We reviewed it with the educational psychology service at the end of the year.',
]

export const WHO = ['pupils', 'students', 'staff', 'parents and carers', 'governors', 'the school council', 'families']

export const FEEDBACK = [
  'Thank you — please remove the first name in the second paragraph so that no pupil can be identified.',
  'Please add what changed as a result, with any figures you have.',
  'Could you say more about how staff were supported to do this?',
  'Please remove the photo that shows pupils’ faces and upload one without.',
  'This reads as a plan rather than something you have done: please share it again once it has run.',
]
export const REJECTIONS = [
  'This describes a commercial product rather than your setting’s practice, so we cannot publish it.',
  'This identifies an individual pupil and cannot be published.',
  'This duplicates a case study you have already published.',
]

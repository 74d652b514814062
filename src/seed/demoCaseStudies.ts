/** Demo case studies across the three demo settings: published (one shown anonymously), pending, changes requested and private. */
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '@/payload-types'
import { decideCaseStudy, shareCaseStudy } from '@/scrapbook/moderation'
import { writingEditor, writingToRichText } from '@/scrapbook/writing'

interface DemoCaseStudy {
  lead: string
  title: string
  summary: string
  body: string
  principles: number[]
  anonymous?: boolean
  image?: { colour: string; label: string; alt: string }
  outcome: 'published' | 'pending' | 'changes-requested' | 'private'
}

const STUDIES: DemoCaseStudy[] = [
  {
    lead: 'lead@brookside.example.org',
    title: 'A calm corner in every classroom',
    summary:
      'Each class made a calm corner with its pupils. Staff say fewer incidents escalate, and children tell us they know where to go when feelings get big.',
    body: '## What we did\n\nIn the autumn term every class designed a calm corner with its pupils: a rug, cushions, sensory objects and a feelings chart. Teachers introduced it in a circle time and agreed simple rules with the class.\n\n## What changed\n\n- Fewer incidents escalated to a senior leader\n- Children can name where to go and what helps\n- Staff share ideas in a termly swap\n\n> “It is the place I go when my head is too busy.”\n\nWe used the Anna Freud Centre’s resources to plan: https://www.annafreud.org/schools/',
    principles: [2, 3],
    image: { colour: '#00574b', label: 'Calm corner', alt: 'A classroom calm corner with cushions, a rug and a feelings chart on the wall' },
    outcome: 'published',
  },
  {
    lead: 'lead@brookside.example.org',
    title: 'Wellbeing walks for staff',
    summary: 'A weekly twenty-minute walk after school, open to every member of staff, has become a valued space to talk and to switch off.',
    body: 'Every Wednesday after school a member of the senior team leads a twenty-minute walk round the local park. No agenda and no talk of work unless people want it.\n\nAttendance has grown from four to fourteen, including lunchtime and office staff. Our staff survey shows more staff feel the school cares about their wellbeing.',
    principles: [5],
    anonymous: true,
    outcome: 'published',
  },
  {
    lead: 'lead@brookside.example.org',
    title: 'Parents’ coffee mornings (draft)',
    summary: 'Notes on our first term of monthly coffee mornings for parents and carers.',
    body: 'We are still writing this one up.',
    principles: [8],
    outcome: 'private',
  },
  {
    lead: 'lead@pendlevale.example.org',
    title: 'A student wellbeing council that changed our behaviour policy',
    summary: 'Students from every year group reviewed the behaviour policy with governors; their changes to how sanctions are explained are now in place.',
    body: '## Why\n\nStudents told us the behaviour policy felt like something done to them.\n\n## How\n\n1. Each tutor group elected a representative\n2. The council met fortnightly with the pastoral lead\n3. Two governors joined the final review\n\nThe new policy explains every sanction in plain words and includes a restorative conversation.',
    principles: [4, 1],
    image: { colour: '#1d70b8', label: 'Student council', alt: 'Students around a table with sticky notes sorting ideas for the behaviour policy' },
    outcome: 'published',
  },
  {
    lead: 'lead@pendlevale.example.org',
    title: 'Screening for low mood in Year 9',
    summary: 'How we used a short validated questionnaire, with consent, to spot students who might need early help — and what we learnt about follow-up.',
    body: 'With parental consent, Year 9 students completed a short questionnaire in tutor time. The pastoral team followed up every high score within a week, and the mental health support team joined our planning.',
    principles: [6, 7],
    outcome: 'pending',
  },
  {
    lead: 'lead@ribblevalley.example.org',
    title: 'Transition support for new students with anxiety',
    summary: 'A summer visit programme and a named mentor for new students who told us they were anxious about starting college.',
    body: 'Students who said on their application that they felt anxious about starting were offered two summer visits and a named mentor for their first half term.\n\nRetention for this group was higher than the year before.',
    principles: [7],
    outcome: 'changes-requested',
  },
  {
    lead: 'lead@ribblevalley.example.org',
    title: 'Mental health first aiders in every department',
    summary: 'We trained two staff in each department and made them easy to find; students now ask for help earlier.',
    body: 'Two members of staff in each department completed mental health first aid training. Their photos and lanyards make them easy to find, and each keeps a short log (with no student names) that the wellbeing lead reviews monthly.',
    principles: [5, 6],
    image: { colour: '#942514', label: 'First aiders', alt: 'A noticeboard with the photos of the college’s mental health first aiders' },
    outcome: 'published',
  },
]

async function demoImage(colour: string, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="600"><rect width="960" height="600" fill="${colour}"/><circle cx="780" cy="150" r="90" fill="#ffffff" opacity="0.2"/><text x="60" y="540" font-family="Arial, sans-serif" font-size="64" fill="#ffffff">${label}</text></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

export async function seedDemoCaseStudies(payload: Payload, admin: User): Promise<void> {
  const principles = await payload.find({ collection: 'principles', sort: 'order', limit: 20, depth: 0, overrideAccess: true })
  const principleId = (order: number) => principles.docs.find((p) => p.order === order)!.id
  for (const s of STUDIES) {
    const lead = (await payload.find({ collection: 'users', where: { email: { equals: s.lead } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (!lead) continue
    const images: number[] = []
    if (s.image) {
      const data = await demoImage(s.image.colour, s.image.label)
      const media = await payload.create({
        collection: 'media',
        data: { alt: s.image.alt },
        file: { data, mimetype: 'image/png', name: `${s.image.label}.png`, size: data.length },
        user: lead,
        overrideAccess: false,
      })
      images.push(media.id)
    }
    const study = await payload.create({
      collection: 'case-studies',
      data: {
        title: s.title,
        summary: s.summary,
        body: writingToRichText(s.body, await writingEditor(payload.config)),
        principles: s.principles.map(principleId),
        images,
        anonymous: !!s.anonymous,
      } as never,
      user: lead,
      overrideAccess: false,
    })
    if (s.outcome === 'private') continue
    await shareCaseStudy(await createLocalReq({ user: lead }, payload), study.id, { confirmNoPupilInfo: true })
    if (s.outcome === 'pending') continue
    await decideCaseStudy(await createLocalReq({ user: admin }, payload), study.id, {
      decision: s.outcome === 'published' ? 'approved' : 'changes-requested',
      feedback:
        s.outcome === 'published'
          ? ''
          : 'Thank you — please add how you measured retention, and remove the month of the visits so that no student can be identified.',
    })
  }
}

/** `payload run src/seed/cli.ts`: seeds an empty database. Demo accounts never in production. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
const demo = process.env.NODE_ENV !== 'production' && process.env.HUB_DEMO !== 'false'
const { demoSeeded } = await seed(payload, { demo })
console.log(demoSeeded ? 'Seeded the question bank and the demo settings and accounts.' : 'Seed: question bank checked; database already has users.')
await payload.destroy()
process.exit(0)

/** Hub options refuse a value that makes no sense with a message that says why, naming the field, and change nothing. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
})

describe('Hub options', () => {
  it('an amber limit not above the red limit is refused (400) saying why, and the bands stay as they were', async () => {
    const before = await payload.findGlobal({ slug: 'hub-options', overrideAccess: true })
    const res = await rest('POST', '/api/globals/hub-options', {
      token: await tokenFor(payload, world, 'service-admin'),
      json: { ragBands: { redBelow: 60, amberBelow: 50 } },
    })
    expect(res.status).toBe(400)
    const errors = res.body.errors?.[0]?.data?.errors ?? []
    expect(errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'ragBands.amberBelow', message: 'The amber limit must be higher than the red limit.' })]),
    )
    const after = await payload.findGlobal({ slug: 'hub-options', overrideAccess: true })
    expect(after.ragBands).toEqual(before.ragBands)
  })
})

import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createWorld, tokenFor } from '../helpers/world'

describe('the test stack', () => {
  it('boots Payload against the migrated database and serves REST over HTTP', async () => {
    const payload = await testPayload()
    const world = await createWorld(payload)
    const token = await tokenFor(payload, world, 'setting-lead')
    const me = await rest('GET', '/api/users/me', { token })
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(world.users['setting-lead'].email)
  })
})

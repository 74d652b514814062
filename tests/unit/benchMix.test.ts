/**
 * The load mix's server-action requests (scripts/lib/bench/mix.mjs) as Next.js decodes them: the bench must send
 * what the browser sends, or its autosaves and bookings time an action that received an empty form.
 */
import { execFileSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { actionBody, LEAD_MIX, requestFor, seeded } from '../../scripts/lib/bench/mix.mjs'

/** Decodes a body as a Node.js `next start` does for a server action (busboy → React's decodeReplyFromBusboy). */
function decode(body: string, type: string): unknown {
  const script = `
    const busboy = require('next/dist/compiled/busboy')
    const { decodeReplyFromBusboy } = require('next/dist/compiled/react-server-dom-turbopack/server.node')
    const bb = busboy({ headers: { 'content-type': ${JSON.stringify(type)} } })
    const args = decodeReplyFromBusboy(bb, {})
    // Part by part, as the bytes arrive over a socket: the server reads each field as it comes.
    const body = ${JSON.stringify(body)}
    const cuts = ${JSON.stringify([...body.matchAll(/\r\n--/g)].map((m) => m.index))}
    ;(async () => {
      let at = 0
      for (const cut of [...cuts, body.length]) {
        bb.write(Buffer.from(body.slice(at, cut)))
        at = cut
        await new Promise((r) => setTimeout(r, 5))
      }
      bb.end()
    })()
    args.then((list) => console.log(JSON.stringify(list.map((a) => (a instanceof FormData ? { form: [...a.entries()] } : a)))))
  `
  // The React server build refuses to load outside the react-server condition, as in Next's own server.
  return JSON.parse(execFileSync(process.execPath, ['--conditions=react-server', '-e', script], { encoding: 'utf8' }))
}

describe('the load mix’s server-action bodies', () => {
  it('reach an autosave as the form the page would send', () => {
    const { body, type } = actionBody(
      ['$K1'],
      [
        ['questions', 58],
        ['answer-58', 'na'],
        ['evidence-58', 'Minutes kept'],
      ],
    )
    expect(decode(body, type)).toEqual([
      {
        form: [
          ['questions', '58'],
          ['answer-58', 'na'],
          ['evidence-58', 'Minutes kept'],
        ],
      },
    ])
  })

  it('reach a booking as the previous form state and the form', () => {
    const { body, type } = actionBody(
      [{ errors: [] }, '$K1'],
      [
        ['session', 1045],
        ['staff', 75],
      ],
    )
    expect(decode(body, type)).toEqual([
      { errors: [] },
      {
        form: [
          ['session', '1045'],
          ['staff', '75'],
        ],
      },
    ])
  })

  it('would reach the action as an empty form with the argument list sent first (why it goes last)', () => {
    const { body, type } = actionBody(['$K1'], [['session', 1045]])
    const boundary = type.split('boundary=')[1]
    const parts = body.split(`--${boundary}`).filter((p: string) => p.startsWith('\r\n'))
    const rootFirst = `--${boundary}${parts.at(-1)}--${boundary}${parts.slice(0, -1).join(`--${boundary}`)}--${boundary}--\r\n`
    expect(decode(rootFirst, type)).toEqual([{ form: [] }])
  })

  it('asks every kind of a lead’s mix, each a request the Hub has a route for', () => {
    const random = seeded(1)
    const user = { kind: 'lead', cookie: 'payload-token=x', report: 7, staff: [3], questions: [{ id: 58, order: '8' }] }
    const world = { origin: 'http://localhost:3000', sessions: [1045], actions: { saveAnswer: 'a', bookStaff: 'b' } }
    for (const kind of Object.keys(LEAD_MIX)) {
      const r = requestFor(kind, user, world, random)
      expect(r.path).toMatch(/^\/[a-z]/)
      expect(r.headers.host).toBe('localhost:3000')
      if (r.method === 'POST') expect((r.headers as Record<string, string>).origin).toBe('http://localhost:3000')
    }
  })
})

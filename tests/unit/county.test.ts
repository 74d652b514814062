/** The county generator's seeded randomness, and how a bench run is judged against the County Scale targets. */
import { describe, expect, it } from 'vitest'

import { judgeTargets } from '../../scripts/lib/bench/summary.mjs'
import type { CountyPlan } from '../bench/county/plan'
import { seededRandom } from '../bench/county/random'
import { planTraining } from '../bench/county/training'

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: string) => {
      const r = seededRandom(seed)
      return [r.next(), r.int(1, 6), r.pick(['a', 'b', 'c']), r.hexId()]
    }
    expect(draw('lancashire')).toEqual(draw('lancashire'))
    expect(draw('lancashire')).not.toEqual(draw('cumbria'))
  })

  it('forks parts that do not shift each other', () => {
    const a = seededRandom('county')
    const b = seededRandom('county')
    b.next() // drawing from the parent does not move its forks
    expect(a.fork('settings').next()).toBe(b.fork('settings').next())
    expect(a.fork('settings').next()).not.toBe(a.fork('users').next())
  })

  it('stays in range', () => {
    const r = seededRandom('range')
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5)
      expect(n).toBeGreaterThanOrEqual(3)
      expect(n).toBeLessThanOrEqual(5)
      expect(r.hexId()).toMatch(/^[0-9a-f]{24}$/)
    }
  })
})

const single = (p95: number, extra = {}) => ({ requests: 50, ok: 50, failures: 0, timeouts: 0, p50: p95 / 2, p95, max: p95, ...extra })
const load = (p99: number, extra = {}) => ({
  connections: 50,
  seconds: 30,
  requestsPerSecond: 100,
  answered: 3000,
  ok: 3000,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  p50: 10,
  p95: 20,
  p99,
  max: p99,
  ...extra,
})
const pageResult = (key: string, kind: string, app: { single: object; load: object }, rawP95 = 10) => ({
  key,
  kind,
  path: `/${key}`,
  single: { app: app.single, raw: single(rawP95), static: single(1) },
  concurrent: { app: app.load, raw: load(50), static: load(5) },
})

describe('judgeTargets', () => {
  it('passes a page within every target', () => {
    const targets = judgeTargets({ pages: [pageResult('community', 'public', { single: single(19), load: load(900) })] })
    expect(targets.map((t) => t.pass)).toEqual([true, true, true])
  })

  it('fails a collapse under 50 connections even when nothing was answered', () => {
    const [, underLoad] = judgeTargets({
      pages: [pageResult('dashboard', 'portal', { single: single(50), load: load(0, { answered: 0, ok: 0, timeouts: 150, errors: 150, p99: null }) })],
    })
    expect(underLoad.pass).toBe(false)
  })

  it('fails a portal page slower than 100 ms at p95, and browsing slower than 2× its raw SQL', () => {
    const targets = judgeTargets({ pages: [pageResult('community', 'public', { single: single(101), load: load(100) }, 50)] })
    expect(targets.find((t) => t.name.includes('100 ms'))?.pass).toBe(false)
    expect(targets.find((t) => t.name.includes('2× raw'))?.pass).toBe(false)
  })

  it('judges submit against 3× its raw SQL, and the image against the county with few published', () => {
    const submit = (hub: number) => ({
      title: 'Submit a self-assessment (55 answers)',
      baseline: 'raw',
      rows: [
        { label: 'raw', runs: 100, medianMs: 10, p95Ms: 20 },
        { label: 'hub', runs: 100, medianMs: 10, p95Ms: hub },
      ],
    })
    const image = (full: number, few: number) => ({
      full: { published: 1483, ...single(full, { p50: full }) },
      few: { published: 50, ...single(few, { p50: few }) },
    })
    expect(judgeTargets({ local: [submit(60)], image: image(4, 4) }).map((t) => t.pass)).toEqual([true, true])
    expect(judgeTargets({ local: [submit(61)], image: image(200, 8) }).map((t) => t.pass)).toEqual([false, false])
  })
})

describe('the county’s training plan', () => {
  const today = new Date('2026-11-27T00:00:00Z')
  const settings = Array.from({ length: 40 }, (_, i) => ({ id: i + 1, type: i % 5 ? 'primary' : 'secondary' }))
  const users = [
    { id: 1, role: 'service-staff', settingId: null },
    { id: 2, role: 'service-admin', settingId: null },
    ...settings.map((s) => ({ id: s.id + 10, role: 'setting-lead', settingId: s.id })),
  ]
  const plan = () => planTraining(seededRandom('training'), { today, settings, users } as unknown as CountyPlan)

  it('is the same for the same seed', () => {
    const a = plan()
    const b = plan()
    expect(a.attendances.length).toBe(b.attendances.length)
    expect(a.staff.map((m) => m.name)).toEqual(b.staff.map((m) => m.name))
  })

  it('gives the benchmark’s setting exactly 60 staff and over 400 bookings, every other setting 20 to 60', () => {
    const t = plan()
    const perSetting = new Map<number, number>()
    for (const m of t.staff) perSetting.set(m.settingId, (perSetting.get(m.settingId) ?? 0) + 1)
    expect(perSetting.get(t.benchSettingId)).toBe(60)
    for (const n of perSetting.values()) expect(n).toBeGreaterThanOrEqual(20)
    for (const n of perSetting.values()) expect(n).toBeLessThanOrEqual(60)
    expect(t.attendances.filter((a) => a.settingId === t.benchSettingId).length).toBeGreaterThanOrEqual(400)
  })

  it('keeps the booking rules: one booking per person and session, places never exceeded, no waiting list in the past', () => {
    const t = plan()
    expect(new Set(t.attendances.map((a) => `${a.sessionId}:${a.staffId}`)).size).toBe(t.attendances.length)
    const held = new Map<number, number>()
    for (const a of t.attendances) if (['booked', 'attended', 'absent'].includes(a.status)) held.set(a.sessionId, (held.get(a.sessionId) ?? 0) + 1)
    for (const s of t.sessions) expect(held.get(s.id) ?? 0).toBeLessThanOrEqual(s.capacity)
    const past = new Set(t.sessions.filter((s) => s.startsAt < today).map((s) => s.id))
    expect(t.attendances.some((a) => past.has(a.sessionId) && (a.status === 'waitlisted' || a.status === 'booked'))).toBe(false)
    expect(new Set(t.attendances.map((a) => a.status))).toEqual(new Set(['booked', 'waitlisted', 'apologies', 'cancelled', 'attended', 'absent']))
  })

  it('makes champions exactly as the rule says: three attended sessions, since the third was marked', () => {
    const t = plan()
    const attended = new Map<number, Date[]>()
    for (const a of t.attendances) if (a.status === 'attended') attended.set(a.staffId, [...(attended.get(a.staffId) ?? []), a.markedAt!])
    for (const m of t.staff) {
      const marks = (attended.get(m.id) ?? []).sort((x, y) => x.getTime() - y.getTime())
      expect(m.attended).toBe(marks.length)
      expect(m.champion).toBe(marks.length >= 3)
      expect(m.championSince?.getTime() ?? null).toBe(marks.length >= 3 ? marks[2].getTime() : null)
    }
    expect(t.staff.filter((m) => m.champion).length).toBeGreaterThan(0)
  })
})

import { describe, expect, it } from 'vitest'

import { explainBadInput } from '@/api/explainBadInput'
import {
  type QueryCollection,
  MAX_SERIAL_ID,
  idProblem,
  paginationProblems,
  parseDocumentId,
  populateProblems,
  selectProblems,
  shown,
  sortProblems,
  whereProblems,
  withoutControlCharacters,
} from '@/api/requestRules'
import { cleanPrinciple, cleanQuery } from '@/scrapbook/gallery'

const settings: QueryCollection = {
  slug: 'settings',
  singular: 'Setting',
  plural: 'Settings',
  idType: 'number',
  versions: false,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'type', type: 'select', options: ['primary', 'secondary', 'college'] },
    { name: 'active', type: 'checkbox' },
  ],
}
const caseStudies: QueryCollection = {
  slug: 'case-studies',
  singular: 'Case study',
  plural: 'Case studies',
  idType: 'number',
  versions: false,
  fields: [
    { name: 'title', type: 'text' },
    { name: 'body', type: 'richText' },
    { name: 'setting', type: 'relationship', relationTo: 'settings' },
    { name: 'principles', type: 'relationship', relationTo: 'principles', hasMany: true },
    { name: 'status', type: 'select', options: ['private', 'pending', 'published'] },
    { name: 'sharedAt', type: 'date' },
    { name: 'order', type: 'number' },
    { name: 'results', type: 'json' },
    {
      name: 'decisions',
      type: 'array',
      fields: [
        { name: 'decision', type: 'select', options: ['approved', 'rejected'] },
        { name: 'decidedAt', type: 'date' },
      ],
    },
    {
      name: 'published',
      type: 'group',
      fields: [
        { name: 'live', type: 'checkbox' },
        { name: 'publishedAt', type: 'date' },
        { name: 'body', type: 'json' },
      ],
    },
    { name: 'owner', type: 'relationship', relationTo: ['users', 'settings'] },
    { name: 'taskStatus', type: 'json', virtual: true },
  ],
}
const questions: QueryCollection = {
  slug: 'questions',
  singular: 'Question',
  plural: 'Questions',
  idType: 'number',
  versions: true,
  fields: [
    { name: 'prompt', type: 'textarea' },
    { name: '_status', type: 'select', options: ['draft', 'published'] },
  ],
}
const principles: QueryCollection = {
  slug: 'principles',
  singular: 'Principle',
  plural: 'Principles',
  idType: 'number',
  versions: false,
  fields: [{ name: 'label', type: 'text' }],
}
const all: Record<string, QueryCollection> = { settings, 'case-studies': caseStudies, questions, principles }
const lookup = (slug: string) => all[slug]
const where = (w: unknown, c: QueryCollection = caseStudies) => whereProblems(w, c, lookup)

describe('document ids', () => {
  it('accepts whole numbers from 1 to the largest PostgreSQL integer, as numbers or digits', () => {
    expect(parseDocumentId('1')).toBe(1)
    expect(parseDocumentId(42)).toBe(42)
    expect(parseDocumentId(String(MAX_SERIAL_ID))).toBe(MAX_SERIAL_ID)
  })

  it('refuses anything else: words, decimals, exponents, signs, spaces, NUL, numbers beyond an integer column', () => {
    for (const raw of ['abc', '1.5', '1e3', '-1', '0', '+1', ' 1', '1 ', '01', '%00', '\u0000', '', '12abc', '99999999999', '2147483648', 'versions']) {
      expect(parseDocumentId(raw), raw).toBeNull()
    }
    for (const raw of [1.5, 0, -1, NaN, Infinity, 2 ** 31, null, undefined, {}, [1]]) expect(parseDocumentId(raw), String(raw)).toBeNull()
  })

  it('text ids: non-empty, short, without control characters or surrounding spaces', () => {
    expect(parseDocumentId('abc-1', 'text')).toBe('abc-1')
    for (const raw of ['', ' a', 'a\u0000', 'x'.repeat(256), 5]) expect(parseDocumentId(raw, 'text')).toBeNull()
  })

  it('says which record does not exist and what an id looks like', () => {
    expect(idProblem('abc', caseStudies)).toBe('There is no case study with the id “abc”: ids are whole numbers from 1 to 2147483647.')
    expect(idProblem('7', caseStudies)).toBeNull()
    expect(idProblem('\u0000', settings)).toContain('“\\u0000”')
  })
})

describe('pagination', () => {
  it('accepts absent values and whole numbers within bounds (REST sends strings)', () => {
    expect(paginationProblems({ page: 2, limit: 0, depth: 3 }, { maxDepth: 3 })).toEqual([])
    expect(paginationProblems({ page: '1', limit: '100', depth: '0' }, { maxDepth: 3 })).toEqual([])
    expect(paginationProblems({}, { maxDepth: 3 })).toEqual([])
  })

  it('names each out-of-range or non-numeric value', () => {
    expect(paginationProblems({ page: -1 }, { maxDepth: 3 })).toEqual(['page must be a whole number from 1 to 1,000,000, not “-1”.'])
    expect(paginationProblems({ page: 1e20 }, { maxDepth: 3 })[0]).toMatch(/^page must/)
    expect(paginationProblems({ page: 0 }, { maxDepth: 3 })[0]).toMatch(/^page must/)
    expect(paginationProblems({ limit: -5 }, { maxDepth: 3 })[0]).toMatch(/^limit must be a whole number from 0 to 1,000/)
    expect(paginationProblems({ limit: 1.5 }, { maxDepth: 3 })[0]).toMatch(/^limit must/)
    expect(paginationProblems({ depth: 'abc' }, { maxDepth: 3 })).toEqual(['depth must be a whole number from 0 to 3, not “abc”.'])
    expect(paginationProblems({ depth: 4 }, { maxDepth: 3 })[0]).toMatch(/^depth must/)
  })
})

describe('where clauses', () => {
  it('accepts what the admin panel and the portal send', () => {
    expect(where({ or: [{ and: [{ title: { like: 'calm' } }] }] })).toEqual([])
    expect(where({ setting: { in: '1,2' }, status: { equals: 'pending' }, sharedAt: { greater_than: '2026-01-01' } })).toEqual([])
    expect(where({ setting: { exists: 'false' }, principles: { contains: 3 }, 'published.live': { equals: 'true' } })).toEqual([])
    expect(where({ 'setting.name': { like: 'brook' }, 'setting.id': { equals: 1 }, id: { in: [1, 2] } })).toEqual([])
    expect(where({ 'decisions.decision': { equals: 'approved' }, published__live: { equals: true } })).toEqual([])
    expect(where({ sharedAt: { less_than: new Date() }, setting: { equals: '' }, status: { equals: null } })).toEqual([])
    expect(where({ 'owner.value': { equals: 1 }, 'owner.relationTo': { equals: 'users' } })).toEqual([])
    expect(where({ owner: { equals: { relationTo: 'users', value: 1 } } })).toEqual([])
    expect(where({ or: [] })).toEqual([])
  })

  it('refuses unknown fields and operators by name', () => {
    expect(where({ nope: { equals: 1 } })).toEqual(['Case studies have no field “nope” to search by.'])
    expect(where({ 'setting.nope': { equals: 1 } })[0]).toBe('“setting” has no field “nope” (in “setting.nope”).')
    expect(where({ title: { bogus: 1 } })[0]).toMatch(/^“bogus” is not a search operator \(in where\[title\]\): use one of equals/)
    expect(where({ taskStatus: { exists: true } })[0]).toMatch(/have no field “taskStatus”/)
  })

  it('refuses operators the field cannot answer: near/within off points, like/contains on rich text and JSON', () => {
    expect(where({ setting: { near: '1,2' } })[0]).toMatch(
      /^“setting” is a link to another record and cannot be searched with “near”: use one of equals, not_equals, in, not_in, exists\.$/,
    )
    expect(where({ setting: { within: 1 } })[0]).toMatch(/cannot be searched with “within”/)
    expect(where({ body: { like: 'x' } })[0]).toMatch(/^“body” is rich text and cannot be searched with “like”: use one of exists\.$/)
    expect(where({ results: { contains: 'x' } })[0]).toMatch(/structured data/)
    expect(where({ 'published.body': { like: 'x' } })[0]).toMatch(/structured data/)
    expect(where({ 'results.overall': { exists: true } })[0]).toMatch(/cannot be searched inside/)
    expect(where({ title: { greater_than: 'a' } })[0]).toMatch(/cannot be searched with “greater_than”/)
    expect(where({ principles: { all: '1,2' } })[0]).toMatch(/cannot be searched with “all”/)
  })

  it('refuses nested operator objects, missing operators and lists where one value belongs', () => {
    expect(where({ title: { equals: { equals: 'x' } } })[0]).toBe('where[title][equals] must be a value, not another condition “{"equals":"x"}”.')
    expect(where({ title: 'x' })[0]).toMatch(/^where\[title\] needs an operator/)
    expect(where({ title: {} })[0]).toMatch(/needs an operator/)
    expect(where({ title: { equals: ['a', 'b'] } })[0]).toBe('where[title][equals] takes a single value; use where[title][in] for a list.')
    expect(where({ or: 'x' })[0]).toMatch(/^where\[or\] must be a list of conditions/)
    expect(where({ and: ['x'] })[0]).toMatch(/^where\[and\]\[0\] must name fields/)
    expect(where('abc')[0]).toMatch(/^where must name fields/)
    expect(where({ published: { equals: 'x' } })[0]).toMatch(/is a group of fields/)
  })

  it('refuses values the field cannot hold, before the database has to', () => {
    expect(where({ setting: { equals: 'abc' } })[0]).toBe('where[setting][equals] must be the id of a setting (a whole number up to 2147483647), not “abc”.')
    expect(where({ setting: { equals: '99999999999' } })[0]).toMatch(/must be the id of a setting/)
    expect(where({ setting: { in: 'abc,1' } })[0]).toMatch(/where\[setting\]\[in\] must be the id/)
    expect(where({ id: { equals: 99999999999 } })[0]).toMatch(/^where\[id\]\[equals\] must be an id/)
    expect(where({ status: { equals: 'bogus' } })[0]).toBe('“bogus” is not a possible “status”: use one of private, pending, published.')
    expect(where({ status: { in: 'private,bogus' } })[0]).toMatch(/“bogus” is not a possible/)
    expect(where({ active: { equals: 'maybe' } }, settings)[0]).toBe('where[active][equals] must be true or false, not “maybe”.')
    expect(where({ active: { equals: '' } }, settings)[0]).toMatch(/true or false/)
    expect(where({ sharedAt: { greater_than: 'not-a-date' } })[0]).toMatch(/must be a date, for example/)
    expect(where({ order: { equals: 'abc' } })[0]).toMatch(/must be a number/)
    expect(where({ order: { equals: '1e400' } })[0]).toMatch(/must be a number/)
    expect(where({ setting: { exists: 'maybe' } })[0]).toMatch(/must be true or false/)
    expect(where({ title: { like: 'a\u0000b' } })[0]).toBe('where[title][like] contains a NUL character, which no record can hold.')
    expect(where({ title: { like: ['a'] } })[0]).toMatch(/single value/)
  })

  it('knows the extra fields of a versions table', () => {
    expect(where({ parent: { equals: 1 }, 'version.prompt': { like: 'x' }, latest: { equals: true } }, questions)).toEqual([])
    expect(where({ 'version.nope': { equals: 1 } }, questions)[0]).toMatch(/has no field “nope”/)
  })
})

describe('sort, select and populate', () => {
  it('sorts by plain fields, relationships and their fields, and groups’ fields', () => {
    expect(sortProblems('-sharedAt,title', caseStudies, lookup)).toEqual([])
    expect(sortProblems(['setting.name', '-published.publishedAt', 'id', ''], caseStudies, lookup)).toEqual([])
  })

  it('refuses unknown and unsortable fields, saying what can be sorted', () => {
    expect(sortProblems('nope', caseStudies, lookup)[0]).toBe(
      'Case studies have no field “nope” to sort by. Sort by one of id, title, setting, status, sharedAt, order.',
    )
    expect(sortProblems('body', caseStudies, lookup)[0]).toMatch(/^Case studies cannot be sorted by “body” \(rich text\)/)
    expect(sortProblems('results', caseStudies, lookup)[0]).toMatch(/cannot be sorted by “results”/)
    expect(sortProblems('principles', caseStudies, lookup)[0]).toMatch(/with many values/)
    expect(sortProblems('decisions.decidedAt', caseStudies, lookup)[0]).toMatch(/with many values/)
    expect(sortProblems('published', caseStudies, lookup)[0]).toMatch(/group of fields/)
    expect(sortProblems({ a: 1 }, caseStudies, lookup)[0]).toMatch(/^sort must name a field/)
  })

  it('selects known fields with true or false, groups with the same shape inside', () => {
    expect(selectProblems({ title: true, published: { live: true }, id: true }, caseStudies)).toEqual([])
    expect(selectProblems({ version: { prompt: true } }, questions)).toEqual([])
    expect(selectProblems({ nope: true }, caseStudies)[0]).toBe('Case studies have no field “nope” to select (in select).')
    expect(selectProblems({ title: 'abc' }, caseStudies)[0]).toBe('select[title] must be true or false, not “abc”.')
    expect(selectProblems({ published: { nope: true } }, caseStudies)[0]).toMatch(/“published” have no field “nope”/)
    expect(selectProblems('abc', caseStudies)[0]).toMatch(/^select must name fields/)
  })

  it('populates known collections with a valid select', () => {
    expect(populateProblems({ settings: { name: true } }, lookup)).toEqual([])
    expect(populateProblems({ nope: { name: true } }, lookup)[0]).toBe('There is no collection “nope” to populate.')
    expect(populateProblems({ settings: { nope: true } }, lookup)[0]).toMatch(/^Settings have no field “nope” to populate\[settings\]/)
  })
})

describe('the database errors only a malformed request causes', () => {
  const pg = (code: string) => Object.assign(new Error('Failed query: select …'), { cause: Object.assign(new Error('pg says no'), { code }) })

  it('explains PostgreSQL data exceptions (class 22) and operator mismatches as 400s', () => {
    expect(explainBadInput(pg('22P02'))).toEqual({ status: 400, message: expect.stringMatching(/not of the right kind/) })
    expect(explainBadInput(pg('22003'))?.message).toMatch(/too large/)
    expect(explainBadInput(pg('22021'))?.message).toMatch(/NUL byte/)
    expect(explainBadInput(pg('2201X'))?.message).toMatch(/page/)
    expect(explainBadInput(pg('22999'))?.message).toMatch(/cannot be used/)
    expect(explainBadInput(pg('42883'))?.message).toMatch(/does not support/)
    expect(explainBadInput(pg('42804'))?.status).toBe(400)
  })

  it('finds the cause inside a GraphQL error too', () => {
    expect(explainBadInput({ message: 'wrapped', originalError: pg('22P02') })?.status).toBe(400)
  })

  it('explains unreadable JSON and unreadable uploads', () => {
    expect(explainBadInput(new SyntaxError('Unexpected token \'a\', "abc" is not valid JSON'))?.message).toMatch(/not valid JSON/)
    expect(explainBadInput(new Error('Malformed part header'))?.message).toMatch(/upload could not be read/)
    expect(explainBadInput(new Error('Unexpected end of form'))?.status).toBe(400)
  })

  it('leaves the Hub’s own faults alone: they stay 500s', () => {
    expect(explainBadInput(pg('23505'))).toBeNull() // unique violation: a rule, answered elsewhere
    expect(explainBadInput(pg('57014'))).toBeNull() // query cancelled
    expect(explainBadInput(new TypeError('Cannot read properties of undefined'))).toBeNull()
    expect(explainBadInput(new SyntaxError('Unexpected token'))).toBeNull()
    expect(explainBadInput(null)).toBeNull()
  })
})

describe('cleaning what the public gallery reads from its address', () => {
  it('strips NUL and other control characters from the search words', () => {
    expect(cleanQuery('calm\u0000 corner\u0007\n')).toBe('calm corner')
    expect(cleanQuery('\u0000')).toBe('')
    expect(withoutControlCharacters('a\u009fb')).toBe('a b')
    expect(shown('a\u0000')).toBe('“a\\u0000”')
  })

  it('ignores a principle that cannot be an id', () => {
    expect(cleanPrinciple('3')).toBe(3)
    for (const raw of ['1.5', 'abc', '99999999999', '', undefined, '-1']) expect(cleanPrinciple(raw)).toBeNull()
  })
})

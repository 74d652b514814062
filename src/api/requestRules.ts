/**
 * The shapes a request may take before any query runs: document ids, pagination, and the where, sort, select and
 * populate of a list. Pure rules over a plain description of the collections; each problem is a sentence a person
 * can act on. `refuseMalformedRequests` applies them to every collection's operations.
 */

/** PostgreSQL `serial` ids are 32-bit integers: a larger number is not an id the database can even compare. */
export const MAX_SERIAL_ID = 2_147_483_647
export const MAX_PAGE = 1_000_000
export const MAX_LIMIT = 1000
const MAX_TEXT_ID_LENGTH = 255

export type IdType = 'number' | 'text'

/** What the rules need to know about a field (a plain subset of Payload's flattened field). */
export interface QueryField {
  name: string
  type: string
  hasMany?: boolean
  relationTo?: string | string[]
  options?: string[]
  fields?: QueryField[]
  virtual?: boolean
}

export interface QueryCollection {
  slug: string
  singular: string
  plural: string
  idType: IdType
  fields: QueryField[]
  versions: boolean
}

export type CollectionLookup = (slug: string) => QueryCollection | undefined

// ─── Values shown back to the person ────────────────────────────────────────────────────────────────────────────

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/

/** Text with control characters (NUL, newlines, escapes…) replaced by spaces: safe to search, store or show. */
export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, ' ')

/** A value as it can be shown in a message: quoted, short, control characters made visible. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const visible = text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `“${visible.length > 40 ? `${visible.slice(0, 40)}…` : visible}”`
}

const lower = (label: string) => label.toLowerCase()
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

// ─── Ids ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** A document id of the given type, or null when the value cannot be one (so no query should even be tried). */
export function parseDocumentId(raw: unknown, idType: IdType = 'number'): number | string | null {
  if (idType === 'text') {
    return typeof raw === 'string' && raw.length > 0 && raw.length <= MAX_TEXT_ID_LENGTH && !CONTROL_CHARACTERS.test(raw) && raw.trim() === raw ? raw : null
  }
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 1 && raw <= MAX_SERIAL_ID ? raw : null
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) return null
  const id = Number(raw)
  return id <= MAX_SERIAL_ID ? id : null
}

/** Why `raw` is not an id of the collection, or null when it is one. */
export function idProblem(raw: unknown, collection: Pick<QueryCollection, 'singular' | 'idType'>): string | null {
  if (parseDocumentId(raw, collection.idType) !== null) return null
  const rule = collection.idType === 'number' ? `ids are whole numbers from 1 to ${MAX_SERIAL_ID}` : 'ids are short text without spaces or control characters'
  return `There is no ${lower(collection.singular)} with the id ${shown(raw)}: ${rule}.`
}

// ─── Pagination ─────────────────────────────────────────────────────────────────────────────────────────────────

const absent = (value: unknown) => value === undefined || value === null || value === ''

function wholeNumberProblem(name: string, value: unknown, min: number, max: number): string | null {
  if (absent(value)) return null
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN
  if (Number.isInteger(n) && n >= min && n <= max) return null
  return `${name} must be a whole number from ${min} to ${max.toLocaleString('en-GB')}, not ${shown(value)}.`
}

export function paginationProblems({ page, limit, depth }: { page?: unknown; limit?: unknown; depth?: unknown }, { maxDepth }: { maxDepth: number }): string[] {
  return [
    wholeNumberProblem('page', page, 1, MAX_PAGE),
    wholeNumberProblem('limit', limit, 0, MAX_LIMIT),
    wholeNumberProblem('depth', depth, 0, maxDepth),
  ].filter((p): p is string => p !== null)
}

// ─── Paths ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Fields every document has, and the extra ones of a versions table. */
const idField = (collection: QueryCollection): QueryField => ({ name: 'id', type: 'id', relationTo: collection.slug })
const VERSION_ROOTS = (collection: QueryCollection): QueryField[] => [
  { name: 'parent', type: 'relationship', relationTo: collection.slug },
  { name: 'version', type: 'group', fields: collection.fields },
  { name: 'latest', type: 'checkbox' },
  { name: 'autosave', type: 'checkbox' },
  { name: 'snapshot', type: 'checkbox' },
  { name: 'publishedLocale', type: 'text' },
]

const rootFields = (collection: QueryCollection): QueryField[] => [
  idField(collection),
  ...collection.fields,
  ...(collection.versions ? VERSION_ROOTS(collection) : []),
]

const CONTAINERS = new Set(['group', 'array', 'tab', 'blocks', 'collapsible', 'row'])
const RELATIONS = new Set(['relationship', 'upload'])

interface Resolved {
  field: QueryField
  /** Inside an array (sorting there is meaningless). */
  inArray: boolean
}

/** Follows a dotted path (GraphQL's `__` too) through groups, arrays and relationships; a sentence when it leads nowhere. */
function resolvePath(rawPath: string, collection: QueryCollection, lookup: CollectionLookup, purpose: string): Resolved | string {
  const path = rawPath === '_id' ? 'id' : rawPath.replace(/__/g, '.')
  if (!path || NUL.test(path)) return `${shown(rawPath)} is not a field name.`
  const segments = path.split('.')
  let owner = collection
  let fields = rootFields(collection)
  let inArray = false
  let field: QueryField | undefined
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i]
    const walked = segments.slice(0, i).join('.')
    field = fields.find((f) => f.name === name && !f.virtual)
    if (!field) {
      return walked ? `${shown(walked)} has no field ${shown(name)} (in ${shown(path)}).` : `${owner.plural} have no field ${shown(name)} to ${purpose}.`
    }
    const last = i === segments.length - 1
    if (last) break
    if (CONTAINERS.has(field.type)) {
      inArray ||= field.type === 'array' || field.type === 'blocks'
      fields = field.fields ?? []
    } else if (RELATIONS.has(field.type) && typeof field.relationTo === 'string') {
      const related = lookup(field.relationTo)
      if (!related) return `${shown(field.name)} cannot be followed to ${purpose}.`
      owner = related
      fields = rootFields(related)
    } else if (RELATIONS.has(field.type) && Array.isArray(field.relationTo)) {
      // A link to one of several collections is stored as { relationTo, value }.
      fields = [
        { name: 'value', type: 'id', relationTo: field.relationTo[0] },
        { name: 'relationTo', type: 'select', options: field.relationTo },
      ]
    } else if (field.type === 'json' || field.type === 'richText') {
      return `${shown(field.name)} holds structured content and cannot be searched inside (${shown(path)}).`
    } else {
      return `${shown(field.name)} has no parts to follow (in ${shown(path)}).`
    }
  }
  if (CONTAINERS.has(field!.type))
    return `${shown(path)} is a group of fields: name one of its fields, for example ${shown(`${path}.${field!.fields?.[0]?.name ?? 'field'}`)}.`
  return { field: field!, inArray }
}

// ─── Where ──────────────────────────────────────────────────────────────────────────────────────────────────────

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDERED = [...EQUALITY, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXTUAL = [...EQUALITY, 'like', 'not_like', 'contains']
const KNOWN_OPERATORS = [...new Set([...ORDERED, ...TEXTUAL, 'all', 'near', 'within', 'intersects'])]
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

/** Which operators each kind of field answers (the admin panel's filter offers the same). */
function operatorsFor(field: QueryField): string[] {
  switch (field.type) {
    case 'id':
      return [...ORDERED, 'like', 'not_like', 'contains']
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return TEXTUAL
    case 'number':
    case 'date':
      return ORDERED
    case 'checkbox':
      return ['equals', 'not_equals', 'exists']
    case 'select':
    case 'radio':
    case 'relationship':
    case 'upload':
      return field.hasMany ? [...EQUALITY, 'contains'] : EQUALITY
    case 'point':
      return ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects']
    default:
      // json, richText, join and anything new: whether it is there is all that can be asked.
      return ['exists']
  }
}

const KIND_NAMES: Record<string, string> = {
  id: 'an id',
  text: 'text',
  textarea: 'text',
  email: 'an email address',
  code: 'code',
  number: 'a number',
  date: 'a date',
  checkbox: 'a yes/no field',
  select: 'a choice',
  radio: 'a choice',
  relationship: 'a link to another record',
  upload: 'a link to an image',
  point: 'a location',
  json: 'structured data',
  richText: 'rich text',
}

const int4 = (n: number) => Number.isInteger(n) && n >= -MAX_SERIAL_ID - 1 && n <= MAX_SERIAL_ID

/** Why one value cannot be compared with the field, or null. */
function valueProblem(value: unknown, field: QueryField, where: string, lookup: CollectionLookup, operator: string): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' && NUL.test(value)) return `${where} contains a NUL character, which no record can hold.`
  if (isPlainObject(value)) {
    // A link to one of several collections may be compared with { relationTo, value }.
    if (Array.isArray(field.relationTo) && Object.keys(value).every((k) => k === 'relationTo' || k === 'value')) return null
    return `${where} must be a value, not another condition ${shown(value)}.`
  }
  // Text searches take text; `contains` on a list of links or choices takes one of them (checked below).
  if ((operator === 'like' || operator === 'not_like' || operator === 'contains') && !field.hasMany) {
    return typeof value === 'string' || typeof value === 'number' ? null : `${where} must be text.`
  }
  switch (field.type) {
    case 'id':
    case 'relationship':
    case 'upload': {
      if (value === '') return null
      const target = Array.isArray(field.relationTo) ? undefined : lookup(String(field.relationTo))
      const idType = target?.idType ?? 'number'
      if (idType === 'text') return typeof value === 'string' || typeof value === 'number' ? null : `${where} must be an id.`
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN
      if (int4(n)) return null
      const what = field.type === 'id' ? 'an id' : `the id of ${target ? `a ${lower(target.singular)}` : 'a record'}`
      return `${where} must be ${what} (a whole number up to ${MAX_SERIAL_ID}), not ${shown(value)}.`
    }
    case 'number': {
      if (value === '') return null
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
      return Number.isFinite(n) ? null : `${where} must be a number, not ${shown(value)}.`
    }
    case 'date': {
      if (value === '') return null
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? `${where} must be a date.` : null
      const time = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN
      return Number.isNaN(time) ? `${where} must be a date, for example 2026-09-01, not ${shown(value)}.` : null
    }
    case 'checkbox':
      return value === true || value === false || value === 'true' || value === 'false' ? null : `${where} must be true or false, not ${shown(value)}.`
    case 'select':
    case 'radio':
      return field.options?.includes(String(value)) ? null : `${shown(value)} is not a possible ${shown(field.name)}: use one of ${field.options?.join(', ')}.`
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? null : `${where} must be a single value.`
  }
}

function constraintProblems(path: string, constraint: unknown, collection: QueryCollection, lookup: CollectionLookup, at: string): string[] {
  const resolved = resolvePath(path, collection, lookup, 'search by')
  if (typeof resolved === 'string') return [resolved]
  const { field } = resolved
  if (!isPlainObject(constraint) || Object.keys(constraint).length === 0) {
    return [`${at} needs an operator, for example ${at}[equals]=… (one of ${operatorsFor(field).join(', ')}).`]
  }
  const problems: string[] = []
  for (const [operator, value] of Object.entries(constraint)) {
    const where = `${at}[${operator}]`
    const allowed = operatorsFor(field)
    if (!KNOWN_OPERATORS.includes(operator)) {
      problems.push(`${shown(operator)} is not a search operator (in ${at}): use one of ${allowed.join(', ')}.`)
      continue
    }
    if (!allowed.includes(operator)) {
      problems.push(
        `${shown(path)} is ${KIND_NAMES[field.type] ?? field.type} and cannot be searched with ${shown(operator)}: use one of ${allowed.join(', ')}.`,
      )
      continue
    }
    if (operator === 'exists') {
      if (!(value === true || value === false || value === 'true' || value === 'false')) problems.push(`${where} must be true or false, not ${shown(value)}.`)
      continue
    }
    if (LIST_OPERATORS.has(operator)) {
      const items = Array.isArray(value) ? value : typeof value === 'string' ? (value === '' ? [] : value.split(',')) : [value]
      for (const item of items) {
        const problem = valueProblem(item, field, where, lookup, operator)
        if (problem) {
          problems.push(problem)
          break
        }
      }
      continue
    }
    if (Array.isArray(value)) {
      problems.push(`${where} takes a single value; use ${at}[in] for a list.`)
      continue
    }
    const problem = valueProblem(value, field, where, lookup, operator)
    if (problem) problems.push(problem)
  }
  return problems
}

/** Problems with a where clause: unknown fields, operators the field cannot answer, values it cannot hold, nesting. */
export function whereProblems(where: unknown, collection: QueryCollection, lookup: CollectionLookup, at = 'where'): string[] {
  if (where === undefined || where === null) return []
  if (!isPlainObject(where)) return [`${at} must name fields and conditions, for example where[title][like]=calm, not ${shown(where)}.`]
  const problems: string[] = []
  for (const [key, constraint] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(constraint)) {
        problems.push(`${at}[${key}] must be a list of conditions, for example ${at}[${key}][0][title][like]=calm.`)
        continue
      }
      for (const [i, item] of constraint.entries()) problems.push(...whereProblems(item, collection, lookup, `${at}[${key}][${i}]`))
      continue
    }
    problems.push(...constraintProblems(key, constraint, collection, lookup, `${at}[${key}]`))
  }
  return problems
}

// ─── Sort, select, populate ─────────────────────────────────────────────────────────────────────────────────────

const SORTABLE = new Set(['id', 'text', 'textarea', 'email', 'code', 'number', 'date', 'checkbox', 'select', 'radio', 'relationship', 'upload'])

/** The fields a person could sort this collection by, for the message. */
const sortableNames = (collection: QueryCollection) =>
  ['id', ...collection.fields.filter((f) => SORTABLE.has(f.type) && !f.hasMany && !f.virtual && !Array.isArray(f.relationTo)).map((f) => f.name)].join(', ')

export function sortProblems(sort: unknown, collection: QueryCollection, lookup: CollectionLookup): string[] {
  if (sort === undefined || sort === null) return []
  const terms = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : null
  if (!terms) return [`sort must name a field, for example sort=-updatedAt, not ${shown(sort)}.`]
  const problems: string[] = []
  for (const term of terms) {
    if (typeof term !== 'string') {
      problems.push(`sort must name fields, not ${shown(term)}.`)
      continue
    }
    const path = term.trim().replace(/^[-+]/, '')
    if (path === '') continue
    const resolved = resolvePath(path, collection, lookup, 'sort by')
    if (typeof resolved === 'string') {
      problems.push(`${resolved} Sort by one of ${sortableNames(collection)}.`)
      continue
    }
    const { field, inArray } = resolved
    if (!SORTABLE.has(field.type) || field.hasMany || inArray || Array.isArray(field.relationTo)) {
      problems.push(
        `${collection.plural} cannot be sorted by ${shown(path)} (${KIND_NAMES[field.type] ?? field.type}${field.hasMany || inArray ? ', with many values' : ''}): sort by one of ${sortableNames(collection)}.`,
      )
    }
  }
  return problems
}

function selectShapeProblems(select: Record<string, unknown>, fields: QueryField[], owner: string, at: string): string[] {
  const problems: string[] = []
  for (const [name, value] of Object.entries(select)) {
    const field = name === 'id' ? { name: 'id', type: 'id' } : fields.find((f) => f.name === name && !f.virtual)
    if (!field) {
      problems.push(`${owner} have no field ${shown(name)} to select (in ${at}).`)
      continue
    }
    if (isPlainObject(value) && CONTAINERS.has(field.type)) {
      problems.push(...selectShapeProblems(value, field.fields ?? [], shown(name), `${at}[${name}]`))
      continue
    }
    if (value !== true && value !== false) problems.push(`${at}[${name}] must be true or false, not ${shown(value)}.`)
  }
  return problems
}

/** Problems with `select`: only known fields, each true or false (or, for a group, the same shape inside). */
export function selectProblems(select: unknown, collection: QueryCollection): string[] {
  if (select === undefined || select === null) return []
  if (!isPlainObject(select)) return [`select must name fields, for example select[title]=true, not ${shown(select)}.`]
  const fields = collection.versions ? [...collection.fields, ...VERSION_ROOTS(collection)] : collection.fields
  return selectShapeProblems(select, fields, collection.plural, 'select')
}

/** Problems with `populate`: each key a collection, each value a select of that collection. */
export function populateProblems(populate: unknown, lookup: CollectionLookup): string[] {
  if (populate === undefined || populate === null) return []
  if (!isPlainObject(populate)) return [`populate must name collections, for example populate[settings][name]=true, not ${shown(populate)}.`]
  return Object.entries(populate).flatMap(([slug, select]) => {
    const collection = lookup(slug)
    if (!collection) return [`There is no collection ${shown(slug)} to populate.`]
    return selectProblems(select, collection).map((p) => p.replace(/\bselect\b/g, `populate[${slug}]`))
  })
}

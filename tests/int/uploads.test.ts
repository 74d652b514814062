/** Uploads: only real JPEG, PNG and WebP images, at most 10 MB, re-encoded without metadata, served through access checks. */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let leadToken: string

const png = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer()
const jpegWithGps = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'A pupil’s parent', Copyright: 'Someone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 45/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '2/1 29/1 0/1' },
    })
    .toBuffer()

function uploadForm(data: Buffer, name: string, type: string, alt = 'A test image') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}

const mediaCount = async () => (await payload.count({ collection: 'media', where: { setting: { equals: world.settingA.id } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
  leadToken = await tokenFor(payload, world, 'setting-lead')
})

describe('what is accepted', () => {
  it('stores a PNG in the uploader’s setting', async () => {
    const res = await rest('POST', '/api/media', { token: leadToken, form: uploadForm(await png(), 'garden.png', 'image/png') })
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe('image/png')
    expect(idOf(res.body.doc.setting)).toBe(world.settingA.id)
  })

  it('re-encodes a JPEG so that its EXIF, GPS location included, is gone', async () => {
    const original = await jpegWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const res = await rest('POST', '/api/media', { token: leadToken, form: uploadForm(original, 'trip.jpeg', 'image/jpeg') })
    expect(res.status).toBe(201)
    const file = await fetch(res.body.doc.url, { headers: { Authorization: `JWT ${leadToken}` } })
    expect(file.status).toBe(200)
    const stored = Buffer.from(await file.arrayBuffer())
    const meta = await sharp(stored).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(meta.icc).toBeUndefined()
    expect(stored.includes(Buffer.from('GPS'))).toBe(false)
    expect(stored.includes(Buffer.from('Someone'))).toBe(false)
  })

  it('names the stored file by its real format whatever the upload was called', async () => {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#00f' } })
      .webp()
      .toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Blue square' },
      file: { data, mimetype: 'image/webp', name: 'square.webp', size: data.length },
      user: world.users['setting-staff'],
      overrideAccess: false,
    })
    expect(doc.filename).toMatch(/\.webp$/)
    expect(idOf(doc.setting)).toBe(world.settingA.id)
  })
})

describe('what is refused, changing nothing', () => {
  it('refuses an SVG with a clear 400', async () => {
    const before = await mediaCount()
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    const res = await rest('POST', '/api/media', { token: leadToken, form: uploadForm(svg, 'logo.svg', 'image/svg+xml') })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/JPEG, PNG or WebP|not allowed|invalid/i)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an SVG disguised as a PNG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    const res = await rest('POST', '/api/media', { token: leadToken, form: uploadForm(svg, 'logo.png', 'image/png') })
    expect(res.status).toBe(400)
  })

  it('refuses a text file named .png with a clear 400', async () => {
    const before = await mediaCount()
    const res = await rest('POST', '/api/media', {
      token: leadToken,
      form: uploadForm(Buffer.from('just some text, not an image\n'.repeat(20)), 'photo.png', 'image/png'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/JPEG, PNG or WebP|not allowed|invalid|mime/i)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses the same through the Local API', async () => {
    const data = Buffer.from('%PDF-1.4 not an image')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'x' },
        file: { data, mimetype: 'image/png', name: 'x.png', size: data.length },
        user: world.users['setting-lead'],
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('refuses a paste-from-URL upload', async () => {
    const res = await rest('POST', '/api/media', { token: leadToken, json: { alt: 'x', url: 'http://127.0.0.1:1/secret.png', filename: 'x.png' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('links to images are not accepted')
  })
})

describe('who sees the files', () => {
  it('serves a setting’s image to that setting and the service, and 403 to anyone else', async () => {
    const res = await rest('POST', '/api/media', { token: leadToken, form: uploadForm(await png(), 'private.png', 'image/png') })
    const url = res.body.doc.url as string
    const as = async (key?: Parameters<typeof tokenFor>[2]) => {
      const headers: Record<string, string> = key ? { Authorization: `JWT ${await tokenFor(payload, world, key)}` } : {}
      return (await fetch(url, { headers })).status
    }
    expect(await as('setting-lead')).toBe(200)
    expect(await as('setting-staff')).toBe(200)
    expect(await as('service-staff')).toBe(200)
    expect(await as('setting-lead-b')).toBe(403)
    expect(await as()).toBe(403)
  })
})

// Last in the file: the server answers 413 before reading the whole body and drops the connection.
describe('size limit', () => {
  it('refuses an 11 MB upload with 413', async () => {
    const before = await mediaCount()
    const big = Buffer.alloc(11 * 1024 * 1024, 1)
    ;(await png()).copy(big)
    const res = await rest('POST', '/api/media', { token: leadToken, form: uploadForm(big, 'huge.png', 'image/png') })
    expect(res.status).toBe(413)
    expect(JSON.stringify(res.body)).toMatch(/too large|10 MB/i)
    expect(await mediaCount()).toBe(before)
  })
})

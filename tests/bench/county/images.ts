/**
 * Real images for the county: a few hundred distinct JPEGs drawn with sharp (re-encoded as the upload hook does)
 * with the thumbnail the media collection defines, and one hard-linked file pair per image row, so that every
 * row has its own file name, as uploads do, without a gigabyte of copies.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { Media } from '@collections/Media'

import type { PlannedImage } from './plan'
import { eachLimit, progress } from './progress'
import type { Random } from './random'

export interface Picture {
  width: number
  height: number
  filesize: number
  thumbnail: { width: number; height: number; filesize: number }
}

const SHAPES: [number, number][] = [
  [960, 640],
  [800, 600],
  [640, 800],
]
const COLOURS = ['#00574b', '#1d70b8', '#942514', '#4c2c92', '#d53880', '#f47738', '#28a197', '#85994b', '#6f72af', '#b58840', '#505a5f', '#003078']

/** The thumbnail size of the media collection's config (the one the served app generates for uploads). */
function thumbnailSize() {
  const upload = Media.upload
  const size = typeof upload === 'object' ? upload.imageSizes?.find((s) => s.name === 'thumbnail') : undefined
  if (!size?.width || !size.height) throw new Error('collections/Media.ts defines no thumbnail size')
  return { width: size.width, height: size.height, fit: size.fit ?? 'cover', withoutEnlargement: size.withoutEnlargement ?? true }
}

function svg(r: Random, width: number, height: number, n: number): string {
  const [a, b, c] = r.sample(COLOURS, 3)
  const shapes = Array.from({ length: r.int(3, 7) }, () =>
    r.chance(0.5)
      ? `<circle cx="${r.int(0, width)}" cy="${r.int(0, height)}" r="${r.int(30, 220)}" fill="${r.pick(['#ffffff', c])}" opacity="${(0.15 + r.next() * 0.5).toFixed(2)}"/>`
      : `<rect x="${r.int(0, width)}" y="${r.int(0, height)}" width="${r.int(60, 400)}" height="${r.int(40, 300)}" rx="${r.int(0, 40)}" fill="${r.pick(['#ffffff', c])}" opacity="${(0.15 + r.next() * 0.4).toFixed(2)}"/>`,
  ).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#g)"/>${shapes}<text x="40" y="${height - 40}" font-family="Arial, sans-serif" font-size="44" fill="#ffffff">Case study picture ${n}</text></svg>`
}

const pictureFile = (dir: string, n: number) => path.join(dir, `picture-${n}.jpg`)
const thumbnailFile = (dir: string, n: number) => path.join(dir, `picture-${n}-thumbnail.jpg`)

/** Draws the distinct pictures into `dir` (kept between builds: same seed, same pictures). */
export async function drawPictures(r: Random, dir: string, count: number): Promise<Picture[]> {
  mkdirSync(dir, { recursive: true })
  const size = thumbnailSize()
  const pictures: Picture[] = new Array(count)
  const specs = Array.from({ length: count }, (_, n) => ({ n, shape: SHAPES[n % SHAPES.length], svg: '' }))
  for (const spec of specs) spec.svg = svg(r, spec.shape[0], spec.shape[1], spec.n + 1)
  const bar = progress('images (sharp)', count)
  await eachLimit(specs, 2, async ({ n, shape, svg: source }) => {
    const file = pictureFile(dir, n)
    if (!existsSync(file) || !existsSync(thumbnailFile(dir, n))) {
      const jpeg = await sharp(Buffer.from(source)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
      writeFileSync(file, jpeg)
      const thumb = await sharp(jpeg)
        .resize({ width: size.width, height: size.height, fit: size.fit, withoutEnlargement: size.withoutEnlargement })
        .jpeg()
        .toBuffer()
      writeFileSync(thumbnailFile(dir, n), thumb)
    }
    const thumbMeta = await sharp(thumbnailFile(dir, n)).metadata()
    pictures[n] = {
      width: shape[0],
      height: shape[1],
      filesize: statSync(file).size,
      thumbnail: { width: thumbMeta.width!, height: thumbMeta.height!, filesize: statSync(thumbnailFile(dir, n)).size },
    }
    bar.tick()
  })
  bar.done()
  return pictures
}

export const thumbnailName = (filename: string, picture: Picture) => filename.replace(/\.jpg$/, `-${picture.thumbnail.width}x${picture.thumbnail.height}.jpg`)

/** Empties the media dir and links each image row's file (and its thumbnail) to its picture. */
export function linkImages(images: PlannedImage[], pictures: Picture[], pictureDir: string, mediaDir: string): void {
  mkdirSync(mediaDir, { recursive: true })
  for (const entry of readdirSync(mediaDir)) unlinkSync(path.join(mediaDir, entry))
  for (const image of images) {
    linkSync(pictureFile(pictureDir, image.picture), path.join(mediaDir, image.filename))
    linkSync(thumbnailFile(pictureDir, image.picture), path.join(mediaDir, thumbnailName(image.filename, pictures[image.picture])))
  }
}

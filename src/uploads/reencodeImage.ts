/**
 * Every uploaded image is checked by its content and re-encoded with sharp before it is stored: the
 * re-encode drops EXIF (including GPS location), ICC and XMP metadata and anything hidden after the image data.
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { MAX_IMAGE_DIMENSION, REFUSED_IMAGE_MESSAGE, isAcceptedFormat, storedFileName, ACCEPTED_IMAGE_FORMATS } from './imagePolicy'

export async function reencode(data: Buffer): Promise<{ data: Buffer; format: keyof typeof ACCEPTED_IMAGE_FORMATS }> {
  let format: string | undefined
  try {
    format = (await sharp(data, { failOn: 'error' }).metadata()).format
  } catch {
    throw new APIError(REFUSED_IMAGE_MESSAGE, 400, undefined, true)
  }
  if (!isAcceptedFormat(format)) throw new APIError(REFUSED_IMAGE_MESSAGE, 400, undefined, true)

  const pipeline = sharp(data, { failOn: 'error' })
    .rotate() // apply the EXIF orientation before the EXIF is dropped
    .resize({ width: MAX_IMAGE_DIMENSION, height: MAX_IMAGE_DIMENSION, fit: 'inside', withoutEnlargement: true })
  try {
    const out =
      format === 'jpeg'
        ? await pipeline.jpeg({ quality: 82, mozjpeg: true }).toBuffer()
        : format === 'png'
          ? await pipeline.png({ compressionLevel: 9 }).toBuffer()
          : await pipeline.webp({ quality: 82 }).toBuffer()
    return { data: out, format }
  } catch {
    throw new APIError('The image could not be read. It may be damaged; try saving it again and re-uploading.', 400, undefined, true)
  }
}

export const reencodeUploadedImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  // Without a file Payload would fetch `url` itself (a server-side request the Hub never wants): refuse instead.
  if (!file && operation === 'create') throw new APIError('Choose an image file to upload (links to images are not accepted).', 400, undefined, true)
  if (!file) return args
  const { data, format } = await reencode(file.data)
  req.file = {
    ...file,
    data,
    size: data.length,
    mimetype: ACCEPTED_IMAGE_FORMATS[format].mimeType,
    name: storedFileName(file.name, format),
  }
  return args
}

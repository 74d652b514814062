/** Which images the Hub accepts, judged by their content (never by name or declared type), and how big. */

export const ACCEPTED_IMAGE_FORMATS = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
} as const

export type AcceptedImageFormat = keyof typeof ACCEPTED_IMAGE_FORMATS

export const ACCEPTED_MIME_TYPES = Object.values(ACCEPTED_IMAGE_FORMATS).map((f) => f.mimeType)

/** 10 MB: larger uploads are refused with 413 before they reach the disk. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** Longest side of a stored image; larger photos are scaled down. */
export const MAX_IMAGE_DIMENSION = 2400

export function isAcceptedFormat(format: string | undefined): format is AcceptedImageFormat {
  return !!format && Object.hasOwn(ACCEPTED_IMAGE_FORMATS, format)
}

export const REFUSED_IMAGE_MESSAGE = 'The file must be a JPEG, PNG or WebP image. SVG and other file types are not accepted.'

/** The stored file name: the uploaded name without its extension, made safe, with the real format's extension. */
export function storedFileName(uploadedName: string, format: AcceptedImageFormat): string {
  const base = uploadedName
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'image'}.${ACCEPTED_IMAGE_FORMATS[format].extension}`
}

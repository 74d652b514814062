/**
 * The QR codes in a PDF, decoded: each image the pages paint is taken out of the PDF by pdf.js (no rasterising, so
 * no canvas is needed) and read by jsQR, as a phone's camera would read the printed code.
 */
import jsQR from 'jsqr'

// pdf.js image kinds (ImageKind): 1 bit grey, 8-bit RGB, 8-bit RGBA.
const GRAYSCALE_1BPP = 1
const RGB_24BPP = 2
const RGBA_32BPP = 3

interface PdfImage {
  width: number
  height: number
  kind: number
  data: Uint8Array | Uint8ClampedArray
}

function toRGBA({ width, height, kind, data }: PdfImage): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4)
  if (kind === RGBA_32BPP) {
    rgba.set(data)
    return rgba
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4
      if (kind === RGB_24BPP) {
        const q = (y * width + x) * 3
        rgba[p] = data[q]
        rgba[p + 1] = data[q + 1]
        rgba[p + 2] = data[q + 2]
      } else if (kind === GRAYSCALE_1BPP) {
        const bit = (data[y * ((width + 7) >> 3) + (x >> 3)] >> (7 - (x & 7))) & 1
        rgba[p] = rgba[p + 1] = rgba[p + 2] = bit ? 255 : 0
      } else throw new Error(`pdf.js image kind ${kind} is not one this helper reads`)
      rgba[p + 3] = 255
    }
  }
  return rgba
}

/** The text of every QR code painted as an image on the PDF's pages, in page order. */
export async function pdfQrCodes(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
    // Plain pixel data rather than an ImageBitmap, which Node does not have.
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  }).promise
  const found: string[] = []
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const ops = await page.getOperatorList()
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue
        const name = ops.argsArray[i][0] as string
        const image = await new Promise<PdfImage>((resolve) => page.objs.get(name, resolve as (data: unknown) => void))
        const code = jsQR(toRGBA(image), image.width, image.height)
        if (code) found.push(code.data)
      }
    }
  } finally {
    await doc.destroy()
  }
  return found
}

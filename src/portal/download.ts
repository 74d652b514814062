/** A file download from the portal: private, never cached by shared caches, with a safe file name. */
export function download(body: BodyInit, { type, name }: { type: string; name: string }): Response {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-+/g, '-')
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${safe}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const fileStem = (settingName: string, date: string): string => `${settingName}-${date.slice(0, 10)}`

/** The case-study writing converter's editor, for tests without a running Hub (needs only the config). */
import { type WritingEditor, writingEditor } from '@/scrapbook/writing'

export async function testWritingEditor(): Promise<WritingEditor> {
  const { default: config } = await import('@payload-config')
  return writingEditor(await config)
}

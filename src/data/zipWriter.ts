/**
 * A zip file written to disk as it is made (fflate's streaming `Zip`): entries are added one after another, each in
 * chunks, and a chunk is not pushed before the disk has taken the last one, so memory holds one chunk, not the zip.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'

import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'

const encoder = new TextEncoder()

export interface ZipEntry {
  write(text: string): Promise<void>
  end(): Promise<void>
}

export class ZipWriter {
  private readonly out: WriteStream
  private readonly zip: Zip
  private failure: Error | null = null
  private finished: Promise<void>
  private pending: Promise<unknown> = Promise.resolve()

  constructor(path: string) {
    this.out = createWriteStream(path, { flags: 'wx', mode: 0o600 })
    this.out.on('error', (e) => (this.failure ??= e))
    let resolveFinished: () => void = () => undefined
    this.finished = new Promise((resolve) => (resolveFinished = resolve))
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure ??= error
      else if (!this.out.write(chunk)) this.pending = once(this.out, 'drain')
      if (final) resolveFinished()
    })
  }

  /** Waits until the disk has taken what was written so far (and reports a write error). */
  private async drained(): Promise<void> {
    await this.pending
    this.pending = Promise.resolve()
    if (this.failure) throw this.failure
  }

  /** A compressed text entry (JSON), written in pieces; end it before adding the next entry (fflate would hold that one in memory). */
  text(name: string): ZipEntry {
    const entry = new ZipDeflate(name, { level: 6 })
    this.zip.add(entry)
    return {
      write: async (text) => {
        if (!text) return
        entry.push(encoder.encode(text))
        await this.drained()
      },
      end: async () => {
        entry.push(new Uint8Array(0), true)
        await this.drained()
      },
    }
  }

  /**
   * A file from disk, read in chunks: stored as it is (images are compressed already), or compressed (`deflate`).
   * Entries are written one after another: add the next only once this one is done.
   */
  async file(name: string, path: string, { deflate = false } = {}): Promise<void> {
    const entry = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name)
    this.zip.add(entry)
    for await (const chunk of createReadStream(path)) {
      entry.push(chunk as Uint8Array)
      await this.drained()
    }
    entry.push(new Uint8Array(0), true)
    await this.drained()
  }

  /** Writes the zip's directory and closes the file. */
  async close(): Promise<void> {
    this.zip.end()
    await this.finished
    await this.drained()
    await new Promise<void>((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())))
  }

  /** Stops writing (on a failure); the caller removes the file. */
  abort(): void {
    this.zip.terminate()
    this.out.destroy()
  }
}

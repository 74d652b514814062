/** Runs `work` in the request's transaction (starting one if needed): all of it is committed, or none of it. */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/**
 * Numbers that no earlier test file of the run has used, for values that must not collide across files (URNs,
 * which are unique; loopback addresses, which carry their own rate-limit counts).
 *
 * Each suite's files run one after another against one fresh database, and each file loads its helpers afresh, so
 * a counter kept in a module starts again with every file. Started at random it now and then landed on an earlier
 * file's range. Started at the clock instead, each file's numbers come after every earlier file's, as long as a
 * file takes fewer numbers than it lasts steps of `stepMs` (every use here creates a record or makes a request,
 * each taking longer than a step).
 */
export function clockSequence(stepMs = 1): () => number {
  let next = Math.floor(Date.now() / stepMs)
  return () => next++
}

/**
 * Reads a run's documents a few ahead of the one being linted or indexed. A file's bytes are read synchronously
 * (src/read/index.ts), but a document is more than its bytes: the Word and PDF readers work through promises, and
 * reading ahead lets their waits overlap the work on the documents before.
 */

/** The outcome of one read: its value, or what it threw (kept, not thrown, until its turn comes). */
export type ReadOutcome<R> = { value: R } | { error: unknown };

/** Calls `read` on each item with up to `ahead` calls in flight; yields the outcomes in the items' order. */
export async function* readAhead<T, R>(items: readonly T[], read: (item: T) => Promise<R>, ahead = 8): AsyncGenerator<[T, ReadOutcome<R>]> {
  const pending: Array<Promise<ReadOutcome<R>>> = [];
  let next = 0;
  const start = () => {
    const item = items[next++]!;
    // Settled here so that a failure waiting its turn is never an unhandled rejection.
    pending.push(read(item).then((value) => ({ value }), (error: unknown) => ({ error })));
  };
  for (let i = 0; i < items.length; i += 1) {
    while (next < items.length && next - i < ahead) start();
    yield [items[i]!, await pending[i]!];
    // Dropped once yielded: a run of thousands of files keeps only the documents still ahead.
    delete pending[i];
  }
}

/** The outcome as its read gave it: the value, or the error thrown again. */
export function settled<R>(outcome: ReadOutcome<R>): R {
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

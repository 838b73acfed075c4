/**
 * Peak memory on a large file (issue 11: at most 40× the file above a small report's run). Two V8 heuristics made for
 * throughput cost most of it when one file is some megabytes:
 * - the young generation grows from 1 to 32 MB as soon as a run keeps many of its new objects, as a large file's tree
 *   and model are: 15× a 2 MB file by itself;
 * - after a full collection V8 lets the heap grow up to fourfold before the next, so a run that builds a tree, a model
 *   and messages in one go holds garbage as large as all of them (about 30 MB on 50,000 Markdown headings).
 * From the first text of LARGE_TEXT characters on (read to be linted, or for the run's text index), the CLI sets V8's
 * `--semi-space-growth-factor=1` (the young generation keeps its size) and `--heap-growing-percent=50` (a full
 * collection once the heap has grown by half): flags V8 reads each time it sizes the heap, so they take effect in a
 * running process (the young generation's maximum does not). A run of small files never sets them: there they cost
 * time (6–15% on the bench corpus) and save nothing.
 */
import { setFlagsFromString } from 'node:v8';

/** Characters of text from which a file counts as large (256 Ki, about 180 pages; a township's report has 5–15). */
export const LARGE_TEXT = 1 << 18;

/** The V8 flags set for a large text. */
export const LARGE_TEXT_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'] as const;

let set = false;

/** Sets LARGE_TEXT_FLAGS for the rest of the process when a text of at least LARGE_TEXT characters is about to be linted. */
export function sizeHeapForText(textLength: number): void {
  if (set || textLength < LARGE_TEXT) return;
  for (const flag of LARGE_TEXT_FLAGS) setFlagsFromString(flag);
  set = true;
}

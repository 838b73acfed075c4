/**
 * Writes a file the run keeps for itself (the --cache file, a --reference-index) through a temporary file beside it
 * and a rename: a reader, or a run that is interrupted, sees the old file or the new one, never half of one, and a
 * failure leaves no temporary file behind. (Reports are written by ./write-fixed.ts, which guarantees more.)
 */
import { rename, unlink, writeFile } from 'node:fs/promises';

/** Undefined when written; else the error's code (ENOSPC, EACCES…) or text. */
export async function replaceFile(file: string, data: string | Uint8Array | Iterable<string>): Promise<string | undefined> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
    return undefined;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

/**
 * Which config files may run code (issue 11): a folder of received reports must not run code on the reviewer's
 * machine, nor load any.
 *
 * - Trusted: the `-c` file; a config the search finds in the working directory or a folder above it; everything a
 *   trusted config extends; and a YAML/JSON config in the working directory or above, wherever it is reached from.
 * - Everything else — a config found beside the reports (below the working directory, or outside it) and what it
 *   extends — is data only: YAML, JSON or package.json, `extends` of presets and of other data files, no `plugins`.
 *   A `.js`/`.cjs`/`.mjs` config there, `plugins`, or an `extends` that leads to a JavaScript file (a path, or an npm
 *   package whose entry is one) is refused before anything is imported (./files.ts, ./resolve.ts), as is `$import`
 *   (cosmiconfig would follow it). Its `ignorePatterns` cannot skip a report in silence: a file they exclude from a
 *   folder or glob run gets a result with one warning naming the pattern (src/cli/files.ts), and when the reviewer's
 *   config enforces rules they do not apply at all (./load.ts), so enforced rules cannot be dodged by ignoring.
 *
 * Paths are compared as written (resolved, not through symlinks), as the search walks them: a submission folder can
 * only add files below the working directory, never at it or above.
 */
import path from 'node:path';

/** The extensions of configs that are code (imported, so their top level runs). */
export const CODE_EXTENSIONS: readonly string[] = ['.js', '.cjs', '.mjs'];

/** Whether loading `file` as a config would import it (run its code). */
export function isCodeFile(file: string): boolean {
  return CODE_EXTENSIONS.includes(path.extname(file));
}

/** Whether `file` lies in `cwd` itself or in a folder above it (an ancestor), not below it or elsewhere. */
export function atOrAboveCwd(file: string, cwd: string): boolean {
  const relative = path.relative(path.dirname(path.resolve(file)), path.resolve(cwd));
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false;
  return relative.split(/[\\/]/)[0] !== '..';
}

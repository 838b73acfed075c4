/**
 * The files the engine may read in the browser: only the config texts the page hands the worker (a picked
 * `.reportlintrc`, or the config baked into the page and the files it extends). Reports never go through here.
 */
export const virtualFiles = new Map<string, string>();

/** An error shaped like Node's, so the config loader's messages (file missing, unreadable) read as in the CLI. */
export function fsError(code: 'ENOENT' | 'ENOTSUP', path: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: ${path}`) as NodeJS.ErrnoException;
  error.code = code;
  error.path = path;
  return error;
}

/** `node:fs/promises` in the browser build: config files come from the virtual files; nothing else is on a disk. */
import { fsError, virtualFiles } from './vfs.js';

export async function readFile(path: string): Promise<string> {
  const text = virtualFiles.get(path);
  if (text === undefined) throw fsError('ENOENT', path);
  return text;
}

const unavailable = async (path: string): Promise<never> => {
  throw fsError('ENOTSUP', path);
};
export const readdir = unavailable;
export const lstat = unavailable;
export const stat = unavailable;
export const open = unavailable;

export default { readFile, readdir, lstat, stat, open };

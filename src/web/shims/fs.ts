/** `node:fs` in the browser build: what the config loader asks of it, answered from the virtual files. */
import { fsError, virtualFiles } from './vfs.js';

export const constants = { O_RDONLY: 0, O_NONBLOCK: 0 };

export function existsSync(path: string): boolean {
  return virtualFiles.has(path);
}

export function readFileSync(path: string): string {
  const text = virtualFiles.get(path);
  if (text === undefined) throw fsError('ENOENT', path);
  return text;
}

// The readers' file access: the page hands the engine bytes, never a path to read.
const unavailable = (path: string): never => {
  throw fsError('ENOTSUP', String(path));
};
export const statSync = unavailable;
export const openSync = unavailable;
export const fstatSync = unavailable;
export const readSync = unavailable;
export const closeSync = unavailable;

export default { constants, existsSync, readFileSync, statSync, openSync, fstatSync, readSync, closeSync };

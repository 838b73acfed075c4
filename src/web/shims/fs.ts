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

export default { constants, existsSync, readFileSync };

/** Runs the built bin/reportlint.js as a user does (`npm test` builds first), without colours. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/reportlint.js');
/** The CLI from dist/src's modules, without the bundle BIN loads (see test/cli/unbundled-cli.mjs). */
export const UNBUNDLED_BIN = path.join(ROOT, 'test/cli/unbundled-cli.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  /** Options for node itself, before the script (`--max-old-space-size=256`). */
  nodeArgs?: string[];
  /** Run as this user (only root may): to meet a permission a root run would pass through. */
  user?: { uid: number; gid: number };
  /** Milliseconds before the run is killed (then `code` is null). */
  timeout?: number;
}

export function reportlint(args: string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

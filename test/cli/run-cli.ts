/** Runs the built bin/reportlint.js as a user does (`npm test` builds first), without colours. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/reportlint.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function reportlint(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

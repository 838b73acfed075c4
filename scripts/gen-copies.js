#!/usr/bin/env node
/**
 * Copied variants of the fixture reports, for trying `no-copied-text` by hand or in the bench:
 *
 *   node scripts/gen-copies.js <out-dir> [--count N] [--seed S] [--copies K]
 *
 * Reads the plain-text reports under fixtures/corpus, fixtures/seeds and fixtures/unseen (those with at least five
 * paragraphs of ≥ 40 Han characters), writes N variants (default 50) to <out-dir>, each a report with K (default 4)
 * paragraphs copied from another report, and <out-dir>/truth.json with `{ copied, fresh }` (see
 * scripts/lib/copy-variants.js). The same seed gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources, makeCopiedVariants } from './lib/copy-variants.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: node scripts/gen-copies.js <out-dir> [--count N] [--seed S] [--copies K]';

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ out?: string, count: number, seed: number, copies: number }} */
  const args = { count: 50, seed: 1, copies: 4 };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const option = /^--(count|seed|copies)(?:=(.*))?$/.exec(arg);
    if (option) {
      const raw = option[2] ?? argv[++i];
      const value = Number(raw);
      if (raw === undefined || !Number.isInteger(value) || value < 0) throw new Error(`--${option[1]} needs a whole number, got ${raw}\n${usage}`);
      args[/** @type {'count' | 'seed' | 'copies'} */ (option[1])] = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}\n${usage}`);
    } else if (args.out === undefined) {
      args.out = arg;
    } else {
      throw new Error(`one output folder only\n${usage}`);
    }
  }
  if (args.out === undefined) throw new Error(usage);
  return /** @type {{ out: string, count: number, seed: number, copies: number }} */ (args);
}

try {
  const args = parseArgs(process.argv.slice(2));
  const sources = loadSources(root);
  if (sources.length < 2) throw new Error('fewer than two usable reports under fixtures/');
  const { files, copied, fresh } = makeCopiedVariants({ sources, seed: args.seed, count: args.count, copiesPerFile: args.copies });
  const out = path.resolve(args.out);
  mkdirSync(out, { recursive: true });
  for (const file of files) writeFileSync(path.join(out, file.name), `${file.text}`, 'utf8');
  writeFileSync(path.join(out, 'truth.json'), `${JSON.stringify({ copied, fresh }, null, 2)}\n`, 'utf8');
  console.log(`${files.length} variants from ${sources.length} reports, ${copied.length} copied and ${fresh.length} fresh paragraphs → ${out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

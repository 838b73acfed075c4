#!/usr/bin/env node
/**
 * Runs the built CLI in this process and, when it exits, writes this process's resource usage (peak resident memory in
 * KB as `maxRSS`, CPU times) as JSON to the file named by REPORTLINT_BENCH_USAGE. npm run bench starts it instead of
 * bin/reportlint.js where it measures memory; the arguments are the CLI's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const out = process.env.REPORTLINT_BENCH_USAGE;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify(process.resourceUsage()));
  });
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Loaded as bin/reportlint.js loads it (the bundle and its code cache), so the memory is what a user's run takes.
const { loadCli } = await import(pathToFileURL(path.join(root, 'bin', 'load-cli.js')).href);
const { cli } = await loadCli();
await cli();

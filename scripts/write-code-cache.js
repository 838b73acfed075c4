#!/usr/bin/env node
/**
 * Writes dist/cli.cjs.cache (see scripts/build-cli.js): compiles the bundle without a cache, lints a plain-text and a
 * Markdown report with it in this process, so that V8 has compiled what a lint runs, and saves the code V8 made.
 * Exits 1 without writing when the reports or the bundle are missing or the lint fails.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_CODE_CACHE, loadCli } from '../bin/load-cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A real report of each syntax a one-report run reads most. */
const SAMPLES = ['fixtures/seeds/001_778d263dd7ed8752.txt', 'fixtures/corpus/reports/007.md'].map((file) => path.join(root, file));

// bin/load-cli.js sets --verify-snapshot-checksum before it compiles: the cache is made under the same flag, and so
// carries the checksum V8 then verifies.
const { cli, script } = await loadCli({ useCache: false });
if (!script || !SAMPLES.every((file) => existsSync(file))) process.exit(1);
process.argv = [process.argv[0], 'reportlint', '--no-config-lookup', '--format', 'json', ...SAMPLES];
await cli();
// 0 or 1: the lint ran (the samples have findings); 2 and up: it did not, and its code is not worth caching.
if ((process.exitCode ?? 0) > 1) process.exit(1);
writeFileSync(CLI_CODE_CACHE, script.createCachedData());
process.exitCode = 0;

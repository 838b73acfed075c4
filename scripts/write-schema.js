#!/usr/bin/env node
/**
 * Writes schema.json (the JSON Schema of a .reportlintrc) from the built config definitions; `npm run build` runs it
 * after tsc, so the shipped schema is always the one the validator's definitions give (src/config/schema.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../dist/rules/index.js';
import { configSchema } from '../dist/src/config/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, 'schema.json'), `${JSON.stringify(configSchema(builtinRules), null, 2)}\n`);

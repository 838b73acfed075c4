#!/usr/bin/env node
/**
 * The floor the bench's throughput is measured against (issue 14): a process that reads every file given (or found
 * in the folders given) and parses it with unified + remark-parse, and nothing else. reportlint cannot be faster than
 * reading and parsing; its ratio to this floor, measured in the same run, is what a regression changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);
const files = process.argv.slice(2).flatMap((target) =>
  statSync(target).isDirectory() ? readdirSync(target).map((name) => path.join(target, name)) : [target],
);
let nodes = 0;
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
process.stdout.write(`${files.length} files, ${nodes} top-level nodes\n`);

/**
 * Getting reportlint onto the PATH, and installing it cleanly on the oldest Node it supports (issue 9, point 8).
 *
 * - README has a section “安装到命令行” with the commands (checked by hand: `npm link` in the clone, `npm pack`, then
 *   `npm install -g --prefix <tmp> <tarball>` and `<tmp>/bin/reportlint`); `.reportlintrc.example` no longer tells a
 *   township to run `npx reportlint` in its own folder, where npx would look the name up in the public registry.
 * - Every package in package-lock.json accepts the oldest Node of `engines` (20.19.0), so `npm ci` prints no
 *   EBADENGINE warning (docx 9.7+ asks for nanoid 6, which wants Node 22; docx bundles the nanoid code it uses, and
 *   package.json's `overrides` gives it nanoid 5, which supports Node 20).
 * - docx still builds a document that reportlint reads back (the fixture scripts use it).
 * - The tarball `npm pack` makes holds what the installed command needs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const parts = text.replace(/^v/, '').split('.');
  const n = (i: number) => (parts[i] === undefined || /^[x*]$/i.test(parts[i]!) ? 0 : Number(parts[i]));
  const version: Version = [n(0), n(1), n(2)];
  if (version.some((x) => !Number.isInteger(x))) throw new Error(`cannot read version ${text}`);
  return version;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** How many leading parts a partial version gives (`20` → 1, `20.19` → 2, `0.4.x` → 2). */
function precision(text: string): number {
  return text.split('.').filter((p) => !/^[x*]$/i.test(p)).length;
}

function upperBound(text: string, caret: boolean): Version {
  const [major, minor] = parseVersion(text);
  const given = precision(text);
  if (caret) return major > 0 || given === 1 ? [major + 1, 0, 0] : [0, minor + 1, 0];
  return given === 1 ? [major + 1, 0, 0] : [major, minor + 1, 0];
}

/**
 * Does `version` satisfy an npm range? Enough of semver for `engines.node`: `||`, space-separated comparators,
 * `^`, `~`, `>=`, `>`, `<=`, `<`, `=`, bare or partial versions (`20`, `0.4.x`) and `*`. Anything else throws.
 */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  return range.split('||').some((alternative) => {
    // `*` and `x` (any version, as exceljs's archiver and unzipper dependencies write it) compare nothing.
    const comparators = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter((comparator) => comparator !== '' && !/^[*x]$/i.test(comparator));
    if (comparators.length === 0) return true;
    return comparators.every((comparator) => {
      const match = /^(>=|<=|>|<|=|\^|~)?(v?\d+(?:\.(?:\d+|[x*]))*)$/i.exec(comparator);
      if (!match) throw new Error(`cannot read the range ${range}`);
      const [, op = '', text] = match as unknown as [string, string | undefined, string];
      const at = parseVersion(text);
      switch (op) {
        case '>=':
          return compare(v, at) >= 0;
        case '>':
          return compare(v, at) > 0;
        case '<=':
          return compare(v, at) <= 0;
        case '<':
          return compare(v, at) < 0;
        case '^':
        case '~':
          return compare(v, at) >= 0 && compare(v, upperBound(text, op === '^')) < 0;
        default:
          return precision(text) >= 3 ? compare(v, at) === 0 : compare(v, at) >= 0 && compare(v, upperBound(text, false)) < 0;
      }
    });
  });
}

describe('the range check itself', () => {
  it.each([
    ['20.19.0', '>=20.19', true],
    ['20.19.0', '^22 || ^24 || >=26', false],
    ['20.19.0', '^18 || >=20', true],
    ['20.19.0', '>=23.5.0 || ^22.13.0 || ^20.17.0', true],
    ['20.16.0', '^20.17.0 || >=22.9.0', false],
    ['20.19.0', '18 || 20 || >=22', true],
    ['21.0.0', '18 || 20 || >=22', false],
    ['20.19.0', '>= 10', true],
    ['20.19.0', '>=0.6.11 <=0.7.0 || >=0.7.3', true],
    ['0.6.12', '>=0.6.11 <=0.7.0 || >=0.7.3', true],
    ['0.7.1', '>=0.6.11 <=0.7.0 || >=0.7.3', false],
    ['20.19.0', '>=0.4.x', true],
    ['20.19.0', '^14.13 || >=16.0.0', true],
    ['14.12.0', '^12.17.0 || ^14.13 || >=16.0.0', false],
    ['0.5.0', '^0.4.0', false],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('refuses what it cannot read', () => {
    expect(() => satisfies('20.19.0', 'node-lts')).toThrow('cannot read');
  });
});

describe('a clean install on the oldest supported Node', () => {
  const manifest = JSON.parse(read('package.json')) as { engines: { node: string } };
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
  };
  const oldest = /^>=\s*(\d+\.\d+(?:\.\d+)?)$/.exec(manifest.engines.node)?.[1];

  it('package.json says the oldest Node it supports', () => {
    expect(oldest).toBe('20.19');
  });

  it.each([`${oldest}.0`, process.version])('every locked package accepts Node %s (no EBADENGINE from npm ci)', (node) => {
    const refused: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (where !== '' && range !== undefined && !satisfies(node, range)) refused.push(`${where}@${entry.version}: node ${range}`);
    }
    expect(refused).toEqual([]);
  });

  it('docx still writes a Word file that reportlint reads back', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const buffer = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('郑旗乡人民政府2024年度法治政府建设情况报告'), new Paragraph('一、主要举措')] }] }),
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-docx-'));
    try {
      const file = path.join(dir, 'tiny.docx');
      writeFileSync(file, buffer);
      const document = await readDocument(file);
      expect(document.sourceFormat).toBe('docx');
      expect(document.text).toContain('郑旗乡人民政府2024年度法治政府建设情况报告');
      expect(document.text).toContain('一、主要举措');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('installing the command', () => {
  it('README says how to put reportlint on the PATH', () => {
    const readme = read('README.md');
    const section = /\n## 安装到命令行\n([\s\S]*?)\n## /.exec(readme)?.[1];
    expect(section, 'a "## 安装到命令行" section').toBeDefined();
    expect(section).toMatch(/^npm link\b/m);
    expect(section).toMatch(/^npm pack\b/m);
    expect(section).toMatch(/^npm install -g \.\/reportlint-\d+\.\d+\.\d+\.tgz$/m);
    expect(section).toContain('npm install -g <folder of the clone>');
    expect(section).toContain('--prefix');
    // npx finds the command only inside the project
    expect(section).toMatch(/`npx reportlint` finds the command only inside this project/);
  });

  it('.reportlintrc.example does not send a township to npx', () => {
    const example = read('.reportlintrc.example');
    const told = example.split('\n').filter((line) => /npx\s+reportlint/.test(line) && !/不要/.test(line));
    expect(told).toEqual([]);
    expect(example).toMatch(/运行：\s+reportlint 报告\.txt/);
    expect(example).toContain('安装到命令行');
  });

  it('the tarball holds the command, the built code, the rule pages and the example config', () => {
    // --ignore-scripts: list what is on disk, do not rebuild dist/ under the feet of other test files
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const [pack] = JSON.parse(out) as [{ name: string; version: string; files: { path: string }[] }];
    const files = pack.files.map((f) => f.path);
    for (const needed of ['package.json', 'bin/reportlint.js', 'dist/src/cli.js', 'dist/src/index.js', 'dist/rules/index.js', '.reportlintrc.example', 'README.md', 'rules/date-deadline.md']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => /^(test|fixtures|src|scripts)\//.test(f))).toEqual([]);
    expect(`${pack.name}-${pack.version}.tgz`).toMatch(/^reportlint-\d+\.\d+\.\d+\.tgz$/);
  });
});

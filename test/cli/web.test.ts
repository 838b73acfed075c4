/**
 * `reportlint --web [file] [-c config]` (src/cli/web.ts): copies the built offline page out of the package and bakes
 * a county's config into the copy — only a config the page can use (data, no code, no npm packages), checked with
 * the resolver the page uses, so a township never gets a page that refuses its own config.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAKED_CONFIG_SLOT } from '../../src/web/page-slots.js';
import type { ConfigBundle } from '../../src/web/protocol.js';
import { englishWords } from './english.js';
import { reportlint, ROOT } from './run-cli.js';

const BUILT = path.join(ROOT, 'dist/web/reportlint.html');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function dirWith(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-web-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The config baked into a written page (null when none). */
function bakedIn(page: string): ConfigBundle | null {
  const match = /<script type="application\/json" id="baked-config">([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('no baked-config element');
  return JSON.parse(match[1]!) as ConfigBundle | null;
}

const COUNTY = `extends: reportlint:recommended
rules:
  terminology: off
customRules:
  - id: 县-审核意见
    kind: require
    message: 请写明“县司法局审核意见”
    patterns: [县司法局审核意见]
`;

describe('reportlint --web', () => {
  it('writes the built page as reportlint.html in the working directory, unchanged, and says how to use it', () => {
    const dir = dirWith();
    const run = reportlint(['--web'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = readFileSync(path.join(dir, 'reportlint.html'), 'utf8');
    expect(written).toBe(readFileSync(BUILT, 'utf8'));
    expect(bakedIn(written)).toBeNull();
    expect(run.stdout).toMatch(/已写出网页版 reportlint\.html（\d+\.\d MB），双击即可在浏览器中打开/);
    expect(run.stdout).toContain('reportlint:recommended');
    expect(englishWords(run.stdout)).toEqual([]);
  });

  it('writes to the file named, or into the folder named', () => {
    const dir = dirWith();
    mkdirSync(path.join(dir, '发给乡镇'));
    expect(reportlint(['--web', '审核页.html'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, '审核页.html'))).toBe(true);
    expect(reportlint(['--web', '发给乡镇'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, '发给乡镇', 'reportlint.html'))).toBe(true);
  });

  it('bakes the county config, and the YAML/JSON files it extends, into the page', () => {
    const dir = dirWith({
      '县/county.yaml': `extends: [./base.yaml, ../共用/common.json]\n${COUNTY.split('\n').slice(1).join('\n')}`,
      '县/base.yaml': 'extends: reportlint:recommended\nrules:\n  date-format: warn\n',
      '共用/common.json': '{"settings": {"level": "township"}}',
    });
    const run = reportlint(['--web', 'out.html', '-c', '县/county.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('网页中内置了配置 county.yaml');
    const page = readFileSync(path.join(dir, 'out.html'), 'utf8');
    expect(page).not.toContain(BAKED_CONFIG_SLOT);
    expect(bakedIn(page)).toEqual({
      name: 'county.yaml',
      text: readFileSync(path.join(dir, '县/county.yaml'), 'utf8'),
      files: { 'base.yaml': readFileSync(path.join(dir, '县/base.yaml'), 'utf8'), '../共用/common.json': '{"settings": {"level": "township"}}' },
    });
  });

  it('keeps a config whose text could close the element inert: it stays JSON inside its element', () => {
    const dir = dirWith({ 'county.yaml': `${COUNTY.replace('请写明“县司法局审核意见”', '请写明</script><script>alert(1)</script>')}` });
    expect(reportlint(['--web', '-c', 'county.yaml'], { cwd: dir }).code).toBe(0);
    const page = readFileSync(path.join(dir, 'reportlint.html'), 'utf8');
    expect(page).not.toContain('<script>alert(1)');
    expect(bakedIn(page)?.text).toContain('</script><script>alert(1)</script>');
  });

  it.each([
    ['a JavaScript config', { 'county.js': 'export default {}' }, 'county.js', /网页版不能使用 JavaScript 配置文件/],
    ['plugins', { 'county.yaml': 'plugins: [county]\n' }, 'county.yaml', /网页版不能加载插件/],
    ['an npm package in extends', { 'county.yaml': 'extends: reportlint-config-county\n' }, 'county.yaml', /网页版不能使用 .* 继承的 npm 包 reportlint-config-county/],
    ['an extended JavaScript file', { 'county.yaml': 'extends: ./base.cjs\n', 'base.cjs': 'module.exports = {}' }, 'county.yaml', /网页版不能使用 JavaScript 配置文件 .*base\.cjs/],
    ['an unknown rule', { 'county.yaml': 'rules:\n  no-such-rule: error\n' }, 'county.yaml', /no-such-rule/],
    ['a missing extended file', { 'county.yaml': 'extends: ./missing.yaml\n' }, 'county.yaml', /missing\.yaml/],
  ])('refuses %s (exit 2, nothing written)', (_name, files: Record<string, string>, config, message) => {
    const dir = dirWith(files);
    const run = reportlint(['--web', '-c', config], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'reportlint.html'))).toBe(false);
  });

  it('does not lint at the same time', () => {
    const run = reportlint(['--web', 'out.html', 'fixtures/seeds/001_778d263dd7ed8752.txt'], { cwd: dirWith() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--web 只写出网页版，不检查报告');
  });
});

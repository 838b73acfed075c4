/**
 * schema.json: the shipped file is what the validator's definitions generate; it is a valid draft-07 schema (ajv,
 * strict); it accepts the configs we ship and document (the example, every --init starter with its examples in use,
 * the fixtures that load) and rejects the fixtures the validator rejects for their shape; and on a table of small
 * configs ajv and the config loader agree, so an editor marks what reportlint would refuse.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader } from '../../src/config/index.js';
import { INIT_LEVELS, initTemplate } from '../../src/config/init-template.js';
import { configSchema } from '../../src/config/schema.js';
import { uncommentExamples } from './init-examples.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const shipped = JSON.parse(readFileSync(path.join(ROOT, 'schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ strict: true, allErrors: true }).compile(shipped);

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Does reportlint accept this config (as the .reportlintrc.json of an empty folder)? */
async function loads(config: unknown): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-schema-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, '.reportlintrc.json'), JSON.stringify(config));
  const loader = createConfigLoader({ cwd: dir, builtinRules });
  return loader.forFile(path.join(dir, '报告.txt')).then(
    () => true,
    () => false,
  );
}

function configIn(folder: string): unknown {
  const [name] = readdirSync(folder).filter((file) => file.startsWith('.reportlintrc'));
  const text = readFileSync(path.join(folder, name!), 'utf8');
  return name!.endsWith('.json') ? JSON.parse(text) : parse(text);
}

describe('schema.json', () => {
  it('is exactly what the config definitions generate (npm run build writes it)', () => {
    expect(shipped).toEqual(configSchema(builtinRules));
  });

  it('names every built-in rule with its options', () => {
    const rules = (shipped.properties as Record<string, { properties: Record<string, unknown> }>).rules.properties;
    expect(Object.keys(rules).sort()).toEqual(Object.keys(builtinRules).sort());
  });

  it('accepts .reportlintrc.example and every --init starter, also with its examples uncommented', () => {
    const example = parse(readFileSync(path.join(ROOT, '.reportlintrc.example'), 'utf8'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    for (const level of INIT_LEVELS) {
      for (const text of [initTemplate(level, 'zh'), uncommentExamples(initTemplate(level, 'zh'))]) {
        expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
      }
    }
  });

  it('rejects every fixture config the loader refuses for its shape', () => {
    const shapeErrors = [
      'bad-entry',
      'bad-severity',
      'bad-severity-number',
      'custom-rule-key',
      'extends-type',
      'not-object',
      'option-enum',
      'option-maximum',
      'option-minimum',
      'option-pattern',
      'option-record',
      'option-string-array',
      'option-type',
      'option-unknown',
      'root-type',
      'settings-not-object',
      'settings-report-year',
      'unknown-key',
    ];
    for (const name of shapeErrors) expect(validate(configIn(path.join(ROOT, 'fixtures/config/invalid', name))), name).toBe(false);
  });

  const table: Array<[string, unknown]> = [
    ['severity words in any case', { rules: { 'require-measures': 'ERROR', terminology: ' warn ', 'title-format': '警告' } }],
    ['numbers and booleans', { rules: { 'require-measures': 2, terminology: false, 'title-format': true } }],
    ['an unknown severity', { rules: { 'require-measures': 'fatal' } }],
    ['severity 3', { rules: { 'require-measures': 3 } }],
    ['an entry with options', { rules: { 'require-measures': ['error', { minLength: 200 }] } }],
    ['an option of the wrong type', { rules: { 'require-measures': ['error', { minLength: '200' }] } }],
    ['an unknown option', { rules: { 'require-measures': ['error', { min: 200 }] } }],
    ['an entry of three items', { rules: { 'require-measures': ['error', {}, {}] } }],
    ['a level alias', { settings: { level: '乡镇' } }],
    ['an unknown level', { settings: { level: 'provence' } }],
    ['a year as a string', { settings: { reportYear: '2024' } }],
    ['a plugin setting', { settings: { countyTerms: { a: 'b' } } }],
    ['an override', { overrides: [{ files: ['部门/**'], settings: { level: 'department' }, rules: { 'no-empty-section': 'off' } }] }],
    ['an override without files', { overrides: [{ settings: { level: 'department' } }] }],
    ['an override with extends', { overrides: [{ files: '*.txt', extends: 'reportlint:all' }] }],
    ['ignore patterns', { ignorePatterns: ['草稿/', '*.bak.txt'] }],
    ['ignore patterns of the wrong type', { ignorePatterns: 3 }],
    ['a require rule', { customRules: [{ id: 'require-legal-adviser', kind: 'require', in: 'measures', patterns: ['法律顾问'], message: '未写法律顾问' }] }],
    ['a Chinese id', { customRules: [{ id: '写明法律顾问', kind: 'require', patterns: '法律顾问', message: '未写法律顾问' }] }],
    ['a forbid rule with examples', { customRules: [{ id: 'no-old-name', kind: 'forbid', patterns: ['县法制办'], message: '旧称', examples: { valid: ['县司法局'], invalid: ['县法制办'] } }] }],
    ['a substitute rule', { customRules: [{ id: 'new-name', kind: 'substitute', patterns: { 法制办: '司法局' }, message: '请改为{expected}' }] }],
    ['a substitute rule with a list', { customRules: [{ id: 'new-name', kind: 'substitute', patterns: ['法制办'], message: 'm' }] }],
    ['a length rule', { customRules: [{ id: 'at-most-5000', kind: 'length', max: 5000, message: '不超过5000字' }] }],
    ['a length rule with patterns', { customRules: [{ id: 'at-most-5000', kind: 'length', max: 5000, patterns: ['x'], message: 'm' }] }],
    ['minCount on a forbid rule', { customRules: [{ id: 'x', kind: 'forbid', patterns: ['x'], minCount: 2, message: 'm' }] }],
    ['an unknown kind', { customRules: [{ id: 'x', kind: 'must', patterns: ['x'], message: 'm' }] }],
    ['an unknown part', { customRules: [{ id: 'x', kind: 'require', in: 'body', patterns: ['x'], message: 'm' }] }],
    ['a custom rule without message', { customRules: [{ id: 'x', kind: 'require', patterns: ['x'] }] }],
    ['a custom rule with an upper-case id', { customRules: [{ id: 'Legal', kind: 'require', patterns: ['x'], message: 'm' }] }],
    ['a custom rule with a plugin id', { customRules: [{ id: 'a/b', kind: 'require', patterns: ['x'], message: 'm' }] }],
    ['an unknown key in a custom rule', { customRules: [{ id: 'x', kind: 'require', patterns: ['x'], message: 'm', level: 1 }] }],
    ['an unknown top-level key', { rule: {} }],
  ];

  it.each(table)('agrees with the config loader: %s', async (_name, config) => {
    const accepted = validate(config);
    expect(accepted, JSON.stringify(validate.errors)).toBe(await loads(config));
  });
});

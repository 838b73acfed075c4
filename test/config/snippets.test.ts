/**
 * Every config snippet the documentation shows is a config that loads (issue 9, point 3).
 *
 * - README.md: every ```yaml / ```json / ```js block. A block whose first line is a comment naming a file
 *   (`# .reportlintrc`, `// county-rules.js`) is written under that name; one naming a config file the search finds
 *   (`.reportlintrc`, `reportlint.config.js`, `package.json`…) is a config, the others (a plugin) are files the configs
 *   may refer to. An unnamed yaml/json block is a config written as `.reportlintrc`, unless it is one of the output
 *   excerpts listed below. An unnamed js block fails: name its file.
 * - `.reportlintrc.example`: the whole file, as `.reportlintrc`.
 * - rules/*.md: their ```json / ```yaml config examples.
 *
 * Each config is loaded through the real loader from a temporary folder (with `node_modules/reportlint` linking to
 * this package, so a plugin snippet can `import … from 'reportlint'`); any ConfigError fails, naming the snippet.
 * Commented-out lines of the example (the optional plugin, extends of a county file) are not loaded.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader, SEARCH_PLACES } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';
import type { ResolvedConfig } from '../../src/types.js';

const ROOT = path.resolve(__dirname, '../..');

export interface Block {
  /** `README.md:210` — where the fence opens. */
  at: string;
  lang: string;
  text: string;
}

/** Fenced code blocks (``` or ~~~, with their info string's first word as `lang`). */
export function fencedBlocks(markdown: string, source: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trimStart().startsWith(fence[0]!.repeat(fence.length)) && line.trim().replace(new RegExp(`^${fence[0]}+`), '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line);
    }
    blocks.push({ at: `${source}:${i + 1}`, lang: lang.toLowerCase(), text: `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}

const CONFIG_LANGS = new Set(['yaml', 'yml', 'json', 'jsonc', 'js', 'mjs', 'cjs', 'javascript']);

/** README blocks in a config language that show output, not a config: their first line, and why. */
const OUTPUT_EXCERPTS: Readonly<Record<string, string>> = {
  '"checklist": [': 'an excerpt of --format json output',
};

/** The file a block names in a comment on its first line, if any. */
export function namedFile(block: Block): string | undefined {
  const first = block.text.split('\n', 1)[0]!.trim();
  const comment = /^(?:#|\/\/|\/\*)\s*(\S+)/.exec(first);
  const name = comment?.[1];
  return name !== undefined && /^(?:\.reportlintrc|[\w.@/-]+\.(?:json|ya?ml|[cm]?js))$/.test(name) ? name : undefined;
}

function isConfigFileName(name: string): boolean {
  return SEARCH_PLACES.includes(path.basename(name));
}

interface Snippet {
  at: string;
  /** File name the config is written as. */
  name: string;
  text: string;
}

/** Splits a document's blocks into configs to load and the files they may refer to. */
export function classify(blocks: readonly Block[]): { configs: Snippet[]; support: Snippet[]; skipped: string[]; unnamedJs: string[] } {
  const configs: Snippet[] = [];
  const support: Snippet[] = [];
  const skipped: string[] = [];
  const unnamedJs: string[] = [];
  for (const block of blocks) {
    if (!CONFIG_LANGS.has(block.lang)) continue;
    const first = block.text.split('\n', 1)[0]!.trim();
    if (Object.hasOwn(OUTPUT_EXCERPTS, first)) {
      skipped.push(first);
      continue;
    }
    const name = namedFile(block);
    if (name !== undefined) {
      (isConfigFileName(name) ? configs : support).push({ at: block.at, name, text: block.text });
    } else if (/^(?:js|mjs|cjs|javascript)$/.test(block.lang)) {
      unnamedJs.push(block.at);
    } else {
      configs.push({ at: block.at, name: '.reportlintrc', text: block.text });
    }
  }
  return { configs, support, skipped, unnamedJs };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding the support files, and `node_modules/reportlint` → this package. */
function workspace(support: readonly Snippet[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-snippet-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'reportlint'), 'dir');
  for (const file of support) {
    mkdirSync(path.dirname(path.join(dir, file.name)), { recursive: true });
    writeFileSync(path.join(dir, file.name), file.text);
  }
  return dir;
}

/**
 * Loads one config snippet, written as `name` in `dir` (beside the support files); returns the error text, if any.
 * `loaded` receives the config when it loads.
 */
async function load(dir: string, snippet: Snippet, loaded?: (config: ResolvedConfig) => void): Promise<string | undefined> {
  const file = path.join(dir, snippet.name);
  writeFileSync(file, snippet.text);
  try {
    const loader = createConfigLoader({ cwd: dir, builtinRules });
    const config = await loader.forFile('报告.txt');
    // Found and used, not passed over (an empty file or a package.json without "reportlint" would be).
    expect(config.sources, snippet.at).toContain(file);
    loaded?.(config);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return `${snippet.at}: ${error.message}`;
    throw error;
  } finally {
    rmSync(file);
  }
}

describe('README.md config snippets', () => {
  const blocks = fencedBlocks(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), 'README.md');
  const { configs, support, skipped, unnamedJs } = classify(blocks);

  it('finds the snippets (and every js block names its file)', () => {
    expect(configs.length).toBeGreaterThan(0);
    expect(unnamedJs, 'start these js blocks with a comment naming the file, e.g. // county-rules.js').toEqual([]);
    // the list of output excerpts holds no stale entry
    expect(skipped.sort()).toEqual(Object.keys(OUTPUT_EXCERPTS).sort());
  });

  it.each(configs.map((c) => [c.at, c] as const))('%s loads without a ConfigError', async (_at, snippet) => {
    expect(await load(workspace(support), snippet)).toBeUndefined();
  });

  it('the plugin the README writes is the one its config loads', async () => {
    const withPlugin = configs.filter((c) => /^plugins:/m.test(c.text));
    expect(withPlugin.length).toBeGreaterThan(0);
    for (const snippet of withPlugin) {
      let ids: readonly string[] = [];
      expect(await load(workspace(support), snippet, (config) => (ids = config.knownRuleIds ?? []))).toBeUndefined();
      expect(ids.filter((id) => id.includes('/')), snippet.at).toEqual(['county-rules/require-legal-adviser']);
    }
  });
});

describe('.reportlintrc.example', () => {
  it('loads as a whole, as .reportlintrc, without a ConfigError', async () => {
    const text = readFileSync(path.join(ROOT, '.reportlintrc.example'), 'utf8');
    expect(await load(workspace([]), { at: '.reportlintrc.example', name: '.reportlintrc', text })).toBeUndefined();
  });
});

describe('rules/*.md config examples', () => {
  const docs = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.md'));
  const snippets = docs.flatMap((doc) =>
    classify(fencedBlocks(readFileSync(path.join(ROOT, 'rules', doc), 'utf8'), `rules/${doc}`)).configs,
  );
  it.each(snippets.map((c) => [c.at, c] as const))('%s loads without a ConfigError', async (_at, snippet) => {
    expect(await load(workspace([]), snippet)).toBeUndefined();
  });
});

describe('the extraction itself', () => {
  it('names files from a first-line comment and skips other languages', () => {
    const md = [
      '```sh', 'reportlint x.txt', '```',
      '```yaml', '# .reportlintrc.yaml — 说明', 'rules: {}', '```',
      '```js', '// county-rules.js', 'export const rules = {};', '```',
      '```json', '{ "rules": {} }', '```',
      '```js', 'export default {};', '```',
      '  ```yaml', '  settings: {}', '  ```',
    ].join('\n');
    const { configs, support, unnamedJs } = classify(fencedBlocks(md, 'x.md'));
    expect(configs.map((c) => [c.at, c.name])).toEqual([
      ['x.md:4', '.reportlintrc.yaml'],
      ['x.md:12', '.reportlintrc'],
      ['x.md:18', '.reportlintrc'],
    ]);
    expect(configs[2]!.text).toBe('settings: {}\n');
    expect(support.map((c) => c.name)).toEqual(['county-rules.js']);
    expect(unnamedJs).toEqual(['x.md:15']);
  });

  it('a snippet that fails is reported with its place', async () => {
    const error = await load(workspace([]), {
      at: 'x.md:3',
      name: '.reportlintrc',
      text: 'rules:\n  require-first-responsible-person: [error, { requireOwnSection: true }]\n',
    });
    expect(error).toMatch(/^x\.md:3: 配置无效：.* 的选项 requireOwnSection 不存在/);
  });
});

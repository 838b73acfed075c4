/**
 * Every regular expression in src/ and rules/ is checked for super-linear backtracking with recheck (issue 11), so a
 * new rule cannot bring one in:
 *
 * - the literals (`/…/`) and `new RegExp('…')` with a literal source are found by parsing the TypeScript with the
 *   compiler API;
 * - a `new RegExp(…)` built from parts (vocabulary alternations, a rule's `extra…` options) is caught as it is built:
 *   RegExp is wrapped while every module is imported and the fixtures are linted with every rule on and every string
 *   list option given, and each such call site must have been seen at least once.
 *
 * recheck must say 'safe'. ALLOWED lists the exceptions, each with its reason; an entry whose pattern no longer exists
 * fails the test, so the list stays short.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Pattern {
  source: string;
  flags: string;
  /** file:line where it is written or built. */
  where: string;
}

/**
 * Known exceptions: `where` (file, line ignored) and the exact source, with why it is allowed. Bounded repeats that
 * recheck's fuzzer takes for polynomial ones belong here; real super-linear patterns do not.
 */
const ALLOWED: ReadonlyArray<{ file: string; source: string; reason: string }> = [
  {
    file: 'rules/no-template-placeholders.ts',
    source: String.raw`[【\[〔{［｛][^】\]〕}］｝\n]{0,30}?(?:填写|填入|填报|此处|待定|待补|待填|请输入|请填|请补充|插入|替换为|[XxＸ×＊*]{2,}|…|\.{3})[^】\]〕}］｝\n]{0,30}?[】\]〕}］｝]`,
    reason:
      'linear: a match starts at an opening bracket and ends at the first closing one, at most 30 + the X run + 30 characters on, never past a line break; recheck\'s fuzzer reads the bounded {0,30} repeats as a polynomial',
  },
  {
    file: 'src/text/prose.ts',
    source: String.raw`(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'，。；、）】》\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    reason:
      "linear: the look-behind lets an address start only where a run of [\\w.+-] starts, so each character is read by one attempt at most; recheck's fuzzer (which reads look-behinds loosely) reports its attack 'www'×n + 'w.f' as polynomial, and V8 takes that attack in linear time (40,000 → 80,000 repeats: 1.9 → 3.8 ms)",
  },
  // src/read/ is being reworked for hostile files (issue 11, the readers' part); these are theirs to fix.
  { file: 'src/read/builder.ts', source: String.raw`[\s\u00a0\u3000]+$`, reason: 'OPEN (src/read, readers of issue 11): quadratic on a long run of spaces; use (?<![…])[…]+$ or trimEnd()' },
  { file: 'src/read/pdf.ts', source: String.raw`\s+$`, reason: 'OPEN (src/read, readers of issue 11): quadratic on a long run of spaces; use trimEnd()' },
  {
    file: 'src/read/pdf.ts',
    source: String.raw`^(?:[-—–－~～_\s]*\d{1,4}[-—–－~～_\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$`,
    reason: 'OPEN (src/read, readers of issue 11): \\s*[,，/]?\\s* share spaces (use \\s*(?:[,，/]\\s*)?); applied to one PDF line',
  },
  {
    file: 'src/read/html.ts',
    source: String.raw`^(?:[【[〔(（]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏本页|返回顶部|字体[:：]?\s*[大中小\s]*|扫一扫在手机(?:上)?打开(?:当前页)?|分享到[:：]?[\s\S]*|[上下]一篇[:：][\s\S]*)\s*[】\]〕)）]?\s*)+$`,
    reason: 'OPEN (src/read, readers of issue 11): exponential — the repeated group can split a run of spaces many ways; applied to an element\'s text of a saved web page',
  },
  {
    file: 'src/read/html.ts',
    source: String.raw`<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>`,
    reason: 'OPEN (src/read, readers of issue 11): cubic on an unclosed tag full of slashes; the HTML source tokenizer',
  },
  {
    file: 'src/read/html.ts',
    source: String.raw`<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)`,
    reason: 'OPEN (src/read, readers of issue 11): cubic on <meta followed by many "charset=" without a value; run on the head of the file',
  },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.ts')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

const FILES = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'rules'))];
/**
 * Not imported here (their literal patterns are still checked): the browser page (src/web/, which starts a page or a
 * worker when loaded and imports modules only its bundle has) and the lint pool's worker thread.
 */
const notImported = (relative: string) => relative.startsWith('src/web/') || relative === 'src/cli/lint-worker.ts';

/** The literal patterns, and the lines of every `new RegExp(…)` whose source is not a literal. */
function collect(): { literals: Pattern[]; dynamic: Array<{ file: string; from: number; to: number; text: string }> } {
  const literals: Pattern[] = [];
  const dynamic: Array<{ file: string; from: number; to: number; text: string }> = [];
  for (const file of FILES) {
    const relative = path.relative(ROOT, file);
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (position: number) => sourceFile.getLineAndCharacterOfPosition(position).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative}:${lineOf(node.getStart(sourceFile))}` });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        const literal = (n: ts.Node | undefined) => n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
        if (first && literal(first) && (second === undefined || literal(second))) {
          literals.push({
            source: (first as ts.StringLiteral).text,
            flags: second ? (second as ts.StringLiteral).text : '',
            where: `${relative}:${lineOf(node.getStart(sourceFile))}`,
          });
        } else {
          dynamic.push({ file: relative, from: lineOf(node.getStart(sourceFile)), to: lineOf(node.getEnd()), text: node.getText(sourceFile).slice(0, 80) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, dynamic };
}

/** Patterns built at run time, with the file:line that built them (from the stack). */
const built = new Map<string, Pattern & { sites: Set<string> }>();
const OriginalRegExp = RegExp;

/** The file:line that called `new RegExp` when it is in src/ or rules/ (a library building its own is not ours). */
function siteOf(stack: string | undefined): string | undefined {
  // Line 0 is "Error", line 1 this wrapper, line 2 its caller.
  const caller = (stack ?? '').split('\n')[2] ?? '';
  const m = /((?:file:\/\/)?\/[^\s()]+\.ts):(\d+):\d+/.exec(caller);
  if (!m) return undefined;
  const file = path.relative(ROOT, m[1]!.replace(/^file:\/\//, ''));
  return file.startsWith('src/') || file.startsWith('rules/') ? `${file}:${m[2]}` : undefined;
}

function capturing(this: unknown, pattern: string | RegExp, flags?: string): RegExp {
  const regex = new OriginalRegExp(pattern, flags);
  const site = siteOf(new Error().stack);
  if (site !== undefined) {
    const key = `${regex.flags} ${regex.source}`;
    const entry = built.get(key) ?? { source: regex.source, flags: regex.flags, where: site, sites: new Set<string>() };
    entry.sites.add(site);
    built.set(key, entry);
  }
  return regex;
}

/** Imports every module and lints with everything on, RegExp wrapped, so every built pattern is built once. */
async function exercise(): Promise<void> {
  Object.setPrototypeOf(capturing, OriginalRegExp);
  capturing.prototype = OriginalRegExp.prototype;
  globalThis.RegExp = capturing as unknown as RegExpConstructor;
  try {
    for (const file of FILES) if (!notImported(path.relative(ROOT, file))) await import(pathToFileURL(file).href);
    const { builtinRules } = await import('../../rules/index.js');
    const { lintText } = await import('../../src/engine/lint-text.js');
    const { readDocument } = await import('../../src/read/index.js');
    const { resolveOptions } = await import('../../src/config/options.js');
    // Every option a rule has, given: string lists with words, the rest their defaults.
    const rules = new Map(
      Object.values(builtinRules).map((rule) => {
        const options = Object.fromEntries(
          Object.entries(rule.meta.options ?? {}).map(([key, option]) => [key, option.type === 'string[]' ? ['测试词', '*[a]('] : option.default]),
        );
        return [rule.meta.id, { rule, setting: { severity: 2 as const, options } }];
      }),
    );
    const config = { rules, settings: { reportYear: 2023, level: 'county' }, sources: [] };
    const fixtures = [
      ...readdirSync(path.join(ROOT, 'fixtures/seeds')).map((name) => path.join(ROOT, 'fixtures/seeds', name)),
      ...readdirSync(path.join(ROOT, 'fixtures/corpus/reports')).map((name) => path.join(ROOT, 'fixtures/corpus/reports', name)),
    ].filter((file) => /\.(txt|md)$/.test(file));
    for (const file of fixtures) {
      const text = readFileSync(file, 'utf8');
      const syntax = file.endsWith('.md') ? ('markdown' as const) : ('text' as const);
      await lintText({ filePath: file, text, syntax }, config, { fix: true, excerpts: true });
    }
    // Helpers no rule calls today, so that a rule calling them tomorrow is covered.
    const { termsRegExp } = await import('../../src/text/chars.js');
    termsRegExp(['法治政府', '（一）']);
    // The readers (HTML builds its patterns when it reads a page) and the config loader (option patterns).
    for (const name of readdirSync(path.join(ROOT, 'fixtures/formats'))) {
      if (/\.(html?|docx)$/.test(name)) await readDocument(path.join(ROOT, 'fixtures/formats', name)).catch(() => undefined);
    }
    for (const rule of Object.values(builtinRules)) {
      const given = Object.fromEntries(
        Object.entries(rule.meta.options ?? {}).flatMap(([key, option]) => (option.pattern ? [[key, option.pattern.example]] : [])),
      );
      resolveOptions(rule.meta.options, given, { file: 'test', key: `rules.${rule.meta.id}`, locale: 'zh' });
    }
  } finally {
    globalThis.RegExp = OriginalRegExp;
  }
}

const found = collect();

/**
 * The pattern with its look-arounds taken out, or undefined when it has a back-reference. A look-around only ever
 * rules a path out, so if the pattern without them cannot backtrack super-linearly, the pattern cannot either.
 */
export function withoutLookaround(source: string): string | undefined {
  if (/\\[1-9]|\\k</.test(source)) return undefined;
  let out = '';
  /** Depth inside look-arounds being dropped, with the paren depth each one opened at. */
  const dropping: number[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    let piece = ch;
    if (ch === '\\') {
      piece = source.slice(i, i + 2);
      i += 1;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') {
      depth += 1;
      const look = /^\(\?(?:<[=!]|[=!])/.exec(source.slice(i, i + 4));
      if (look) {
        dropping.push(depth);
        i += look[0].length - 1;
        continue;
      }
    } else if (ch === ')') {
      if (dropping.at(-1) === depth) {
        dropping.pop();
        depth -= 1;
        continue;
      }
      depth -= 1;
    }
    if (dropping.length === 0) out += piece;
  }
  return out;
}

/**
 * The fuzzer's seed: fixed, so CI gives the same verdict on the same code (a random one made two CI runs fail on
 * patterns that had passed before: a real finding each, but found by chance). RECHECK_SEED=<n> explores other seeds.
 */
const FUZZ_SEED = Number(process.env['RECHECK_SEED'] ?? 20261203);

const AUTOMATON = { checker: 'automaton', timeout: 10_000, maxRepeatCount: 1000, maxNFASize: 1_000_000, maxPatternSize: 100_000 } as const;

/**
 * recheck's verdict. Its automaton checker decides exactly (bounded repeats such as [^。]{0,30} unrolled, hence the
 * raised limits) but knows no look-around: a pattern with some is decided on the pattern without them when that is
 * safe, and otherwise by recheck's default, a fuzzer whose attacks are confirmed by running them.
 */
async function verdict(pattern: Pattern): Promise<Diagnostics> {
  // g and y change where matching starts, d what it reports: neither changes backtracking.
  const flags = pattern.flags.replace(/[gyd]/g, '');
  let result = await check(pattern.source, flags, AUTOMATON);
  if (result.status !== 'unknown') return result;
  const stripped = withoutLookaround(pattern.source);
  if (stripped !== undefined && stripped !== pattern.source) {
    const approximate = await check(stripped, flags, AUTOMATON);
    if (approximate.status === 'safe') return { ...result, status: 'safe' } as Diagnostics;
  }
  result = await check(pattern.source, flags, { timeout: 30_000, randomSeed: FUZZ_SEED });
  // A timeout on a busy machine is not a verdict: once more, with more time.
  if (result.status === 'unknown' && result.error.kind === 'timeout') result = await check(pattern.source, flags, { timeout: 90_000, randomSeed: FUZZ_SEED });
  return result;
}

async function verdicts(patterns: readonly Pattern[]): Promise<Array<{ pattern: Pattern; result: Diagnostics }>> {
  const queue = [...patterns];
  const out: Array<{ pattern: Pattern; result: Diagnostics }> = [];
  // Two at a time: recheck runs as a native agent process, and this machine has two cores.
  await Promise.all(
    [0, 1].map(async () => {
      for (let pattern = queue.shift(); pattern; pattern = queue.shift()) out.push({ pattern, result: await verdict(pattern) });
    }),
  );
  return out.sort((a, b) => a.pattern.where.localeCompare(b.pattern.where));
}

const allowedFor = (pattern: Pattern) =>
  ALLOWED.find((entry) => pattern.where.startsWith(`${entry.file}:`) && entry.source === pattern.source);

describe('regular expressions (issue 11): no super-linear backtracking', () => {
  beforeAll(exercise, 120_000);
  afterAll(() => {
    globalThis.RegExp = OriginalRegExp;
  });

  it('takes look-arounds out of a pattern, leaving classes and escapes alone', () => {
    expect(withoutLookaround(String.raw`(?<![\d.])\d+(?=x)a(?!b(c)|d)e`)).toBe(String.raw`\d+ae`);
    expect(withoutLookaround(String.raw`[(?=]\(?!x(?<=y)`)).toBe(String.raw`[(?=]\(?!x`);
    expect(withoutLookaround(String.raw`(a)\1`)).toBeUndefined();
  });

  it('finds the patterns (the collector works)', () => {
    expect(found.literals.length).toBeGreaterThan(300);
    expect(found.literals.some((p) => p.where.startsWith('src/engine/directives.ts'))).toBe(true);
  });

  it('sees every RegExp built from parts being built at least once', () => {
    const seen = [...built.values()].flatMap((entry) => [...entry.sites]);
    const unseen = found.dynamic.filter(
      (site) => !seen.some((s) => s.startsWith(`${site.file}:`) && Number(s.split(':')[1]) >= site.from && Number(s.split(':')[1]) <= site.to),
    );
    expect(unseen.map((site) => `${site.file}:${site.from} ${site.text}`)).toEqual([]);
  });

  it(
    'recheck finds every literal and every built pattern safe, except the listed ones',
    async () => {
      const patterns = new Map<string, Pattern>();
      for (const p of [...found.literals, ...built.values()]) patterns.set(`${p.where.split(':')[0]} ${p.flags} ${p.source}`, p);
      const results = await verdicts([...patterns.values()]);
      const unsafe = results.filter(({ pattern, result }) => result.status !== 'safe' && !allowedFor(pattern));
      const report = unsafe.map(({ pattern, result }) => {
        const how = result.status === 'vulnerable' ? `${result.complexity.summary}, attack ${JSON.stringify(result.attack.pattern)}` : result.status === 'unknown' ? result.error.kind : '';
        return `${pattern.where} /${pattern.source}/${pattern.flags}: ${result.status} (${how})`;
      });
      expect(report).toEqual([]);
      // The list stays short: an allowed pattern that is gone is taken off it.
      const stale = ALLOWED.filter((entry) => !results.some(({ pattern }) => allowedFor(pattern) === entry));
      expect(stale.map((entry) => `${entry.file}: ${entry.source}`)).toEqual([]);
    },
    600_000,
  );
});

/**
 * `settings`: the shared facts rules read, checked like the rest of a config.
 *
 * A rule that finds a setting of the wrong type or value silently ignores it (`reportYear: "2024"`, `level: provence`
 * would do nothing, and a provincial report would get the 3月1日 deadline), so the built-in settings are checked
 * here, in the file that writes them:
 * - `reportYear` (model/query.ts, date-deadline, report-year-consistency): a whole year;
 * - `level` (date-deadline): one of the levels below or an alias of one — the same list date-deadline maps to a deadline
 *   (test/config/settings.test.ts lints with every value to keep the two in step);
 * - `docsBaseUrl` (engine/messages.ts): a non-empty string.
 * - `referenceReports` (no-copied-text): globs of reports to compare with, relative to the config file
 *   (./reference-reports.ts makes them absolute; a config beside the reports may not name any).
 * - `maxFileSizeMB`, `maxDocxExpandedMB`, `maxDocxRatio` (numbers above 0) and `maxPdfPages` (a whole number of 1 or
 *   more): how much of a file the readers take on (src/read/limits.ts, issue 11).
 *
 * Any other key is passed through, for plugins (as in ESLint, whose `settings` are free-form) — unless it looks like a
 * misspelling of a built-in one (`reportyear`, `report_year`, `year`, `levle`): that is an error with “是否想写 …？”,
 * since it would otherwise be accepted and do nothing. Plugins should give their own settings names that cannot be
 * mistaken for the built-in ones (a prefix such as `countyTerms`, or an object under the plugin's name).
 */
import type { Locale } from '../types.js';
import { configError, list, show, word, type Where } from './messages.js';

/** Reporting levels (date-deadline's deadlines) → the other names a config may use for them. */
export const LEVELS: Readonly<Record<string, readonly string[]>> = {
  township: ['乡镇', '街道', '乡', '镇', 'town', 'street'],
  county: ['县', '县级', '区', 'district'],
  department: ['部门'],
  city: ['市', '市级'],
  province: ['省', '省级'],
};

/** Every value `settings.level` accepts: the levels, then their aliases. */
export const LEVEL_VALUES: readonly string[] = [...Object.keys(LEVELS), ...Object.values(LEVELS).flat()];

type Check = (value: unknown, where: Where) => void;

const isYear = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value > 1900 && value < 3000;

/** A limit: a finite number above 0. */
function positiveNumber(value: unknown, where: Where): void {
  if (!(typeof value === 'number' && Number.isFinite(value) && value > 0))
    throw configError('keyType', where, { expected: word('positiveNumber', where.locale), value: show(value) });
}

/** The settings reportlint itself reads (grep `settings[` in src/ and rules/), each with its check. */
export const BUILTIN_SETTINGS: Readonly<Record<string, Check>> = {
  reportYear(value, where) {
    if (!isYear(value)) throw configError('keyType', where, { expected: word('year', where.locale), value: show(value) });
  },
  level(value, where) {
    const given = typeof value === 'string' ? value.trim() : undefined;
    if (given !== undefined && LEVEL_VALUES.includes(given)) return;
    const guess = given ? lookalike(given, LEVEL_VALUES, (v) => v.toLowerCase()) : undefined;
    throw configError('settingValue', where, {
      value: show(value),
      hint: guess ? word('didYouMean', where.locale, { name: guess }) : '',
      allowed: levelList(where.locale),
    });
  },
  docsBaseUrl(value, where) {
    if (typeof value !== 'string' || value.trim() === '')
      throw configError('keyType', where, { expected: word('docsBaseUrl', where.locale), value: show(value) });
  },
  // The read limits (src/read/limits.ts): how large a file, how far a .docx expands, how many PDF pages.
  maxFileSizeMB: positiveNumber,
  maxDocxExpandedMB: positiveNumber,
  maxDocxRatio: positiveNumber,
  // Globs of reports to compare with (no-copied-text), relative to the config: ./reference-reports.ts.
  referenceReports(value, where) {
    const ok = (item: unknown) => typeof item === 'string' && item.trim() !== '' && item.trim() !== '!';
    if (!(ok(value) || (Array.isArray(value) && value.every(ok))))
      throw configError('keyType', where, { expected: word('globList', where.locale), value: show(value) });
  },
  maxPdfPages(value, where) {
    if (!(typeof value === 'number' && Number.isInteger(value) && value >= 1))
      throw configError('keyType', where, { expected: word('positiveInteger', where.locale), value: show(value) });
  },
};

/** Checks the `settings` object of one config file; `at(key)` says where `settings.<key>` is. */
export function checkSettings(settings: Readonly<Record<string, unknown>>, at: (key: string) => Where): void {
  const known = Object.keys(BUILTIN_SETTINGS);
  for (const [key, value] of Object.entries(settings)) {
    const check = Object.hasOwn(BUILTIN_SETTINGS, key) ? BUILTIN_SETTINGS[key] : undefined;
    if (check) {
      check(value, at(key));
      continue;
    }
    const guess = lookalike(key, known, (k) => k.toLowerCase().replace(/[-_\s]/g, ''));
    if (guess === undefined) continue; // a plugin's own setting
    const where = at(key);
    throw configError('unknownSetting', where, {
      hint: word('didYouMean', where.locale, { name: guess }),
      known: list(known, where.locale),
    });
  }
}

/**
 * The candidate `name` is most likely a misspelling of, if any: the same once both are normalized (case, `-`, `_`);
 * a few typos away (one per three characters, transpositions counting once, and never every character); or — for a
 * name of three or more characters — the end of it (`year` for `reportYear`).
 */
export function lookalike(name: string, candidates: readonly string[], normalize: (s: string) => string): string | undefined {
  const n = normalize(name);
  if (n === '') return undefined;
  const normalized = candidates.map((c) => [c, normalize(c)] as const);
  const same = normalized.find(([, c]) => c === n);
  if (same) return same[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [candidate, c] of normalized) {
    const d = osaDistance(n, c);
    if (d < bestDistance && d <= Math.max(1, Math.floor(n.length / 3)) && d < Math.min(n.length, c.length)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  return n.length >= 3 ? normalized.find(([, c]) => c.endsWith(n))?.[0] : undefined;
}

/** Edit distance where swapping two neighbouring characters is one edit (optimal string alignment). */
function osaDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function levelList(locale: Locale): string {
  return list(
    Object.entries(LEVELS).map(([level, aliases]) => word('levelWithAliases', locale, { level, aliases: list(aliases, locale) })),
    locale,
  );
}

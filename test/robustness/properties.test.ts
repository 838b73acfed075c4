/**
 * Property-based tests of the engine over generated reports (issue 11, point 1); see ./properties.ts for what is
 * checked and ./reports.ts for what is generated. `npm test` runs a few thousand cases; `npm run fuzz -- --runs 100000
 * [--seed n]` runs this same file with as many as asked (REPORTLINT_FUZZ_RUNS, REPORTLINT_FUZZ_SEED), and prints the
 * seed and the shrunk input of a failure. Every failure found that way becomes a case in ./findings.test.ts.
 */
import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { checkDocument } from './properties.js';
import { report } from './reports.js';

const fuzzRuns = Number(process.env['REPORTLINT_FUZZ_RUNS'] ?? 0);
const seedText = process.env['REPORTLINT_FUZZ_SEED'];
const seed = seedText === undefined || seedText === '' ? undefined : Number(seedText);
/** Under `npm test`, this many cases of each property; `npm run fuzz` sets its own. */
const RUNS = fuzzRuns > 0 ? fuzzRuns : 1200;
/** Plain random text (any UTF-16 unit, long runs of one character): cheaper per case, so more of them. */
const RAW_RUNS = fuzzRuns > 0 ? Math.ceil(fuzzRuns / 4) : 1000;
const timeout = fuzzRuns > 0 ? 0 : 120_000;

const parameters = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(seed === undefined ? {} : { seed }),
});

/** Any text at all: every UTF-16 unit (lone surrogates, NUL, controls) and long runs of one character or pattern. */
const rawText = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'一、（）1.,，。\n\r >-*#[]`_!<\ufeff\u0000\ud800\udc00 法a'), maxLength: 400 }),
  fc.tuple(fc.string({ maxLength: 4 }), fc.integer({ min: 100, max: 3000 })).map(([unit, times]) => unit.repeat(times)),
);

describe('no input crashes the engine (issue 11)', () => {
  test.prop([report], parameters(RUNS))(
    'generated reports: no throw, no internal error; positions in the text; fixes apart, on their lines, idempotent; deterministic',
    async ({ doc, options }) => {
      await checkDocument(doc, options);
    },
    timeout,
  );

  test.prop([rawText, fc.constantFrom('text' as const, 'markdown' as const)], parameters(RAW_RUNS))(
    'any text, as plain text and as Markdown',
    async (text, syntax) => {
      await checkDocument({ filePath: syntax === 'markdown' ? 'x.md' : 'x.txt', text, syntax });
    },
    timeout,
  );
});

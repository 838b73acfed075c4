// Mutation testing with StrykerJS: `npm run mutation` (slow; not part of `npm test` or CI).
// One file: `npm run mutation -- --mutate rules/require-measures.ts`.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['rules/require-*.ts', 'src/model/**/*.ts', '!src/model/**/types.ts'],
  testRunner: 'vitest',
  // Mutants are run only by the tests that executed them in the initial run.
  coverageAnalysis: 'perTest',
  vitest: {
    configFile: 'vitest.mutation.config.ts',
    // Only test files that import the mutated sources (vitest --related). This leaves out
    // test/cli/cli.test.ts, which spawns the compiled bin/reportlint.js → dist/ and so never sees a mutant.
    related: true,
  },
  // dist/ is the compiled code: a mutant in rules/*.ts never reaches it, so do not copy it to the sandbox
  // (a test that needed it would fail the initial run instead of passing against unmutated code).
  ignorePatterns: ['/dist', '/coverage', '/.bench'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportTests: false, logTests: false },
  // 2 cores.
  concurrency: 2,
  // A mutant times out after 1.5 × its tests' normal time + 5 s (a mutated loop or regex that never ends). A model
  // mutant's tests take up to ~45 s, and a timed-out worker is restarted, so each timeout costs over a minute.
  timeoutFactor: 1.5,
  // 8 s rather than 5 s: a test run beside the mutation run must not turn a surviving mutant into a timeout.
  timeoutMS: 8_000,
  dryRunTimeoutMinutes: 10,
  // Later runs re-test only mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

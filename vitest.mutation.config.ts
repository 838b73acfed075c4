/**
 * The tests StrykerJS runs for each mutant (npm run mutation): everything that exercises the model and the
 * rules through their sources. Left out: the CLI tests (they run the built dist/, which never sees a mutant),
 * the readers, formatters and config loader (no mutated code runs there), the README check, the
 * format-equivalence test (it reads every seed as Word, PDF and HTML: slow, and about the readers), and
 * no-copied-text's accuracy test (about src/compare/).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/rules/**/*.test.ts',
      'test/model/**/*.test.ts',
      'test/text/**/*.test.ts',
      'test/engine/**/*.test.ts',
      'test/corpus-accuracy.test.ts',
      'test/unseen-accuracy.test.ts',
      'test/held-out.test.ts',
      'test/meta.test.ts',
      'test/rule-tester.test.ts',
      // Custom rules' `in` parts (src/model/parts.ts).
      'test/config/custom-rules.test.ts',
    ],
    // no-copied-text's accuracy is about its text index (src/compare/), which no mutant touches; it takes 5 s a run.
    exclude: ['test/rules/no-copied-text-accuracy.test.ts'],
    testTimeout: 30_000,
    // Tests that read the sources as text skip themselves: the sandbox holds StrykerJS's instrumented copies.
    env: { REPORTLINT_MUTATION: '1' },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the built CLI; PDF and Word readers take a moment on a 2-core machine.
    testTimeout: 30_000,
    // A page in Chromium answers in well under a second alone, but not always while the rest of the suite runs
    // beside it on 2 cores (CI once took longer than the 1 s default to show a baked config's name).
    expect: { poll: { timeout: 15_000 } },
  },
});

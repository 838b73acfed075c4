import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the built CLI; PDF and Word readers take a moment on a 2-core machine.
    testTimeout: 30_000,
  },
});

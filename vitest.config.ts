import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built binary; keep them from starving each other on two cores.
    maxWorkers: 2,
    // No test depends on timing: property tests are bounded by their run counts, and
    // waits are for events. The time limit only catches a test that hangs, so it is
    // generous enough for a machine whose cores are busy with other work.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'src/engine/**': { lines: 90 },
        'src/schema/**': { lines: 90 },
      },
    },
  },
});

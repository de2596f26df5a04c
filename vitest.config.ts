import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Generated tests walk every path of every scenario; give them room on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit and integration tests: plain Node, real SQLite, real HTTP on loopback.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

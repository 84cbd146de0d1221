import { defineConfig } from 'vitest/config';

// Fault drills: the headless studio and the Stripe-compatible server as real processes, killed and
// faulted on purpose (crash during a purchase burst, Stripe faults, real OBS killed and restarted,
// guests losing the network, the studio killed with a guest on air). Minutes, not seconds: run by
// `npm run test:drills` after `npm test` in CI.
export default defineConfig({
  test: {
    include: ['tests/drills/**/*.drill.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

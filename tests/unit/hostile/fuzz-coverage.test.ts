import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_POLICY } from '../../../src/main/core/auth/policy';
import { commands, type CommandName } from '../../../src/shared/commands';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { HTTP_FUZZ_METHODS, HTTP_FUZZ_PATHS, routePattern, UNSENDABLE_METHODS, wsFuzzPlan } from './fuzz-targets';

/**
 * The fuzzers cover everything: every HTTP route the studio really registers has a fuzzed path
 * and method, and every command of the contract is fuzzed as a role that may send it. A new
 * route or command fails here until it is added to fuzz-targets.ts.
 */
let t: TestStudio;
beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
});
afterAll(async () => {
  await t?.close();
});

describe('fuzz coverage', () => {
  it('every HTTP route of the studio is in the HTTP fuzzer', () => {
    const routes = t.studio.routes();
    const missing: string[] = [];
    for (const route of routes) {
      if (UNSENDABLE_METHODS.has(route.method)) continue;
      const pattern = routePattern(route.url);
      const paths = HTTP_FUZZ_PATHS.filter((p) => pattern.test(p));
      // The catch-all (static assets) matches everything; it needs an asset path of its own.
      const covered = route.url === '/*' ? HTTP_FUZZ_PATHS.includes('/assets/x.js') : paths.length > 0;
      if (!covered) missing.push(`${route.method} ${route.url}: no fuzz path`);
      if (!(HTTP_FUZZ_METHODS as readonly string[]).includes(route.method)) missing.push(`${route.method} ${route.url}: method never sent`);
    }
    const skipped = routes.filter((r) => UNSENDABLE_METHODS.has(r.method)).length;
    console.info(`fuzz coverage: ${routes.length} HTTP routes (${skipped} with methods fetch cannot send), ${HTTP_FUZZ_PATHS.length} fuzz paths, ${missing.length} missing`);
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(15);
  });

  it('every WebSocket command of the contract is fuzzed, as a role the policy lets through', () => {
    const plan = wsFuzzPlan();
    const names = Object.keys(commands) as CommandName[];
    const missing = names.filter((n) => !plan.some((p) => p.name === n));
    const blocked = plan.filter((p) => !(COMMAND_POLICY[p.name] as readonly string[]).includes(p.role)).map((p) => `${p.name} as ${p.role}`);
    const byRole = plan.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.role]: (acc[p.role] ?? 0) + 1 }), {});
    console.info(`fuzz coverage: ${names.length} commands, fuzzed as ${JSON.stringify(byRole)}, ${missing.length} missing`);
    expect(missing).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchSuite } from './lib/bench';
import type { Figure } from './lib/figure';
import { describeMachine } from './lib/machine';
import { markdownTable, writeReport } from './lib/report';
import { compositorSuite } from './suites/compositor';
import { greenRoomSuite } from './suites/green-room';
import { ingestSuite } from './suites/ingest';
import { liveShowSuite } from './suites/live-show';
import { programLatencySuite } from './suites/program-latency';
import { startupSuite } from './suites/startup';

/**
 * `npm run bench [-- --quick] [--only 3,6] [--out FILE]`: runs every benchmark headless, writes the
 * figures to a JSON file (git-ignored, path printed) and prints a markdown table. Benchmarks are not
 * tests: a missed target is reported, never a failure. The exit code is non-zero only when a suite
 * could not run to completion.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SUITES: BenchSuite[] = [compositorSuite, liveShowSuite, ingestSuite, startupSuite, greenRoomSuite, programLatencySuite];

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.info('Usage: npm run bench -- [--quick] [--only 3,5] [--out bench-results/FILE.json]');
    return 0;
  }
  for (const built of ['out/renderer/studio/index.html', 'out/main/serve.js']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first (npm run bench does).`);
  }
  const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
  const selected = SUITES.filter((suite) => !only || suite.figureIds.some((f) => only.has(f.id.replace(/[a-z]$/, ''))));
  const quick = values.quick;
  const startedAt = new Date();
  const loadAtStart = describeMachine().loadAverage1m;
  const log = (message: string) => console.error(message);
  const figures: Figure[] = [];
  let failures = 0;
  for (const suite of selected) {
    log(`▶ ${suite.title}${quick ? ' (quick)' : ''}`);
    const t0 = performance.now();
    try {
      figures.push(...(await suite.run({ quick, log })));
    } catch (error) {
      failures += 1;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`✗ ${suite.title} did not complete:\n${message}`);
      for (const f of suite.figureIds) figures.push({ status: 'failed', id: f.id, name: f.name, unit: f.unit, comparedTo: '', error: message });
    }
    log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  figures.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const out = resolve(values.out ?? join(ROOT, 'bench-results', `bench-${quick ? 'quick-' : ''}${stamp}.json`));
  writeReport(out, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: describeMachine(),
    loadAverage1mAtStart: loadAtStart,
    commit: gitCommit(),
    figures,
  });
  const machine = describeMachine();
  console.info(`\n${markdownTable(figures)}\n`);
  console.info(
    `Machine: ${machine.cpuModel}, ${machine.nproc} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}; ${quick ? 'quick' : 'full'} run; ` +
      `load average (1 min) ${loadAtStart ?? '?'} at start, ${machine.loadAverage1m ?? '?'} at the end (other work on the machine).`,
  );
  console.info(`Figures written to ${out}`);
  return failures === 0 ? 0 : 1;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

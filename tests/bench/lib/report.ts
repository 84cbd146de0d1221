import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { round, type Figure } from './figure';
import type { Machine } from './machine';

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  mode: 'quick' | 'full';
  machine: Machine;
  /** 1-minute load average when the run started (`machine` holds it at the end). */
  loadAverage1mAtStart: number | null;
  commit: string | null;
  figures: Figure[];
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

const format = (value: number): string => {
  const r = round(value);
  return Math.abs(r) >= 1000 ? r.toLocaleString('en-US') : String(r);
};

function verdict(figure: Figure): string {
  if (figure.status === 'not_built') return 'not built yet';
  if (figure.status === 'failed') return 'FAILED to run';
  if (!figure.target) return '';
  if (figure.target.met === null) return '';
  return figure.target.met ? 'meets' : 'misses';
}

function slowEnd(figure: Extract<Figure, { status: 'measured' }>): string {
  const s = figure.summary;
  if (figure.slowEnd === 'p99') return `${format(s.p99)} (p99)`;
  return format(figure.better === 'higher' ? s.p5 : s.p95);
}

/**
 * The short markdown table `npm run bench` prints (and docs/PERFORMANCE.md quotes). The slow-end
 * column is the 95th percentile for times and sizes, the 5th for rates (where higher is better).
 */
export function markdownTable(figures: Figure[]): string {
  const rows = [
    '| # | figure | unit | median | p95 (slow end) | min – max | runs | compared to | verdict |',
    '|---|---|---|---:|---:|---|---:|---|---|',
  ];
  for (const figure of figures) {
    if (figure.status === 'measured') {
      const s = figure.summary;
      const compared = figure.target ? `${figure.target.text}; ${figure.comparedTo}` : figure.comparedTo;
      rows.push(
        `| ${figure.id} | ${figure.name} | ${figure.unit} | ${format(s.median)} | ${slowEnd(figure)} | ${format(s.min)} – ${format(s.max)} | ${s.runs} | ${compared} | ${verdict(figure)} |`,
      );
    } else {
      const why = figure.status === 'not_built' ? figure.reason : figure.error.split('\n')[0];
      rows.push(`| ${figure.id} | ${figure.name} | ${figure.unit} | — | — | — | 0 | ${figure.comparedTo} | ${verdict(figure)}: ${why} |`);
    }
  }
  return rows.join('\n');
}

import { summarize, type Summary } from './stats';

/**
 * One row of the benchmark table. `id` is the figure number plus a letter per variant
 * (3a with webhooks, 3b polling only, …). A figure whose feature is not built yet is a placeholder
 * that says so: never a made-up number.
 */
export type Unit = 'ms' | 'events/s' | 'MB' | 'x' | '%';

export interface Target {
  /** What is compared, e.g. "p95 < 500 ms" or "≥ 0.5x raw better-sqlite3". */
  text: string;
  /** True/false once measured; null when there is nothing to compare yet. */
  met: boolean | null;
}

export interface MeasuredFigure {
  status: 'measured';
  id: string;
  name: string;
  unit: Unit;
  summary: Summary;
  /** The peer measured side by side, or the limit the figure is held against. */
  comparedTo: string;
  target: Target | null;
  /** Higher is better (throughput) or lower is better (latency, memory). */
  better: 'higher' | 'lower';
  /** Which percentile the table's slow-end column shows (default p95; p5 where higher is better). */
  slowEnd?: 'p95' | 'p99';
  samples: number[];
  notes?: string;
}

export interface PlaceholderFigure {
  status: 'not_built';
  id: string;
  name: string;
  unit: Unit;
  comparedTo: string;
  /** Why there is no number yet, e.g. "not built yet: needs issue 4 (compositor)". */
  reason: string;
}

export interface FailedFigure {
  status: 'failed';
  id: string;
  name: string;
  unit: Unit;
  comparedTo: string;
  error: string;
}

export type Figure = MeasuredFigure | PlaceholderFigure | FailedFigure;

export function measured(input: {
  id: string;
  name: string;
  unit: Unit;
  samples: number[];
  comparedTo: string;
  better?: 'higher' | 'lower';
  /** Judge the summary against a target; omit when the figure is a peer, not a goal. */
  target?: { text: string; met: (summary: Summary) => boolean };
  slowEnd?: 'p95' | 'p99';
  notes?: string;
}): MeasuredFigure {
  const summary = summarize(input.samples);
  return {
    status: 'measured',
    id: input.id,
    name: input.name,
    unit: input.unit,
    summary,
    comparedTo: input.comparedTo,
    target: input.target ? { text: input.target.text, met: input.target.met(summary) } : null,
    better: input.better ?? 'lower',
    ...(input.slowEnd ? { slowEnd: input.slowEnd } : {}),
    samples: input.samples.map(round),
    ...(input.notes ? { notes: input.notes } : {}),
  };
}

export function round(value: number): number {
  if (Math.abs(value) >= 100) return Math.round(value);
  return Math.round(value * 100) / 100;
}

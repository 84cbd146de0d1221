import type { Figure } from './figure';

/** What every benchmark suite gets from the runner. */
export interface BenchContext {
  /** CI-like run: fewer repetitions, same code paths, still to completion. */
  quick: boolean;
  /** Progress line on stderr (the table on stdout stays clean). */
  log: (message: string) => void;
}

/** One suite measures one or more figures; ids name the table rows it owns (so a crash still shows them). */
export interface BenchSuite {
  title: string;
  figureIds: { id: string; name: string; unit: Figure['unit'] }[];
  run(context: BenchContext): Promise<Figure[]>;
}

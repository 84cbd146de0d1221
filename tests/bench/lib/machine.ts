import { readFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { availableParallelism } from 'node:os';

/** The machine the figures were taken on: they mean little without it. */
export interface Machine {
  cpuModel: string;
  nproc: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** Other work on the machine while we measured (1-minute load average at start). */
  loadAverage1m: number | null;
}

export function describeMachine(): Machine {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverage1m: loadAverage(),
  };
}

function loadAverage(): number | null {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

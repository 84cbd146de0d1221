import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { epochNow } from '../lib/clock';

/**
 * A studio in its own process, started the way a creator or CI starts it, timed from spawn to its
 * `studio ready <url>` line. Its resident memory is read from /proc while it runs.
 */
export interface StudioChild {
  baseUrl: string;
  studioUrl: string;
  hostToken: string;
  pid: number;
  /** Milliseconds from spawn to the `studio ready` line. */
  readyMs: number;
  /** Resident set size now, in MiB (VmRSS); null where /proc is not available. */
  rssMiB(): number | null;
  output(): string;
  stop(): Promise<void>;
}

export const ROOT = resolve(import.meta.dirname, '../../..');

export async function startStudioChild(options: {
  /** Script and its arguments, run with `node --import tsx` (or plain `node` for built JavaScript). */
  args: string[];
  /** false: run built JavaScript with plain node, as the shipped app does. Default true. */
  tsx?: boolean;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<StudioChild> {
  const started = epochNow();
  const child = spawn(process.execPath, [...(options.tsx === false ? [] : ['--import', 'tsx']), ...options.args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const studioUrl = await new Promise<string>((resolveReady, rejectReady) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectReady(new Error(`studio did not start in time:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /studio ready (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveReady(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectReady(new Error(`studio exited with ${code}:\n${output}`));
    });
  });
  const readyMs = epochNow() - started;
  const url = new URL(studioUrl);
  return {
    baseUrl: url.origin,
    studioUrl,
    hostToken: new URLSearchParams(url.hash.slice(1)).get('token') ?? '',
    pid: child.pid ?? -1,
    readyMs,
    rssMiB: () => rssOf(child.pid),
    output: () => output,
    stop: () => stopChild(child),
  };
}

function rssOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs the real headless studio (`src/main/serve.ts`) as a child process, the way a creator or CI
 * would, and waits for its `studio ready <url>` line.
 */
export interface StudioProcess {
  baseUrl: string;
  studioUrl: string;
  hostToken: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

export async function startStudioProcess(
  options: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number; port?: number; args?: string[] } = {},
): Promise<StudioProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hotseat-e2e-'));
  const args = ['--import', 'tsx', 'src/main/serve.ts', '--port', String(options.port ?? 0), '--data', dataDir, ...(options.args ?? [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const studioUrl = await new Promise<string>((resolveReady, rejectReady) => {
    const timer = setTimeout(() => rejectReady(new Error(`studio did not start in time:\n${output}`)), options.timeoutMs ?? 30_000);
    const check = () => {
      const match = /studio ready (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveReady(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectReady(new Error(`studio exited with ${code}:\n${output}`));
    });
  });
  const url = new URL(studioUrl);
  const hostToken = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  return {
    baseUrl: url.origin,
    studioUrl,
    hostToken,
    dataDir,
    output: () => output,
    stop: () => stopChild(child, 'SIGTERM'),
    kill: () => stopChild(child, 'SIGKILL'),
  };
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill(signal);
  });
}

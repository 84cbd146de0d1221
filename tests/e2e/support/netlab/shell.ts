import { execFileSync } from 'node:child_process';

/** Runs a command to completion (throws with its stderr on failure): for ip, iptables, openssl. */
export function run(command: string, args: readonly string[], input?: string): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...(input !== undefined ? { input } : {}) });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr?.trim() || e.message}`);
  }
}

/** The same, inside a network namespace. */
export function runIn(ns: string, command: string, args: readonly string[]): string {
  return run('ip', ['netns', 'exec', ns, command, ...args]);
}

export function tryRun(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

import { spawn, type ChildProcess } from 'node:child_process';

/** A process running inside one of the lab's namespaces, with its output kept for waiting and for failure messages. */
export interface NsProcess {
  readonly name: string;
  output(): string;
  /** Resolves once the output matches, rejects when the process exits first or time runs out. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

export function startInNamespace(ns: string, name: string, command: string, args: readonly string[], env: Record<string, string> = {}, cwd?: string): NsProcess {
  // `ip netns exec` execs the command: the child's pid is the program's, so signals reach it.
  const child: ChildProcess = spawn('ip', ['netns', 'exec', ns, command, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  });
  let output = '';
  let exited: number | string | null = null;
  const listeners = new Set<() => void>();
  const heard = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 400_000) output = output.slice(-200_000);
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', heard);
  child.stderr?.on('data', heard);
  child.on('exit', (code, signal) => {
    exited = code ?? signal ?? 'exit';
    for (const listener of listeners) listener();
  });
  return {
    name,
    output: () => output,
    waitForOutput: (pattern, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            done();
            resolve(match);
          } else if (exited !== null) {
            done();
            reject(new Error(`${name} exited (${String(exited)}) before printing ${String(pattern)}:\n${output.slice(-4000)}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${name} did not print ${String(pattern)} within ${timeoutMs} ms:\n${output.slice(-4000)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

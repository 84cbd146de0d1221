import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OBSWebSocket } from 'obs-websocket-js/json';
import { waitFor } from '../../support/wait-for';

/**
 * A real OBS Studio (Debian's obs-studio, obs-websocket 5), headless under its own Xvfb, for the
 * end-to-end tests. The harness configures it before it starts (a temporary HOME with global.ini
 * enabling the WebSocket server on a free port with a password), waits until the WebSocket
 * answers, sets 1280x720 and a recordings folder of its own through it, and stops it. `kill` and
 * `start` again play a crash and a restart on the same configuration.
 */
export interface ObsProcess {
  address: string;
  password: string;
  /** Where recordings land. */
  recordingsDir: string;
  /** A client of the test's own, to look at OBS from outside the studio. */
  connect(): Promise<OBSWebSocket>;
  /** SIGKILL: OBS vanishes mid-show, like a crash. */
  kill(): Promise<void>;
  /** Starts OBS again after `kill`, same home, same port. */
  start(): Promise<void>;
  log(): string;
  /** The running OBS's process id (null while it is down): benchmarks read its CPU time from /proc. */
  pid(): number | null;
  stop(): Promise<void>;
}

export function obsAvailable(): { ok: true } | { ok: false; reason: string } {
  for (const binary of ['obs', 'Xvfb']) {
    if (spawnSync('sh', ['-c', `command -v ${binary}`]).status !== 0) {
      return { ok: false, reason: `${binary} is not installed (apt-get install obs-studio xvfb; scripts/test-fresh-machine.sh does it)` };
    }
  }
  return { ok: true };
}

export async function startObsProcess(): Promise<ObsProcess> {
  const home = mkdtempSync(join(tmpdir(), 'hotseat-obs-'));
  const recordingsDir = join(home, 'recordings');
  mkdirSync(recordingsDir, { recursive: true });
  const port = await freePort();
  const password = randomBytes(12).toString('base64url');
  writeConfig(home, port, password);
  const xvfb = await startXvfb();
  let pid: number | null = null;
  const logFile = join(home, 'obs.log');
  const address = `ws://127.0.0.1:${port}`;

  const launch = async () => {
    // --multi: another OBS (a parallel test run, the creator's own) must not stop this one with a dialog.
    const started = execFileSync('bash', ['-c', '(exec obs --multi --disable-shutdown-check --minimize-to-tray >"$OBS_LOG" 2>&1 </dev/null & echo $!)'], {
      env: {
        ...process.env,
        HOME: home,
        DISPLAY: xvfb.display,
        LIBGL_ALWAYS_SOFTWARE: '1',
        OBS_LOG: logFile,
      },
      encoding: 'utf8',
    });
    pid = Number(started.trim());
    const mine = pid;
    // Knock with the WebSocket only once the port is open.
    await waitFor(`OBS port ${port}`, async () => {
      if (!alive(mine)) throw new Error(`OBS exited:\n${readLog().slice(-2000)}`);
      return portOpen(port);
    }, { timeoutMs: 60_000, intervalMs: 250 });
    await waitFor(
      `OBS WebSocket on ${address}`,
      async () => {
        if (!alive(mine)) throw new Error(`OBS exited:\n${readLog().slice(-2000)}`);
        const client = new OBSWebSocket();
        try {
          await client.connect(address, password);
          await configureProfile(client, recordingsDir);
          await client.disconnect();
          return true;
        } catch {
          return false;
        }
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  };

  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  const kill = async (signal: NodeJS.Signals) => {
    const target = pid;
    pid = null;
    if (target === null || !alive(target)) return;
    process.kill(target, signal);
    try {
      await waitFor('OBS to exit', () => !alive(target), { timeoutMs: 10_000, intervalMs: 50 });
    } catch {
      if (alive(target)) process.kill(target, 'SIGKILL');
      await waitFor('OBS to exit after SIGKILL', () => !alive(target), { timeoutMs: 5_000, intervalMs: 50 });
    }
  };

  try {
    await launch();
  } catch (error) {
    await kill('SIGKILL');
    await xvfb.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    address,
    password,
    recordingsDir,
    async connect() {
      const client = new OBSWebSocket();
      await client.connect(address, password);
      return client;
    },
    kill: () => kill('SIGKILL'),
    start: launch,
    log: readLog,
    pid: () => pid,
    async stop() {
      await kill('SIGTERM');
      await xvfb.stop();
        rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Running, and not a zombie waiting to be reaped (OBS is not our child, so init reaps it, or not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function writeConfig(home: string, port: number, password: string): void {
  const config = join(home, '.config', 'obs-studio');
  mkdirSync(config, { recursive: true });
  writeFileSync(
    join(config, 'global.ini'),
    [
      // FirstRun=true means "the first run is behind us" (OBS writes it so itself): with false, OBS
      // opens its auto-configuration wizard, invisible here, which holds the outputs: StartRecord is
      // then silently ignored. The Pre…Defaults keys say the config is from a current OBS.
      '[General]',
      'FirstRun=true',
      'Pre19Defaults=false',
      'Pre21Defaults=false',
      'Pre23Defaults=false',
      'Pre24.1Defaults=false',
      '',
      '[OBSWebSocket]',
      'FirstLoad=false',
      'ServerEnabled=true',
      `ServerPort=${port}`,
      'AuthRequired=true',
      `ServerPassword=${password}`,
      '',
    ].join('\n'),
  );
}

/** The profile is set through the WebSocket once OBS runs: 1280x720 at 30 fps, recordings in their own folder. */
async function configureProfile(client: OBSWebSocket, recordingsDir: string): Promise<void> {
  // A local RTMP target instead of the default online service (which OBS tries to look up and cannot reach here).
  await client.call('SetStreamServiceSettings', { streamServiceType: 'rtmp_custom', streamServiceSettings: { server: 'rtmp://127.0.0.1:1935/live', key: 'hotseat-test' } });
  await client.call('SetProfileParameter', { parameterCategory: 'SimpleOutput', parameterName: 'FilePath', parameterValue: recordingsDir });
  await client.call('SetVideoSettings', { baseWidth: 1280, baseHeight: 720, outputWidth: 1280, outputHeight: 720, fpsNumerator: 30, fpsDenominator: 1 });
}

async function startXvfb(): Promise<{ display: string; stop(): Promise<void> }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const number = 100 + Math.floor(Math.random() * 800);
    if (existsSync(`/tmp/.X${number}-lock`) || existsSync(`/tmp/.X11-unix/X${number}`)) continue;
    const pid = Number(
      execFileSync('bash', ['-c', `(exec Xvfb :${number} -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 </dev/null & echo $!)`], { encoding: 'utf8' }).trim(),
    );
    try {
      await waitFor(`Xvfb :${number}`, () => {
        if (!alive(pid)) throw new Error(`Xvfb :${number} exited`);
        return existsSync(`/tmp/.X11-unix/X${number}`);
      }, { timeoutMs: 10_000, intervalMs: 50 });
    } catch {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      continue;
    }
    return {
      display: `:${number}`,
      stop: async () => {
        if (!alive(pid)) return;
        process.kill(pid, 'SIGTERM');
        await waitFor('Xvfb to exit', () => !alive(pid), { timeoutMs: 10_000, intervalMs: 50 });
      },
    };
  }
  throw new Error('Could not start Xvfb on any free display');
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

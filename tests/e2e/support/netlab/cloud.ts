import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startInNamespace, type NsProcess } from './ns-process';
import { run, tryRun } from './shell';
import type { TestCa } from './test-ca';
import { ADDR, NS, PUBLIC_NAME } from './topology';

/**
 * The creator's server in the cloud namespace, set up from the very files the shipped setup
 * script writes (`resources/server/setup-hotseat-server.sh --render-to`): OpenSSH's sshd with the
 * studio's user allowed one reverse tunnel, Caddy terminating HTTPS with the lab CA's certificate,
 * coturn with a shared secret. Only the lab-specific parts are added here: sshd's main config
 * (its own host key, port and pid file), and where logs go.
 */
export const LAB_USER = 'hslab';
export const TUNNEL_PORT = 8443;

export interface Cloud {
  /** The sshd host key fingerprint (SHA256:…), to pin in the studio. */
  hostKeyFingerprint: string;
  turnSecret: string;
  processes: NsProcess[];
  stop(): Promise<void>;
}

const SCRIPT = resolve(import.meta.dirname, '../../../../resources/server/setup-hotseat-server.sh');

export async function startCloud(dir: string, ca: TestCa, studioPublicKey: string): Promise<Cloud> {
  const rendered = join(dir, 'rendered');
  const turnSecret = `lab-turn-${Math.random().toString(36).slice(2, 14)}`;
  mkdirSync(join(dir, 'logs'), { recursive: true });
  run('bash', [
    SCRIPT, '--render-to', rendered, '--domain', PUBLIC_NAME, '--key', studioPublicKey, '--user', LAB_USER,
    '--port', String(TUNNEL_PORT), '--turn-secret', turnSecret, '--tls-cert', ca.siteCert, '--tls-key', ca.siteKey,
    '--listen-ip', ADDR.cloud, '--relay-ip', ADDR.cloud, '--log-dir', join(dir, 'logs'),
  ]);

  // The studio's user: a system account without a password (not locked: '*'), no shell.
  if (!tryRun('id', [LAB_USER])) run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', '--password', '*', LAB_USER]);
  // sshd reads the keys as the user, and the lab's folder is mkdtemp's 0700: open the path to it.
  chmodSync(dir, 0o755);
  const keysDir = join(dir, 'authorized_keys');
  mkdirSync(keysDir, { recursive: true, mode: 0o755 });
  writeFileSync(join(keysDir, LAB_USER), readFileSync(join(rendered, 'authorized_keys')), { mode: 0o644 });
  run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'ssh_host_ed25519_key')]);
  const hostKeyFingerprint = run('ssh-keygen', ['-lf', join(dir, 'ssh_host_ed25519_key.pub')]).split(' ')[1] ?? '';
  mkdirSync('/run/sshd', { recursive: true });
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `ListenAddress ${ADDR.cloud}`,
      'Port 22',
      `HostKey ${join(dir, 'ssh_host_ed25519_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${keysDir}/%u`,
      // The lab's files live under /tmp (world-writable), which StrictModes would refuse.
      'StrictModes no',
      'UsePAM no',
      'PermitRootLogin no',
      'LogLevel VERBOSE',
      `Include ${join(rendered, 'sshd-hotseat.conf')}`,
      '',
    ].join('\n'),
  );
  const sshd = startInNamespace(NS.cloud, 'sshd', '/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')]);
  const caddyHome = join(dir, 'caddy-home');
  mkdirSync(caddyHome, { recursive: true });
  const caddy = startInNamespace(NS.cloud, 'caddy', 'caddy', ['run', '--config', join(rendered, 'Caddyfile'), '--adapter', 'caddyfile'], {
    HOME: caddyHome,
    XDG_DATA_HOME: join(caddyHome, 'data'),
    XDG_CONFIG_HOME: join(caddyHome, 'config'),
  });
  const coturn = startInNamespace(NS.cloud, 'coturn', 'turnserver', [
    '-c', join(rendered, 'turnserver.conf'), '--no-tls', '--no-dtls', '--simple-log', '--log-file', 'stdout',
    '--pidfile', join(dir, 'turn.pid'), '--db', join(dir, 'turndb'),
  ]);
  const processes = [sshd, caddy, coturn];
  try {
    await sshd.waitForOutput(/Server listening on 203\.0\.113\.10 port 22/, 15_000);
    await caddy.waitForOutput(/serving initial configuration/, 30_000);
    await coturn.waitForOutput(/(IPv4\. UDP listener opened on|Total General servers)/, 15_000);
  } catch (error) {
    await Promise.all(processes.map((p) => p.stop()));
    throw error;
  }
  return {
    hostKeyFingerprint,
    turnSecret,
    processes,
    stop: async () => {
      await Promise.all(processes.map((p) => p.stop()));
      tryRun('userdel', [LAB_USER]);
    },
  };
}

/** What the cloud's services said, for a failing test's message. */
export function cloudLogs(cloud: Cloud): string {
  return cloud.processes.map((p) => `--- ${p.name}\n${p.output().replace(/^0: : (Black listing|Listener address).*\n/gm, '').slice(-6000)}`).join('\n');
}


import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { memorySecretStore } from './core/secrets';
import { describeStartupError, STARTUP_ERROR_TITLE } from './core/startup-error';
import { startStudio } from './core/compose';
import { DEFAULT_LIMITS, type StudioOptions } from './core/studio';
import { isHostKeyFingerprint } from './core/public/ssh-host-key';
import { sshIdentityOf } from './core/public/ssh-identity';
import { describeZodError } from '../shared/result';
import { NetworkSettings, NgrokSettings, OwnServerSettings } from '../shared/settings';
import { TurnSecret, TurnUrl } from '../shared/turn';
import packageJson from '../../package.json' with { type: 'json' };

/**
 * Headless entry point: the same studio core as the desktop app, with its pages opened in any
 * browser. Secrets come from the environment and stay in memory (there is no OS keychain here),
 * so nothing secret is ever written to a plain file.
 *
 *   npm run serve -- --port 4870 --data ./studio-data [--host 0.0.0.0]
 */
const HELP = `Usage: npm run serve -- [--port 4870] [--data DIR] [--host 127.0.0.1]
  --port   port to listen on (0 picks a free one)           default 4870
  --data   folder for the studio database                  default ./.data
  --host   address to bind (0.0.0.0 to accept LAN devices)  default: the saved setting, else 127.0.0.1
  --max-checkouts-per-minute N   checkouts one client may start per minute  default 30
  --max-reads-per-minute N       store/receipt/health reads per client      default 600
  --max-open-checkouts-per-client N  unpaid checkouts per client per offer   default 3
  --max-wrong-tokens N           wrong links/tokens per client in 10 min    default 20
                                 (raise them only for load drills: they keep one client from
                                 exhausting stock reservations or the server)
Go public (saved as the Network settings; see README "Go live on the internet"):
  --public-url URL        your HTTPS address (alone: a proxy or tunnel you run yourself)
  --ssh-host HOST         own server: open an SSH reverse tunnel to HOST (needs --public-url,
                          --ssh-user, --ssh-remote-port and a key: --ssh-key-file or HOTSEAT_SSH_KEY)
  --ssh-port N            the server's SSH port                            default 22
  --ssh-user USER         the user on the server whose authorized_keys has the studio's key
  --ssh-remote-port N     the port the server's reverse proxy forwards to (bound on its loopback)
  --ssh-key-file PATH     the private key to connect with (kept in memory only)
  --ssh-host-key SHA256:… the server's host key fingerprint (ssh-keygen -lf); else trusted on first use
  --ngrok                 go public through ngrok (NGROK_AUTHTOKEN in the environment)
  --ngrok-domain DOMAIN   your reserved ngrok domain (stable address across shows)
  --public off            stop going public (links use the local address)
Environment: STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET (no key: rehearsal payments, no real money).
  NGROK_AUTHTOKEN, HOTSEAT_SSH_KEY (a private key's text): held in memory only.
  HOTSEAT_STRIPE_API_BASE=http://127.0.0.1:12111 sends Stripe calls to a Stripe-compatible server
  (the standalone rehearsal server, for drills and tests).
TURN for guests behind NAT: --turn-url turn:turn.example.com:3478?transport=udp (repeatable) and
  HOTSEAT_TURN_SECRET (the TURN server's static-auth-secret; pages only get short-lived credentials).`;

/** What the failure message names (known once the arguments are read). */
let startedWith = { port: 4870, dataDir: resolve('.data') };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4870' },
      data: { type: 'string', default: '.data' },
      host: { type: 'string' },
      'max-checkouts-per-minute': { type: 'string' },
      'max-reads-per-minute': { type: 'string' },
      'max-open-checkouts-per-client': { type: 'string' },
      'max-wrong-tokens': { type: 'string' },
      'public-url': { type: 'string' },
      'ssh-host': { type: 'string' },
      'ssh-port': { type: 'string' },
      'ssh-user': { type: 'string' },
      'ssh-remote-port': { type: 'string' },
      'ssh-key-file': { type: 'string' },
      'ssh-host-key': { type: 'string' },
      ngrok: { type: 'boolean', default: false },
      'ngrok-domain': { type: 'string' },
      public: { type: 'string' },
      // TURN for guests behind NAT (the secret comes from HOTSEAT_TURN_SECRET, never a flag: flags show in `ps`).
      'turn-url': { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.info(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a number from 0 to 65535, got "${values.port}"`);
  const limits = {
    checkoutsPerMinute: positiveInt('--max-checkouts-per-minute', values['max-checkouts-per-minute'], DEFAULT_LIMITS.checkoutsPerMinute),
    readsPerMinute: positiveInt('--max-reads-per-minute', values['max-reads-per-minute'], DEFAULT_LIMITS.readsPerMinute),
    openCheckoutsPerClient: positiveInt('--max-open-checkouts-per-client', values['max-open-checkouts-per-client'], DEFAULT_LIMITS.openCheckoutsPerClient),
    wrongTokens: { ...DEFAULT_LIMITS.wrongTokens, max: positiveInt('--max-wrong-tokens', values['max-wrong-tokens'], DEFAULT_LIMITS.wrongTokens.max) },
  };
  const dataDir = resolve(values.data);
  startedWith = { port, dataDir };
  mkdirSync(dataDir, { recursive: true });

  const publicFlags = readPublicFlags(values);
  const secrets = memorySecretStore({
    ...(process.env.STRIPE_SECRET_KEY ? { stripeSecretKey: process.env.STRIPE_SECRET_KEY } : {}),
    ...(process.env.STRIPE_WEBHOOK_SECRET ? { stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET } : {}),
    ...(process.env.NGROK_AUTHTOKEN ? { ngrokAuthtoken: process.env.NGROK_AUTHTOKEN } : {}),
    ...(publicFlags.sshPrivateKey ? { sshPrivateKey: publicFlags.sshPrivateKey } : {}),
    ...turnSecretFromEnv(process.env.HOTSEAT_TURN_SECRET),
  });
  const turnUrls = parseTurnUrls(values['turn-url'] ?? []);
  const here = dirname(fileURLToPath(import.meta.url));
  const stripeEndpoint = parseStripeApiBase(process.env.HOTSEAT_STRIPE_API_BASE);
  const studio = await startStudio({
    dataDir,
    port,
    ...(values.host ? { host: values.host } : {}),
    secrets,
    version: packageJson.version,
    // Left out: the terminal and rotated files in <data>/logs (Settings → Support saves them).
    pagesDir: join(here, '../../out/renderer'),
    ...(stripeEndpoint ? { stripeEndpoint } : {}),
    tuning: { limits },
    ...(publicFlags.access ? { publicAccess: publicFlags.access } : {}),
    ...(turnUrls.length > 0 ? { turnUrls } : {}),
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.info(`${signal}: closing the studio…`);
    studio.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('studio did not close cleanly', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // The line tests and scripts wait for; the URL carries the host token in its fragment.
  console.info(`studio ready ${studio.studioUrl}`);
}

type PublicFlagValues = Partial<Record<'public-url' | 'ssh-host' | 'ssh-port' | 'ssh-user' | 'ssh-remote-port' | 'ssh-key-file' | 'ssh-host-key' | 'ngrok-domain' | 'public', string>> & { ngrok?: boolean };

/** The going-public flags, checked with the same schema the Settings tab uses (clear errors, nothing half-applied). */
function readPublicFlags(values: PublicFlagValues): { access: StudioOptions['publicAccess'] | null; sshPrivateKey: string | null } {
  const keyText = values['ssh-key-file'] ? readFileSync(resolve(values['ssh-key-file']), 'utf8') : (process.env.HOTSEAT_SSH_KEY ?? null);
  if (keyText !== null && !sshIdentityOf(keyText)) throw new Error('--ssh-key-file / HOTSEAT_SSH_KEY is not a private key the studio can use (OpenSSH or PEM, without a passphrase)');
  if (values['ssh-host-key'] !== undefined && !isHostKeyFingerprint(values['ssh-host-key'])) throw new Error(`--ssh-host-key must be a fingerprint like SHA256:… (ssh-keygen -lf), got "${values['ssh-host-key']}"`);
  let network: Partial<NetworkSettings> | null = null;
  if (values.public !== undefined) {
    if (values.public !== 'off') throw new Error(`--public takes only "off", got "${values.public}"`);
    network = { publicMode: 'off' };
  } else if (values['ssh-host'] !== undefined) {
    const server = OwnServerSettings.safeParse({
      host: values['ssh-host'],
      sshPort: values['ssh-port'] === undefined ? 22 : Number(values['ssh-port']),
      username: values['ssh-user'],
      remotePort: Number(values['ssh-remote-port']),
      publicUrl: values['public-url'],
    });
    if (!server.success) throw new Error(`own server: ${describeZodError(server.error).message} (see --help)`);
    if (keyText === null) throw new Error('own server: give the studio a key with --ssh-key-file PATH or HOTSEAT_SSH_KEY');
    network = { publicMode: 'own_server', ownServer: server.data };
  } else if (values.ngrok) {
    const domain = NgrokSettings.safeParse({ domain: values['ngrok-domain'] ?? null });
    if (!domain.success) throw new Error(`--ngrok-domain ${describeZodError(domain.error).message}`);
    if (!process.env.NGROK_AUTHTOKEN) throw new Error('--ngrok needs NGROK_AUTHTOKEN in the environment (dashboard.ngrok.com → Your Authtoken)');
    network = { publicMode: 'ngrok', ngrok: domain.data };
  } else if (values['public-url'] !== undefined) {
    const url = NetworkSettings.shape.publicBaseUrl.safeParse(values['public-url']);
    if (!url.success) throw new Error(`--public-url ${describeZodError(url.error).message}`);
    network = { publicMode: 'own_url', publicBaseUrl: url.data };
  }
  const access = network ? { network, ...(values['ssh-host-key'] ? { trustedHostKey: values['ssh-host-key'] } : {}) } : null;
  return { access, sshPrivateKey: keyText };
}

function turnSecretFromEnv(value: string | undefined): { turnSharedSecret?: string } {
  if (!value) return {};
  const parsed = TurnSecret.safeParse(value);
  if (!parsed.success) throw new Error(`HOTSEAT_TURN_SECRET ${describeZodError(parsed.error).message}`);
  return { turnSharedSecret: parsed.data };
}

function parseTurnUrls(values: string[]): string[] {
  return values.map((value) => {
    const parsed = TurnUrl.safeParse(value);
    if (!parsed.success) throw new Error(`--turn-url ${describeZodError(parsed.error).message}, got "${value}"`);
    return parsed.data;
  });
}

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new Error(`${flag} must be a whole number from 1 to 1000000, got "${value}"`);
  return n;
}

function parseStripeApiBase(value: string | undefined): { host: string; port: number; protocol: 'http' | 'https' } | null {
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('HOTSEAT_STRIPE_API_BASE must be an http(s) URL');
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  return { host: url.hostname, port: Number(url.port || (protocol === 'https' ? 443 : 80)), protocol };
}

main().catch((error: unknown) => {
  console.error(`${STARTUP_ERROR_TITLE}: ${describeStartupError(error, { port: startedWith.port, dataDir: startedWith.dataDir, portSetting: '--port set to a free port (0 picks one)' })}`);
  process.exit(1);
});

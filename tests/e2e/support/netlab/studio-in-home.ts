import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LAB_USER, TUNNEL_PORT } from './cloud';
import type { Lab } from './lab';
import { startInNamespace, type NsProcess } from './ns-process';
import { ADDR, NS, PUBLIC_NAME } from './topology';

const ROOT = resolve(import.meta.dirname, '../../../..');
const PORT = 4870;

export interface HomeStudio {
  process: NsProcess;
  /** For the test's control line (the management link into home). */
  controlUrl: string;
  /** The studio page as the host opens it on the home computer. */
  studioUrl: string;
  hostToken: string;
  stop(): Promise<void>;
}

/**
 * The headless studio on the home computer, going public through its own SSH tunnel to the lab's
 * server, with the server's identity pinned and the lab CA trusted for its check from outside.
 */
export async function startStudioInHome(lab: Lab, extraArgs: readonly string[] = [], env: Record<string, string> = {}): Promise<HomeStudio> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hotseat-lab-studio-'));
  const process = startInNamespace(
    NS.home,
    'studio',
    'node',
    [
      '--import', 'tsx', 'src/main/serve.ts', '--port', String(PORT), '--host', '0.0.0.0', '--data', dataDir,
      '--ssh-host', PUBLIC_NAME, '--ssh-user', LAB_USER, '--ssh-remote-port', String(TUNNEL_PORT),
      '--public-url', `https://${PUBLIC_NAME}`, '--ssh-key-file', lab.studioKeyFile, '--ssh-host-key', lab.cloud.hostKeyFingerprint,
      ...extraArgs,
    ],
    { NODE_EXTRA_CA_CERTS: lab.ca.caCert, ...env },
    ROOT,
  );
  const ready = await process.waitForOutput(/studio ready (\S+)/, 60_000);
  const studioUrl = ready[1] ?? '';
  const hostToken = new URLSearchParams(new URL(studioUrl).hash.slice(1)).get('token') ?? '';
  return { process, controlUrl: `http://${ADDR.managementHome}:${PORT}`, studioUrl, hostToken, stop: async () => {
    await process.stop();
    rmSync(dataDir, { recursive: true, force: true });
  } };
}

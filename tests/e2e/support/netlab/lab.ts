import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { generateEd25519KeyPair } from '../../../../src/main/core/public/ssh-identity';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCloud, type Cloud } from './cloud';
import { buildLabNetwork, removeLabNetwork } from './network';
import { makeTestCa, type TestCa } from './test-ca';
import { PUBLIC_NAME, TURN_NAME } from './topology';

/** The whole lab: the network, the test CA, the studio's SSH key, the creator's server in the cloud. */
export interface Lab {
  dir: string;
  ca: TestCa;
  /** The studio's private key file (serve --ssh-key-file) and its public line (on the server). */
  studioKeyFile: string;
  cloud: Cloud;
  stop(): Promise<void>;
}

export async function startLab(): Promise<Lab> {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-lab-'));
  buildLabNetwork();
  let cloud: Cloud | null = null;
  try {
    const ca = makeTestCa(dir, [PUBLIC_NAME, TURN_NAME]);
    const key = generateEd25519KeyPair('hotseat-studio');
    const studioKeyFile = join(dir, 'studio_ed25519');
    writeFileSync(studioKeyFile, key.private, { mode: 0o600 });
    cloud = await startCloud(dir, ca, key.public.trim());
    const started = cloud;
    return {
      dir,
      ca,
      studioKeyFile,
      cloud: started,
      stop: async () => {
        await started.stop();
        removeLabNetwork();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cloud?.stop();
    removeLabNetwork();
    throw error;
  }
}

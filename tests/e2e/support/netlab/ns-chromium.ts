import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../browser';
import { trustInNss } from './test-ca';

/**
 * Debian's Chromium started inside a namespace (a small wrapper that `ip netns exec`s it, so
 * playwright's pipe still reaches it), with a HOME of its own whose NSS database trusts the lab
 * CA: the browser sees the public address's certificate as a viewer's browser sees a real one.
 */
export async function launchChromiumIn(ns: string, dir: string, caCert: string, extraArgs: readonly string[] = []): Promise<Browser> {
  const home = join(dir, `chromium-${ns}`);
  mkdirSync(home, { recursive: true });
  trustInNss(home, caCert);
  const wrapper = join(dir, `chromium-${ns}.sh`);
  writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${ns} ${CHROMIUM_PATH} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return chromium.launch({
    executablePath: wrapper,
    headless: true,
    env: { ...process.env, HOME: home },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

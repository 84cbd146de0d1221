import { randomBytes } from 'node:crypto';
import { tokensEqual } from '../auth/host-token';
import type { SettingsRepo } from '../store/settings-repo';

/**
 * The key OBS uses to open the program stream, program page and overlay. It must travel in a URL
 * (OBS's media and browser sources only take a URL), so it is scoped to those reads and to nothing
 * else: on the WebSocket it opens only the overlay's session (role `overlay`: the redacted alerts of
 * auth/overlay-view.ts and the one command `overlay.snapshot`), which moves no state. It survives
 * restarts so the inputs the studio put into OBS keep working; the logger redacts `key=` values.
 */
export const PROGRAM_KEY_PREFIX = 'hsp_';
const SETTING = 'programKey';

export interface ProgramAccess {
  key: string;
  allows(candidate: unknown): boolean;
}

export function loadOrCreateProgramAccess(settings: SettingsRepo): ProgramAccess {
  let key = settings.get(SETTING);
  if (!key?.startsWith(PROGRAM_KEY_PREFIX)) {
    key = PROGRAM_KEY_PREFIX + randomBytes(24).toString('base64url');
    settings.set(SETTING, key);
  }
  const fixed = key;
  return { key: fixed, allows: (candidate) => typeof candidate === 'string' && tokensEqual(candidate, fixed) };
}

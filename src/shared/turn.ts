import { z } from 'zod';
import { IceServer } from './guests';
import { ErrorReason } from './result';
import { hasControlCharacters } from './text';

/**
 * TURN for guests and moderators behind NAT: the creator's own TURN server (coturn with
 * `use-auth-secret`), addressed by `turn:`/`turns:` URLs. The shared secret stays in the core's
 * SecretStore; pages only ever get short-lived credentials minted from it (core/turn).
 */

const HOST = String.raw`(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)`;
const TURN_URL = new RegExp(`^turns?:${HOST}(:(\\d{1,5}))?(\\?transport=(udp|tcp))?$`);

export const TurnUrl = z
  .string()
  .trim()
  .max(260, 'field.tooLong')
  .regex(TURN_URL, 'field.turnUrl')
  .refine((url) => {
    const port = TURN_URL.exec(url)?.[3];
    return port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
  }, 'has a port outside 1–65535');
export type TurnUrl = z.infer<typeof TurnUrl>;

export const TurnSecret = z
  .string()
  .min(8, 'field.turnSecretShort')
  .max(256, 'field.tooLong')
  .refine((s) => !/\s/.test(s) && !hasControlCharacters(s), 'field.noSpaces');

/** What the studio sees of the TURN settings: never the secret, only whether one is set. */
export const TurnSettings = z.object({
  urls: z.array(TurnUrl).max(4, 'field.atMostAddresses'),
  secretSet: z.boolean(),
});
export type TurnSettings = z.infer<typeof TurnSettings>;

/** The studio's view: the settings and, when half of TURN is configured, what is missing. */
/** `problem` in English; `problemReason` (a catalog id and values) for each page to word it in its language. */
export const TurnState = TurnSettings.extend({ problem: z.string().nullable(), problemReason: ErrorReason.nullable().optional() });
export type TurnState = z.infer<typeof TurnState>;

export const TurnSettingsInput = z.object({
  urls: z.array(TurnUrl).max(4, 'field.atMostAddresses'),
  /** A new shared secret; `null` forgets the stored one; left out, the stored one stays. */
  secret: TurnSecret.nullable().optional(),
});
export type TurnSettingsInput = z.infer<typeof TurnSettingsInput>;

/** The ICE servers a page should use for its next peer connections, and until when they work. */
export const IceConfig = z.object({
  iceServers: z.array(IceServer),
  /** When the TURN credentials in `iceServers` expire (ISO time); null: nothing expires. */
  expiresAt: z.string().nullable(),
});
export type IceConfig = z.infer<typeof IceConfig>;

/** For the studio's "Test TURN": the TURN addresses alone, with freshly minted credentials. */
export const TurnTestPlan = z.object({
  iceServers: z.array(IceServer),
  urls: z.array(z.string()),
});
export type TurnTestPlan = z.infer<typeof TurnTestPlan>;

/** Used when the creator configured no ICE servers at all: public STUN finds a guest's public address. */
export const DEFAULT_STUN_URLS = ['stun:stun.l.google.com:19302', 'stun:stun.cloudflare.com:3478'];

/** Credentials live this long: longer than a show's usual length; pages fetch new ones at half-life. */
export const TURN_CREDENTIAL_TTL_SECONDS = 8 * 60 * 60;

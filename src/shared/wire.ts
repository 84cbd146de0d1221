import { z } from 'zod';
import { AppErrorShape, ErrorReason } from './result';
import { StudioEvent } from './events';

/**
 * The WebSocket framing shared by every client. The client authenticates by sending `hello` with its
 * token as the first message (never in the URL, so tokens stay out of logs and Referer headers).
 */
export const MAX_WS_MESSAGE_BYTES = 64 * 1024;

export const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), token: z.string().min(1).max(200) }),
  z.object({
    type: z.literal('command'),
    id: z.number().int().nonnegative(),
    name: z.string().max(64),
    input: z.unknown(),
  }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** Why the studio cuts a connection: its token was revoked, or the same seat opened elsewhere (a tab took over). */
export const CloseKind = z.enum(['revoked', 'replaced']);
export type CloseKind = z.infer<typeof CloseKind>;

export const ServerMessage = z.union([
  z.object({ type: z.literal('welcome'), role: z.enum(['host', 'moderator', 'guest', 'viewer', 'overlay']), subject: z.string() }),
  z.object({ type: z.literal('result'), id: z.number().int(), ok: z.literal(true), value: z.unknown() }),
  z.object({ type: z.literal('result'), id: z.number().int(), ok: z.literal(false), error: AppErrorShape }),
  z.object({ type: z.literal('event'), event: StudioEvent }),
  /** `reason` in English; `why` the same as a reason of the catalogs, which the page words in its language. */
  z.object({ type: z.literal('closing'), reason: z.string(), why: ErrorReason.optional(), kind: CloseKind.optional() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

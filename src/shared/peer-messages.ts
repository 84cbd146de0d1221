import { z } from 'zod';

/**
 * What a studio page (or a moderator's green room) says to a guest's page over their media
 * connection's data channel, beside the media itself. Peer to peer, so it never passes the core:
 * the guest page checks every message against this schema and ignores anything else.
 *
 * `sendSize`: the largest the receiving page draws the guest's picture, in device pixels (a program
 * tile, a green-room preview). The guest sends no more than it takes to cover it (issue 13: guests
 * send what is drawn), so neither side encodes, decodes or scales pixels nobody sees.
 */
export const PictureSize = z.object({
  width: z.number().int().min(16).max(7680),
  height: z.number().int().min(16).max(4320),
});
export type PictureSize = z.infer<typeof PictureSize>;

export const StudioToGuestMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('sendSize'), size: PictureSize })]);
export type StudioToGuestMessage = z.infer<typeof StudioToGuestMessage>;

/** A data channel message is at most a few dozen bytes; anything longer is not ours. */
export const MAX_PEER_MESSAGE_BYTES = 1024;

export function parseStudioToGuestMessage(data: unknown): StudioToGuestMessage | null {
  const text = typeof data === 'string' ? data : data instanceof Uint8Array ? new TextDecoder().decode(data) : null;
  if (text === null || text.length > MAX_PEER_MESSAGE_BYTES) return null;
  try {
    const parsed = StudioToGuestMessage.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

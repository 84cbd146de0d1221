/**
 * The MIME type (with codecs) Media Source Extensions need for a live WebM stream, read from the
 * stream's own header: the CodecIDs in Tracks (V_VP8, A_OPUS, …). The header is small and holds no
 * compressed media, so looking for the IDs' text before the first Cluster is exact enough.
 */
const CLUSTER_ID = [0x1f, 0x43, 0xb6, 0x75];
const CODECS: [string, string][] = [
  ['V_VP8', 'vp8'],
  ['V_VP9', 'vp9'],
  ['V_AV1', 'av01.0.08M.08'],
  ['V_MPEG4/ISO/AVC', 'avc1.42E01F'],
  ['A_OPUS', 'opus'],
  ['A_VORBIS', 'vorbis'],
];

/** The header's length (bytes before the first Cluster), or null while it is incomplete. */
export function webmHeaderLength(bytes: Uint8Array): number | null {
  outer: for (let at = 0; at + CLUSTER_ID.length <= bytes.length; at++) {
    for (let i = 0; i < CLUSTER_ID.length; i++) if (bytes[at + i] !== CLUSTER_ID[i]) continue outer;
    return at;
  }
  return null;
}

/** `video/webm; codecs="vp8,opus"` from a complete header; null when it names no codec we know. */
export function webmMimeType(header: Uint8Array): string | null {
  const text = String.fromCharCode(...header.subarray(0, 4096));
  const found = CODECS.filter(([id]) => text.includes(`${id}`)).map(([, codec]) => codec);
  if (!found.some((codec) => !['opus', 'vorbis'].includes(codec))) return null;
  return `video/webm; codecs="${found.join(',')}"`;
}

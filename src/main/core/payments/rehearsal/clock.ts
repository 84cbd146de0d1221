/** Business time for the rehearsal server: injectable so tests can move past expiry without waiting. */
export type NowMs = () => number;

export function toSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** The studio's port: HOTSEAT_PORT when set (0 picks a free one), otherwise the default. */
export const DEFAULT_STUDIO_PORT = 4870;

export function studioPortFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.HOTSEAT_PORT?.trim();
  if (raw === undefined || raw === '') return DEFAULT_STUDIO_PORT;
  const port = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new Error(`HOTSEAT_PORT must be a whole number from 0 to 65535 (0 picks a free port); it is "${raw}".`);
  }
  return port;
}

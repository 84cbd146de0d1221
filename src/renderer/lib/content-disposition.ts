/** The file name a server suggests for saving its answer (`Content-Disposition: attachment; filename="…"`). */
export function fileNameOf(disposition: string | null): string | null {
  const match = disposition ? /filename="([^"]+)"/.exec(disposition) : null;
  return match?.[1] ?? null;
}

import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { removeQuietly } from './archive-files';

/**
 * A clip appears under its name only when it is whole: it is written as `<name>.partial` and
 * renamed at the end (a rename within a folder is atomic). A crash mid-cut leaves only a
 * `.partial`, which `sweepPartialClips` deletes at start-up; the cut itself is then run again
 * from its plan (the archive's segments are still there), writing a fresh `.partial`.
 */
const PARTIAL = '.partial';

export const partialPathOf = (outPath: string): string => outPath + PARTIAL;

/** Runs `write` against the partial path and renames it into place; on failure nothing is left. */
export async function writeClipAtomically(outPath: string, write: (partialPath: string) => Promise<void>): Promise<{ bytes: number }> {
  const partial = partialPathOf(outPath);
  removeQuietly(partial);
  try {
    await write(partial);
    // On disk before the name says it is whole (a power cut after the rename keeps the bytes).
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const { size } = statSync(partial);
    renameSync(partial, outPath);
    return { bytes: size };
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
}

/** Deletes the `.partial` files a crash left in `dir`; returns their names. */
export function sweepPartialClips(dir: string): string[] {
  const leftovers = readdirSync(dir).filter((name) => name.endsWith(PARTIAL));
  for (const name of leftovers) removeQuietly(join(dir, name));
  return leftovers;
}

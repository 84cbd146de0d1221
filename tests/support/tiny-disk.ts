import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real, small filesystem (tmpfs with `size=`) to run the studio's data folder on, and a ballast
 * file that fills it to the last byte: "disk full" exactly as SQLite meets it (ENOSPC on the WAL
 * write → SQLITE_FULL). Mounting needs root (or CAP_SYS_ADMIN); elsewhere `mountTinyDisk` answers
 * why not and the caller skips.
 *
 * Why not SQLite's `PRAGMA max_page_count`: it only refuses writes that need a new page, and most
 * of the studio's writes (a status change, one audit row) fit in the slack of existing pages, so
 * whether a given command fails would depend on page layout, not on the fault.
 */
export interface TinyDisk {
  dir: string;
  /** Writes ballast until the filesystem refuses (ENOSPC); answers the bytes written. */
  fill(): number;
  /** Deletes the ballast: the disk has room again. */
  free(): void;
  unmount(): void;
}

export function mountTinyDisk(sizeMb: number): TinyDisk | { refused: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-tinydisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const message = error instanceof Error ? (error as Error & { stderr?: Buffer }).stderr?.toString().trim() || error.message : String(error);
    return { refused: `cannot mount a small tmpfs here (${message}); run as root or with CAP_SYS_ADMIN` };
  }
  const ballast = join(dir, 'ballast.bin');
  return {
    dir,
    fill() {
      const fd = openSync(ballast, 'a');
      let written = 0;
      try {
        for (const chunk of [1 << 20, 64 << 10, 4 << 10, 512, 1]) {
          const buffer = Buffer.alloc(chunk, 0xab);
          for (;;) {
            try {
              written += writeSync(fd, buffer);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
              throw error;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
      return written;
    },
    free() {
      rmSync(ballast, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

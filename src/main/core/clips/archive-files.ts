import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * Names and writes of the archive's segment files. Every name the archive makes matches
 * SEGMENT_FILE, and the sweep only ever deletes names that match it: a misconfigured folder (the
 * user's home) loses nothing that the archive did not write.
 */
const SEGMENT_FILE = /^rec[0-9a-f]{16}-\d{6}\.(webm|mkv)(\.partial)?$/;
const PARTIAL = '.partial';

export const newRecordingId = (): string => `rec${randomBytes(8).toString('hex')}`;

/** Matroska with H.264 is not WebM: its files are named for what they are. */
export function segmentFileName(recordingId: string, seq: number, mimeType: string): string {
  const extension = /^video\/webm\b/i.test(mimeType) ? 'webm' : 'mkv';
  return `${recordingId}-${String(seq).padStart(6, '0')}.${extension}`;
}

export const isArchiveFile = (name: string): boolean => SEGMENT_FILE.test(name);
export const isPartial = (name: string): boolean => name.endsWith(PARTIAL);

/** A segment being written: `<name>.partial` until it is complete, then renamed to `<name>`. */
export interface SegmentFile {
  readonly name: string;
  readonly bytes: number;
  write(bytes: Uint8Array): void;
  /** Flushes to disk and renames into place: after this the file is whole under its name. */
  finish(): void;
  /** Closes and deletes the partial file. */
  abandon(): void;
}

export function createSegmentFile(dir: string, name: string): SegmentFile {
  const partialPath = join(dir, name + PARTIAL);
  const fd = openSync(partialPath, 'wx');
  let bytes = 0;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    closeSync(fd);
  };
  return {
    name,
    get bytes() {
      return bytes;
    },
    write(chunk) {
      let done = 0;
      while (done < chunk.length) done += writeSync(fd, chunk, done, chunk.length - done);
      bytes += chunk.length;
    },
    finish() {
      // Data on disk before the name says the file is complete (a power cut after the rename
      // must not leave a whole-looking empty file).
      fsyncSync(fd);
      close();
      renameSync(partialPath, join(dir, name));
    },
    abandon() {
      close();
      removeQuietly(partialPath);
    },
  };
}

export function listArchiveFiles(dir: string): string[] {
  return readdirSync(dir).filter(isArchiveFile);
}

/** Deletes a file; one already gone is what was wanted. */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

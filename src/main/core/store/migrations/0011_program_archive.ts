import type { Migration } from './migration';

/**
 * The program archive (issue 16): the rolling local recording of the program that guests' clips
 * are cut from. One row per segment file, written once the file is complete (the file is renamed
 * into place first, so a crash leaves at worst a file without a row, which the archive's sweep
 * deletes). Wall times are ISO-8601 UTC like seat_air_intervals; media times are the recording's
 * own milliseconds, so a wall range maps to a media range inside one segment.
 */
export const programArchive: Migration = {
  version: 11,
  name: 'program_archive',
  up(db) {
    db.exec(`
      CREATE TABLE program_segments (
        id TEXT PRIMARY KEY,
        show_id TEXT NOT NULL REFERENCES shows (id),
        recording_id TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        file_name TEXT NOT NULL UNIQUE,
        mime_type TEXT NOT NULL,
        wall_start TEXT NOT NULL,
        wall_end TEXT NOT NULL,
        media_start_ms INTEGER NOT NULL,
        media_end_ms INTEGER NOT NULL CHECK (media_end_ms >= media_start_ms),
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        UNIQUE (recording_id, seq)
      );
      CREATE INDEX program_segments_by_show ON program_segments (show_id, wall_start);
    `);
  },
};

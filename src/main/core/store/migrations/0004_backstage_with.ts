import type { Migration } from './migration';

/**
 * Who brought a guest backstage: a moderator's display name (screening), or NULL for the host or
 * when the seat is not backstage. The guest page says whom they are talking to.
 */
export const backstageWith: Migration = {
  version: 4,
  name: 'backstage with',
  up(db) {
    db.exec(`ALTER TABLE seats ADD COLUMN backstage_with TEXT CHECK (backstage_with IS NULL OR length(backstage_with) BETWEEN 1 AND 120);`);
  },
};

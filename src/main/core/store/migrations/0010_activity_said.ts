import type { Migration } from './migration';

/**
 * An activity line's detail as reasons (issue 15), JSON of shared/activity-detail.ts, so the
 * studio words it in its language. Lines written before this have none and keep their English
 * `detail`, which every line still carries.
 */
export const activitySaid: Migration = {
  version: 10,
  name: 'activity_said',
  up(db) {
    db.exec('ALTER TABLE audit_log ADD COLUMN detail_said TEXT');
  },
};

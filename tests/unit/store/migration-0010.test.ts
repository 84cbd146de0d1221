import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepo } from '../../../src/main/core/store/audit-repo';
import { showLanguage } from '../../../src/main/core/store/migrations/0009_show_language';
import { activitySaid } from '../../../src/main/core/store/migrations/0010_activity_said';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

/** Activity lines as reasons; lines from before keep their English. */
let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  migrate(db, MIGRATIONS.filter((m) => m.version <= showLanguage.version));
});
afterEach(() => db.close());

describe('activity reasons migration', () => {
  it('keeps every line written before as its English, and stores a new line’s reasons', () => {
    db.prepare(`INSERT INTO audit_log (at, actor, action, purchase_id, detail) VALUES ('2026-11-01T18:00:00.000Z', 'Host', 'show.live', NULL, '‘Friday’ is live')`).run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= activitySaid.version));
    expect(schemaVersion(db)).toBe(activitySaid.version);
    const audit = createAuditRepo(db);
    expect(audit.recent(1)).toEqual([{ id: 1, at: '2026-11-01T18:00:00.000Z', actor: 'Host', action: 'show.live', purchaseId: null, detail: '‘Friday’ is live' }]);

    const said = { parts: [{ id: 'activity.said.showStatus', values: { title: 'Friday', status: 'ended' } }] };
    audit.append({ at: '2026-11-01T20:00:00.000Z', actor: 'Host', action: 'show.ended', purchaseId: null, said });
    expect(audit.recent(1)[0]).toMatchObject({ detail: '‘Friday’ has ended', said });
  });

  it('reads a line whose stored reasons no longer parse as its English alone', () => {
    migrate(db, MIGRATIONS.filter((m) => m.version <= activitySaid.version));
    db.prepare(`INSERT INTO audit_log (at, actor, action, purchase_id, detail, detail_said) VALUES ('now', 'Host', 'x', NULL, 'words', '{"parts":[]}')`).run();
    expect(createAuditRepo(db).recent(1)[0]).not.toHaveProperty('said');
  });
});

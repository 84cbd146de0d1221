import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/shared/i18n/messages';

/**
 * The studio's Guests and Program tabs: the English the e2e tests find elements by, byte for byte as
 * the components wrote it before the catalogs, and the French for the messages that carry plurals,
 * selects and numbers.
 */
describe('studio guest and program messages', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');
  const tag = (chunks: string[]) => chunks.join('');

  it('keep the seat card’s English', () => {
    expect(en('guests.seat.label', { name: 'Cy', stage: 'backstage' })).toBe('Cy, Backstage');
    expect(en('guests.seat.stageWith', { stage: 'backstage', name: 'Maya' })).toBe('Backstage with Maya');
    expect(en('guests.seat.time', { time: tag, left: '4:12', total: '5:00', paused: 'no' } as never)).toBe('4:12 left of 5:00');
    expect(en('guests.seat.time', { time: tag, left: '4:12', total: '5:00', paused: 'yes' } as never)).toBe('4:12 left of 5:00 · paused (no media)');
    expect(en('guests.seat.outcome', { outcome: 'served', paid: 'yes' })).toBe('Done — charged for their time on air');
    expect(en('guests.seat.outcome', { outcome: 'served', paid: 'no' })).toBe('Done');
    expect(en('guests.seat.outcome', { outcome: 'dropped', paid: 'no' })).toBe('Ended before going on air');
    expect(en('guests.seat.outcome', { outcome: 'no_show', paid: 'yes' })).toBe('No-show — not charged');
    expect(en('guests.seat.outcome', { outcome: 'cancelled', paid: 'yes' })).toBe('Cancelled — not charged');
    expect(en('guests.ended.summary', { count: 3 })).toBe('Ended seats (3)');
  });

  it('keep the selfies’ English', () => {
    expect(en('selfies.count', { count: 0, max: 3 })).toBe('No selfie yet');
    expect(en('selfies.count', { count: 1, max: 3 })).toBe('1 of 3 selfies');
    expect(en('selfies.count', { count: 2, max: 3 })).toBe('2 of 3 selfies');
    expect(en('selfies.thumb.meta', { number: 2, source: 'obs', width: 1920, height: 1080 })).toBe('#2 · from OBS · 1920×1080');
    expect(en('selfies.take.saved', { source: 'studio' })).toBe('Selfie saved from the studio program. It is on the buyer’s receipt.');
  });

  it('keep the program tab’s English', () => {
    expect(en('program.slots.tile', { name: 'Grace', number: 2, count: 2, onPicture: 'no' })).toBe('Grace, slot 2 of 2, not on the picture in this layout');
    expect(en('program.slots.tile', { name: 'Ada', number: 1, count: 2, onPicture: 'yes' })).toBe('Ada, slot 1 of 2');
    expect(en('program.slots.moved', { name: 'Ada', number: 1, count: 2 })).toBe('Ada moved to slot 1 of 2.');
    expect([0, 1, 2].map((count) => en('program.slots.hint', { count }))).toEqual([
      'No guests on air',
      'One guest on air',
      'Drag a guest onto another slot, or focus it and press Alt+← / Alt+→',
    ]);
    expect(en('program.share.sharing', { surface: 'screen', name: '' })).toBe('Sharing your screen');
    expect(en('program.share.sharing', { surface: 'named', name: 'Slides — Keynote' })).toBe('Sharing Slides — Keynote');
    expect(en('program.feed', { status: 'recording', readers: 1, reason: '' })).toBe('Program stream live · 1 reader');
    expect(en('program.feed', { status: 'recording', readers: 2, reason: '' })).toBe('Program stream live · 2 readers');
    expect(en('program.feed', { status: 'idle', readers: 0, reason: '' })).toBe('Program stream idle: it starts when OBS reads it');
    expect(en('program.preview.timing', { fps: 29.97, drawAvg: 3.04, drawP95: 7.96, late: 2 })).toBe('30.0 fps · draw 3.0 ms (p95 8.0) · 2 late');
    expect(en('program.obs.connection', { state: 'connected' })).toBe('OBS Connected');
    expect(en('program.obs.connection', { state: 'slow' })).toBe('OBS slow to answer');
    expect(en('program.obs.stat.ratio', { part: 3, share: 3 / 600 })).toBe('3 (0.5%)');
    expect(en('program.alerts.note', { text: 'Alerts: overlay only.', link: tag } as never)).toBe('Alerts: overlay only. Preview overlay');
  });

  it('speak French, with its spacing and number formats', () => {
    expect(fr('selfies.count', { count: 1, max: 3 })).toBe('1 selfie sur 3');
    expect(fr('selfies.count', { count: 2, max: 3 })).toBe('2 selfies sur 3');
    expect(fr('selfies.delete.title', { number: 2 })).toBe('Supprimer le selfie 2\u202f?');
    expect(fr('program.feed', { status: 'recording', readers: 2, reason: '' })).toBe('Flux du programme en direct · 2 lecteurs');
    expect(fr('program.preview.timing', { fps: 29.97, drawAvg: 3.04, drawP95: 7.96, late: 2 })).toBe('30,0\u00a0i/s · rendu 3,0\u00a0ms (p95 8,0) · 2 en retard');
    expect(fr('program.obs.stat.ratio', { part: 3, share: 3 / 600 })).toBe('3 (0,5\u00a0%)');
    expect(fr('program.slots.tile', { name: 'Grace', number: 2, count: 2, onPicture: 'no' })).toBe('Grace, emplacement 2 sur 2, hors de l’image dans cette disposition');
    expect(fr('guests.seat.stageWith', { stage: 'backstage', name: 'Maya' })).toBe('En coulisses avec Maya');
    expect(fr('program.layout.notSaved', { reason: 'x' })).toMatch(/\u00a0: x$/);
  });
});

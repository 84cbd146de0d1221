import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/shared/i18n/messages';

/** Settings, outbox and team messages that carry a rule, not only words: English exactly as the studio said it before. */
describe('studio settings and team messages', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');

  it('says when the tunnel tries again, and which attempt it is after the first', () => {
    expect(en('settings.network.status.retry', { seconds: 5, again: 'yes', attempt: 3 })).toBe('Trying again in 5 s (attempt 3).');
    expect(en('settings.network.status.retry', { seconds: 0, again: 'no', attempt: 1 })).toBe('Trying again now.');
    expect(fr('settings.network.status.retry', { seconds: 5, again: 'yes', attempt: 3 })).toBe('Nouvel essai dans 5 s (tentative 3).');
  });

  it('names the public address’s state and what it means', () => {
    expect(en('settings.network.status.label', { state: 'notPublic' })).toBe('Not public');
    expect(en('settings.network.status.summary', { state: 'notPublic' })).toBe('Links use this computer’s address until this is fixed.');
    expect(en('settings.network.status.summary', { state: 'off' })).toMatch(/^Links work on this computer only/);
    expect(en('settings.network.public.mode', { mode: 'own_server' })).toBe('My own server (SSH tunnel)');
  });

  it('counts TURN’s waiting seconds only once there are some', () => {
    expect(en('settings.turn.test.asking', { urls: 'turn:a', seconds: 0 })).toBe('Asking turn:a for a relay… ');
    expect(en('settings.turn.test.asking', { urls: 'turn:a', seconds: 3 })).toBe('Asking turn:a for a relay… 3 s');
    expect(en('settings.turn.test.worksBody', { protocol: 'none' })).toMatch(/shared secret\. Guests/);
    expect(en('settings.turn.test.worksBody', { protocol: 'UDP' })).toMatch(/shared secret \(over UDP\)\. Guests/);
  });

  it('words an email’s state and its retries', () => {
    expect(en('outbox.state.retrying', { attempt: 2 })).toBe('Sending (try 2)');
    expect(fr('outbox.state.retrying', { attempt: 2 })).toBe('Envoi en cours (2e tentative)');
    expect(en('outbox.kind', { kind: 'next' })).toBe("You're next");
    expect(en('outbox.state', { state: 'skipped' })).toBe('Not needed');
  });

  it('offers invite links for hours, days and a week', () => {
    expect(en('team.invite.expiry.tonight', { count: 4 })).toBe('4 hours (tonight’s show)');
    expect(en('team.invite.expiry.days', { count: 1 })).toBe('1 day');
    expect(en('team.invite.expiry.weeks', { count: 1 })).toBe('1 week');
    expect(fr('team.invite.expiry.days', { count: 3 })).toBe('3 jours');
  });

  it('shows a moderator’s open pages only when there is more than one', () => {
    expect(en('team.row.connected', { pages: 1 })).toBe('Connected');
    expect(en('team.row.connected', { pages: 2 })).toBe('Connected · 2 pages');
    expect(fr('team.row.connected', { pages: 2 })).toBe('En ligne · 2 pages');
  });
});

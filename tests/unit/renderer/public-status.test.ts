import { describe, expect, it } from 'vitest';
import { publicStatusView } from '../../../src/renderer/lib/public-status';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { OFF_PUBLIC_STATUS, type PublicAddressStatus } from '../../../src/shared/public-address';

const now = Date.parse('2026-12-05T20:00:00Z');
const status = (patch: Partial<PublicAddressStatus>): PublicAddressStatus => ({ ...OFF_PUBLIC_STATUS, mode: 'own_server', ...patch });
const en = createTranslator('en');
const fr = createTranslator('fr');
/** The card's words for a state, as Settings → Network shows them. */
const words = (s: PublicAddressStatus, t = en) => {
  const view = publicStatusView(s, now);
  return {
    tone: view.tone,
    label: t('settings.network.status.label', { state: view.label }),
    summary: t('settings.network.status.summary', { state: view.summary }),
    retry: view.retry ? t('settings.network.status.retry', view.retry) : null,
  };
};

describe('what the public address state means to the creator', () => {
  it('off: local links, said plainly', () => {
    expect(words(OFF_PUBLIC_STATUS)).toMatchObject({ tone: 'neutral', label: 'Off', retry: null });
  });

  it('public: good only once checked from outside', () => {
    expect(words(status({ state: 'public', url: 'https://a.example', reachable: null }))).toMatchObject({ tone: 'waiting', label: 'Checking…' });
    expect(words(status({ state: 'public', url: 'https://a.example', reachable: true }))).toMatchObject({ tone: 'good', label: 'Public' });
  });

  it('reconnecting after a drop: says whether links keep the address, and when the next try is, in either language', () => {
    const dropped = status({ state: 'connecting', attempt: 3, url: 'https://a.example', retryAt: new Date(now + 4_200).toISOString() });
    const text = words(dropped);
    expect(text).toMatchObject({ tone: 'waiting', label: 'Reconnecting…', retry: 'Trying again in 5 s (attempt 3).' });
    expect(text.summary).toMatch(/keep your public address/);
    expect(words(status({ state: 'connecting', attempt: 1, url: null })).summary).toMatch(/this computer’s address/);
    expect(words(dropped, fr).label).not.toBe(text.label);
    expect(words(dropped, fr).retry).toMatch(/5/);
  });

  it('failing: whether links are local, and no retry line when nothing will retry', () => {
    expect(words(status({ state: 'failing', url: null }))).toMatchObject({ tone: 'bad', label: 'Not public', retry: null });
    expect(words(status({ state: 'failing', url: 'https://a.example', reachable: false }))).toMatchObject({ label: 'Not reachable' });
  });
});

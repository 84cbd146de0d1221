import { describe, expect, it } from 'vitest';
import { describePublicStatus } from '../../../src/renderer/lib/public-status';
import { OFF_PUBLIC_STATUS, type PublicAddressStatus } from '../../../src/shared/public-address';

const now = Date.parse('2026-12-05T20:00:00Z');
const status = (patch: Partial<PublicAddressStatus>): PublicAddressStatus => ({ ...OFF_PUBLIC_STATUS, mode: 'own_server', ...patch });

describe('what the public address state means to the creator', () => {
  it('off: local links, said plainly', () => {
    expect(describePublicStatus(OFF_PUBLIC_STATUS, now)).toMatchObject({ tone: 'neutral', label: 'Off', retry: null });
  });

  it('public: good only once checked from outside', () => {
    expect(describePublicStatus(status({ state: 'public', url: 'https://a.example', reachable: null }), now)).toMatchObject({ tone: 'waiting', label: 'Checking…' });
    expect(describePublicStatus(status({ state: 'public', url: 'https://a.example', reachable: true }), now)).toMatchObject({ tone: 'good', label: 'Public' });
  });

  it('reconnecting after a drop: says whether links keep the address, and when the next try is', () => {
    const text = describePublicStatus(status({ state: 'connecting', attempt: 3, url: 'https://a.example', retryAt: new Date(now + 4_200).toISOString() }), now);
    expect(text).toMatchObject({ tone: 'waiting', label: 'Reconnecting…', retry: 'Trying again in 5 s (attempt 3).' });
    expect(text.summary).toMatch(/keep your public address/);
    expect(describePublicStatus(status({ state: 'connecting', attempt: 1, url: null }), now).summary).toMatch(/this computer’s address/);
  });

  it('failing: whether links are local, and no retry line when nothing will retry', () => {
    expect(describePublicStatus(status({ state: 'failing', url: null }), now)).toMatchObject({ tone: 'bad', label: 'Not public', retry: null });
    expect(describePublicStatus(status({ state: 'failing', url: 'https://a.example', reachable: false }), now)).toMatchObject({ label: 'Not reachable' });
  });
});

import { describe, expect, it } from 'vitest';
import { createSeatPresence } from '../../../src/main/core/guests/seat-presence';

describe('seat presence (in memory)', () => {
  it('knows who holds a seat in the green room and whether their media flows', () => {
    const presence = createSeatPresence();
    expect(presence.live('seat_a')).toEqual({ present: false, mediaOk: false, key: null });
    presence.set('seat_a', { connectionId: 'c1', mediaOk: false });
    presence.set('seat_a', { connectionId: 'c1', mediaOk: true });
    expect(presence.live('seat_a')).toEqual({ present: true, mediaOk: true, key: 'c1' });
    expect(presence.has('seat_b')).toBe(false);
    presence.delete('seat_a');
    expect(presence.has('seat_a')).toBe(false);
  });

  it('counts a called guest as seen when already in, or once they come in, and forgets that at the next call', () => {
    const presence = createSeatPresence();
    presence.called('seat_a');
    expect(presence.seenSinceCall('seat_a')).toBe(false);
    presence.seen('seat_a');
    expect(presence.seenSinceCall('seat_a')).toBe(true);
    // Called again while away: a new call needs a new arrival.
    presence.called('seat_a');
    expect(presence.seenSinceCall('seat_a')).toBe(false);
    // Called while in the green room: already there.
    presence.set('seat_a', { connectionId: 'c1', mediaOk: true });
    presence.called('seat_a');
    expect(presence.seenSinceCall('seat_a')).toBe(true);
  });

  it('lists every open connection of a seat as hub subjects, whether or not it entered', () => {
    const presence = createSeatPresence();
    presence.connectionOpened('seat_a', 'c1');
    presence.connectionOpened('seat_a', 'c2');
    presence.connectionOpened('seat_b', 'c3');
    expect(presence.connectionsOf('seat_a')).toEqual(['seat_a:c1', 'seat_a:c2']);
    presence.connectionClosed('seat_a', 'c1');
    presence.connectionClosed('seat_a', 'c9');
    expect(presence.connectionsOf('seat_a')).toEqual(['seat_a:c2']);
    presence.connectionClosed('seat_a', 'c2');
    expect(presence.connectionsOf('seat_a')).toEqual([]);
    expect(presence.connectionsOf('seat_b')).toEqual(['seat_b:c3']);
  });
});

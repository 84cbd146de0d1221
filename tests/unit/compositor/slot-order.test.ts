import { describe, expect, it } from 'vitest';
import { ProgramLayout } from '../../../src/shared/program';
import { layoutTiles } from '../../../src/renderer/compositor/layout-geometry';
import { arrangeGuests, moveGuestTo, sameOrder, slotForKey, visibleGuestSlots } from '../../../src/renderer/compositor/slot-order';

describe('guest slot order', () => {
  it("keeps the host's saved order for guests still on air, then newcomers in line order", () => {
    expect(arrangeGuests(['a', 'b', 'c'], [])).toEqual(['a', 'b', 'c']);
    expect(arrangeGuests(['a', 'b', 'c'], ['c', 'a'])).toEqual(['c', 'a', 'b']);
    // A saved guest who left the air is skipped; a duplicated id counts once.
    expect(arrangeGuests(['a', 'b'], ['gone', 'b', 'b', 'a'])).toEqual(['b', 'a']);
    expect(arrangeGuests([], ['a'])).toEqual([]);
  });

  it('moves a dropped guest to the slot it was dropped on, clamping and ignoring unknown ids', () => {
    expect(moveGuestTo(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveGuestTo(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(moveGuestTo(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(moveGuestTo(['a', 'b', 'c'], 'b', -5)).toEqual(['b', 'a', 'c']);
    expect(moveGuestTo(['a', 'b'], 'x', 0)).toEqual(['a', 'b']);
  });

  it('maps Alt+arrows, Home and End to a slot, and nothing else', () => {
    const order = ['a', 'b', 'c'];
    expect(slotForKey(order, 'b', 'ArrowLeft', true)).toBe(0);
    expect(slotForKey(order, 'b', 'ArrowUp', true)).toBe(0);
    expect(slotForKey(order, 'b', 'ArrowRight', true)).toBe(2);
    expect(slotForKey(order, 'b', 'ArrowDown', true)).toBe(2);
    expect(slotForKey(order, 'c', 'Home', true)).toBe(0);
    expect(slotForKey(order, 'a', 'End', true)).toBe(2);
    // Already at the edge, no Alt, another key, an unknown guest: no move.
    expect(slotForKey(order, 'a', 'ArrowLeft', true)).toBeNull();
    expect(slotForKey(order, 'c', 'End', true)).toBeNull();
    expect(slotForKey(order, 'b', 'ArrowLeft', false)).toBeNull();
    expect(slotForKey(order, 'b', 'Enter', true)).toBeNull();
    expect(slotForKey(order, 'x', 'ArrowLeft', true)).toBeNull();
  });

  it('compares orders exactly', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('guest slots per layout', () => {
  it('matches the tiles the layout geometry draws next to the host, with and without a shared screen', () => {
    const guests = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
    for (const layout of ProgramLayout.options) {
      for (const lead of [['host'], ['screen', 'host']]) {
        const drawn = layoutTiles(layout, [...lead, ...guests], { width: 1280, height: 720 }).filter((tile) => !lead.includes(tile.id));
        expect(drawn.map((tile) => tile.id), `${layout} after ${lead.join('+')}`).toEqual(guests.slice(0, visibleGuestSlots(layout, lead.length)));
      }
    }
    // A screen in side by side leaves no room for a guest; the spotlight column holds four beside host and screen.
    expect(visibleGuestSlots('side-by-side', 2)).toBe(0);
    expect(visibleGuestSlots('spotlight', 2)).toBe(4);
  });
});

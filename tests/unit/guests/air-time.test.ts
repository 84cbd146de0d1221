import { describe, expect, it } from 'vitest';
import { airClockRunning, airedMs, airTimeUpAt, isWrapUp, remainingMs, type AirInterval } from '../../../src/shared/air-time';

const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 10, 0, seconds)).toISOString();
const ms = (seconds: number) => Date.parse(at(seconds));
const closed = (from: number, to: number): AirInterval => ({ startedAt: at(from), endedAt: at(to) });
const open = (from: number): AirInterval => ({ startedAt: at(from), endedAt: null });

describe('on-air clock', () => {
  it('has aired nothing and owes everything before the first interval', () => {
    expect(airedMs([], ms(0))).toBe(0);
    expect(remainingMs(180, [], ms(0))).toBe(180_000);
    expect(airClockRunning([])).toBe(false);
    expect(airTimeUpAt(180, [], ms(0))).toBeNull();
  });

  it('counts an open interval up to now', () => {
    expect(airedMs([open(10)], ms(25))).toBe(15_000);
    expect(remainingMs(60, [open(10)], ms(25))).toBe(45_000);
    expect(airTimeUpAt(60, [open(10)], ms(25))).toBe(ms(70));
  });

  it('pauses between intervals (media dropped, backstage) and resumes where it was', () => {
    const intervals = [closed(0, 20), open(50)];
    expect(airedMs(intervals, ms(60))).toBe(30_000);
    // Time spent away (20 → 50) is not counted.
    expect(remainingMs(60, intervals, ms(60))).toBe(30_000);
    expect(airedMs([closed(0, 20), closed(50, 60)], ms(500))).toBe(30_000);
  });

  it('never goes below zero, and an extension adds to what is owed', () => {
    expect(remainingMs(60, [closed(0, 90)], ms(90))).toBe(0);
    expect(remainingMs(120, [closed(0, 90)], ms(90))).toBe(30_000);
  });

  it('ignores intervals that are empty, backwards or unreadable', () => {
    expect(airedMs([closed(10, 10), closed(30, 20), { startedAt: 'garbage', endedAt: null }], ms(40))).toBe(0);
    // An open interval "in the future" (clock skew) counts nothing rather than negative time.
    expect(airedMs([open(50)], ms(40))).toBe(0);
  });

  it('cues the wrap-up in the last 30 seconds (or last quarter of a short seat), not after time is up', () => {
    expect(isWrapUp(180, [open(0)], ms(149))).toBe(false);
    expect(isWrapUp(180, [open(0)], ms(151))).toBe(true);
    expect(isWrapUp(180, [open(0)], ms(180))).toBe(false);
    expect(isWrapUp(40, [open(0)], ms(29))).toBe(false);
    expect(isWrapUp(40, [open(0)], ms(31))).toBe(true);
  });
});

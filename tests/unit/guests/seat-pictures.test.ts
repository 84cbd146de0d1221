import { describe, expect, it } from 'vitest';
import { askPicture, MAX_ASKED_PICTURES, seatPictures, type PictureFacts } from '../../../src/main/core/guests/seat-pictures';
import type { SeatStage } from '../../../src/shared/guests';

/** Whose picture is live: with the host, the first N present in line, and asked ones; the rest paused. */
const seat = (id: string, stage: SeatStage = 'waiting', present = true, askedBy: string | null = null): PictureFacts => ({ id, stage, present, askedBy });
const liveIds = (pictures: Map<string, { live: boolean }>) => [...pictures].filter(([, p]) => p.live).map(([id]) => id);

describe('seat pictures', () => {
  it('keeps the first N present guests in line live and pauses the one after them', () => {
    const line = ['a', 'b', 'c', 'd'];
    const pictures = seatPictures(line.map((id) => seat(id)), line, 3);
    expect(liveIds(pictures)).toEqual(['a', 'b', 'c']);
    expect(pictures.get('c')).toEqual({ live: true, reason: 'front_of_line', placeInLine: 3, askedBy: null });
    expect(pictures.get('d')).toEqual({ live: false, reason: 'paused', placeInLine: 4, askedBy: null });
  });

  it('follows the line order it is given (hand-placed by moderators), not the seats’ order', () => {
    const seats = ['a', 'b', 'c'].map((id) => seat(id));
    const pictures = seatPictures(seats, ['c', 'a', 'b'], 2);
    expect(liveIds(pictures).sort()).toEqual(['a', 'c']);
    expect(pictures.get('b')).toMatchObject({ live: false, placeInLine: 3 });
  });

  it('counts only guests present: someone who has not joined holds no live picture but keeps their place', () => {
    const seats = [seat('a', 'waiting', false), seat('b'), seat('c'), seat('d')];
    const pictures = seatPictures(seats, ['a', 'b', 'c', 'd'], 2);
    expect(pictures.get('a')).toEqual({ live: false, reason: 'away', placeInLine: 1, askedBy: null });
    expect(liveIds(pictures)).toEqual(['b', 'c']);
    expect(pictures.get('d')).toMatchObject({ live: false, reason: 'paused', placeInLine: 4 });
  });

  it('is live for a guest somebody asked to see, however far back, without taking a front place', () => {
    const seats = [seat('a'), seat('b'), seat('c', 'waiting', true, 'Maya'), seat('d')];
    const pictures = seatPictures(seats, ['a', 'b', 'c', 'd'], 1);
    expect(pictures.get('c')).toEqual({ live: true, reason: 'asked', placeInLine: 3, askedBy: 'Maya' });
    expect(liveIds(pictures)).toEqual(['a', 'c']);
  });

  it('an ask for a guest already at the front changes nothing but is remembered', () => {
    const pictures = seatPictures([seat('a', 'waiting', true, 'Host')], ['a'], 6);
    expect(pictures.get('a')).toEqual({ live: true, reason: 'front_of_line', placeInLine: 1, askedBy: 'Host' });
  });

  it('an asked guest who is away stays away (nothing to show)', () => {
    const pictures = seatPictures([seat('a', 'waiting', false, 'Host')], ['a'], 0);
    expect(pictures.get('a')).toMatchObject({ live: false, reason: 'away' });
  });

  it('always shows guests backstage or on air, and they take no place at the front', () => {
    const seats = [seat('on', 'live'), seat('back', 'backstage'), seat('a'), seat('b')];
    const pictures = seatPictures(seats, ['a', 'b'], 1);
    expect(pictures.get('on')).toEqual({ live: true, reason: 'with_host', placeInLine: null, askedBy: null });
    expect(pictures.get('back')).toMatchObject({ live: true, reason: 'with_host' });
    expect(liveIds(pictures)).toEqual(['a', 'on', 'back']);
    expect(pictures.get('b')).toMatchObject({ live: false, reason: 'paused', placeInLine: 2 });
  });

  it('called guests are in line like the others (first, by the line order)', () => {
    const pictures = seatPictures([seat('called', 'called'), seat('a')], ['called', 'a'], 1);
    expect(pictures.get('called')).toMatchObject({ live: true, reason: 'front_of_line', placeInLine: 1 });
    expect(pictures.get('a')).toMatchObject({ live: false, reason: 'paused' });
  });

  it('never shows an ended seat', () => {
    const pictures = seatPictures([seat('x', 'ended', true, 'Host')], [], 6);
    expect(pictures.get('x')).toEqual({ live: false, reason: 'ended', placeInLine: null, askedBy: null });
  });

  it('a waiting seat missing from the line is never live by accident', () => {
    const pictures = seatPictures([seat('lost')], [], 6);
    expect(pictures.get('lost')).toMatchObject({ live: false, placeInLine: null });
  });

  it('moving up the line turns a paused picture live', () => {
    const seats = ['a', 'b', 'c'].map((id) => seat(id));
    expect(seatPictures(seats, ['a', 'b', 'c'], 2).get('c')?.live).toBe(false);
    const afterFirstLeft = [seat('a', 'backstage'), seat('b'), seat('c')];
    expect(seatPictures(afterFirstLeft, ['b', 'c'], 2).get('c')).toMatchObject({ live: true, placeInLine: 2 });
  });
});

describe('asking to see a picture', () => {
  const waiting = { stage: 'waiting' as const, guestName: 'Gia', askedBy: null };
  it('allows an ask and its withdrawal for a guest in line', () => {
    expect(askPicture(waiting, true, 0)).toEqual({ ok: true });
    expect(askPicture(waiting, false, 0)).toEqual({ ok: true });
  });

  it('refuses an ask over the limit, but not a repeat of a standing ask or a withdrawal', () => {
    expect(askPicture(waiting, true, MAX_ASKED_PICTURES)).toMatchObject({ ok: false, error: { message: `Up to ${MAX_ASKED_PICTURES} extra pictures can be shown at once: pause one first`, reason: { id: 'error.seat.tooManyPictures', values: { limit: MAX_ASKED_PICTURES } } } });
    expect(askPicture({ ...waiting, askedBy: 'Maya' }, true, MAX_ASKED_PICTURES)).toEqual({ ok: true });
    expect(askPicture(waiting, false, MAX_ASKED_PICTURES)).toEqual({ ok: true });
  });

  it('says why for a guest with the host or a seat that is over', () => {
    expect(askPicture({ ...waiting, stage: 'live' }, true, 0)).toMatchObject({ ok: false, error: { message: 'Gia is with the host: their picture is always live', reason: { id: 'error.seat.withHost' } } });
    expect(askPicture({ ...waiting, stage: 'backstage' }, true, 0)).toMatchObject({ ok: false });
    expect(askPicture({ ...waiting, stage: 'ended' }, true, 0)).toMatchObject({ ok: false, error: { message: 'Gia’s seat is over', reason: { id: 'error.seat.over' } } });
    expect(askPicture({ ...waiting, stage: 'ended' }, false, 0)).toMatchObject({ ok: false, error: { message: 'Gia’s seat is over', reason: { id: 'error.seat.over' } } });
  });
});

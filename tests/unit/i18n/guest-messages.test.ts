import { describe, expect, it } from 'vitest';
import { describeMediaError, mediaProblemMessages } from '../../../src/renderer/lib/media-errors';
import { createTranslator } from '../../../src/shared/i18n/messages';

/**
 * The guest page's English is what guests read before translation and what the e2e tests assert;
 * the messages that carry ordinals, plurals and selects are pinned here in both languages.
 */
describe('guest messages', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');
  const bold = { strong: (chunks: string[]) => chunks.join('') };
  const place = (values: Record<string, string | number>) => en('guest.status.waiting.place', { ...bold, ...values } as never);

  it('keep the place in line and the wait the page always showed', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => place({ place: n, estimate: 'unknown', minutes: 0 }))).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th'].map((p) => `${p} in line`),
    );
    expect(place({ place: 2, estimate: 'known', minutes: 0 })).toBe('2nd in line · about less than a minute to go');
    expect(place({ place: 2, estimate: 'known', minutes: 1 })).toBe('2nd in line · about 1 minute to go');
    expect(place({ place: 3, estimate: 'known', minutes: 7 })).toBe('3rd in line · about 7 minutes to go');
  });

  it('keep the English of the captions, titles and the countdown label', () => {
    expect(en('guest.room.youCaption', { onAir: 'no', onlyYou: 'no' })).toBe('You');
    expect(en('guest.room.youCaption', { onAir: 'yes', onlyYou: 'yes' })).toBe('You · on air · only you see this for now');
    expect(en('guest.thanks.title', { outcome: 'served' })).toBe('Thank you for joining the show!');
    expect(en('guest.thanks.title', { outcome: 'no_show' })).toBe('You missed your turn');
    expect(en('guest.thanks.title', { outcome: 'dropped' })).toBe('Your seat has ended');
    expect(en('guest.status.live.timeLeft', { time: '4:59' })).toBe('4:59 left');
    expect(en('guest.check.nameTooLong', { max: 40 })).toBe('At most 40 characters');
  });

  it('speak French, with feminine ordinals for the position and its spacing before high punctuation', () => {
    const frPlace = (n: number, minutes: number) => fr('guest.status.waiting.place', { ...bold, place: n, estimate: 'known', minutes } as never);
    expect(frPlace(1, 0)).toBe('1re position dans la file · moins d’une minute d’attente');
    expect(frPlace(2, 1)).toBe('2e position dans la file · environ 1 minute d’attente');
    expect(frPlace(3, 12)).toBe('3e position dans la file · environ 12 minutes d’attente');
    expect(fr('guest.thanks.title', { outcome: 'served' })).toBe('Merci d’avoir participé à l’émission\u202f!');
    expect(fr('guest.selfie.smile')).toMatch(/\u202f!$/);
    expect(fr('guest.room.reconnecting.body')).toMatch(/\u00a0:/);
  });
});

describe('camera and microphone problems', () => {
  const en = createTranslator('en');
  const say = (error: unknown) => {
    const words = mediaProblemMessages(describeMediaError(error));
    return { title: en(words.title), help: en(words.help, words.values) };
  };

  it('are named from the browser error', () => {
    expect(describeMediaError(new DOMException('no', 'NotAllowedError')).kind).toBe('denied');
    expect(describeMediaError(new DOMException('none', 'NotFoundError')).kind).toBe('no-device');
    expect(describeMediaError(new DOMException('busy', 'NotReadableError')).kind).toBe('busy');
    expect(describeMediaError(new TypeError('no mediaDevices')).kind).toBe('insecure');
    expect(describeMediaError('weird')).toEqual({ kind: 'other', detail: 'weird' });
  });

  it('read as they always did in English', () => {
    expect(say(new DOMException('no', 'NotAllowedError')).title).toBe('Camera and microphone are blocked');
    expect(say(new DOMException('busy', 'NotReadableError')).help).toBe('Another app (a video call, OBS, another tab) is using it. Close that app or tab, then try again.');
    expect(say(new DOMException('odd', 'InvalidStateError'))).toEqual({
      title: 'Could not start your camera and microphone',
      help: 'Try again, or try another browser. (InvalidStateError)',
    });
  });
});

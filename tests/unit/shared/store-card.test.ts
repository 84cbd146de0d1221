import { describe, expect, it } from 'vitest';
import { ProgramSettings, storeCardOf } from '../../../src/shared/program';

describe('the store card on stream', () => {
  it('exists only when wanted and the store has a public address', () => {
    expect(storeCardOf(false, 'https://show.example.com/s/night')).toBeNull();
    expect(storeCardOf(true, null)).toBeNull();
    expect(storeCardOf(true, 'https://show.example.com/s/night')).toEqual({ url: 'https://show.example.com/s/night', label: 'show.example.com/s/night' });
  });

  it('labels the address without its scheme or a trailing slash, for typing', () => {
    expect(storeCardOf(true, 'https://abc.ngrok.app/store/')?.label).toBe('abc.ngrok.app/store');
    expect(storeCardOf(true, 'http://shop.example.com/s/a%20b')?.label).toBe('shop.example.com/s/a%20b');
  });

  it('is off in settings saved before it existed', () => {
    expect(ProgramSettings.parse({ resolution: '720p', fps: 30, showCountdown: true, wordFilter: [] }).storeQr).toBe(false);
  });
});

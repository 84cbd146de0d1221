import { describe, expect, it } from 'vitest';
import { audioStateAction, recordWithAudio, stillSilent } from '../../../src/renderer/compositor/program-audio-plan';

describe('program audio plan', () => {
  it('records the mix from the start once its context runs, and the picture alone before', () => {
    expect(recordWithAudio(true, 'running')).toBe(true);
    expect(recordWithAudio(true, 'suspended')).toBe(false);
    expect(recordWithAudio(true, 'closed')).toBe(false);
    expect(recordWithAudio(false, 'running')).toBe(false);
    expect(recordWithAudio(true, undefined)).toBe(false);
  });

  it('restarts once a picture-only recording can have sound, and never when nothing records', () => {
    expect(audioStateAction({ active: true, hasAudio: false }, 'running')).toBe('restart');
    expect(audioStateAction({ active: true, hasAudio: false }, 'suspended')).toBe('keep');
    expect(audioStateAction({ active: false, hasAudio: false }, 'running')).toBe('keep');
    expect(audioStateAction({ active: false, hasAudio: true }, 'suspended')).toBe('keep');
  });

  it('keeps a recording with sound while its context runs, and tries to get the sound back when it stops', () => {
    expect(audioStateAction({ active: true, hasAudio: true }, 'running')).toBe('keep');
    for (const state of ['suspended', 'interrupted', 'closed'] as const) {
      expect(audioStateAction({ active: true, hasAudio: true }, state)).toBe('recover');
    }
  });

  it('after the recovery wait, records the picture alone only if the sound is still stopped', () => {
    expect(stillSilent({ active: true, hasAudio: true }, 'suspended')).toBe(true);
    expect(stillSilent({ active: true, hasAudio: true }, 'running')).toBe(false);
    // Stopped meanwhile, or already restarted without the track: nothing more to do.
    expect(stillSilent({ active: false, hasAudio: true }, 'suspended')).toBe(false);
    expect(stillSilent({ active: true, hasAudio: false }, 'suspended')).toBe(false);
  });
});

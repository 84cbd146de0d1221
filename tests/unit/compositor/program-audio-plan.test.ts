import { describe, expect, it } from 'vitest';
import { recordWithAudio, restartForAudio } from '../../../src/renderer/compositor/program-audio-plan';

describe('program audio plan', () => {
  it('records the mix from the start once its context runs, and the picture alone before', () => {
    expect(recordWithAudio(true, 'running')).toBe(true);
    expect(recordWithAudio(true, 'suspended')).toBe(false);
    expect(recordWithAudio(true, 'closed')).toBe(false);
    expect(recordWithAudio(false, 'running')).toBe(false);
    expect(recordWithAudio(true, undefined)).toBe(false);
  });

  it('never restarts a recording that already has audio, whatever the context does', () => {
    for (const state of ['running', 'suspended', 'closed', 'interrupted'] as const) {
      expect(restartForAudio({ active: true, hasAudio: true }, state)).toBe(false);
    }
  });

  it('restarts once a picture-only recording can have sound, and never when nothing records', () => {
    expect(restartForAudio({ active: true, hasAudio: false }, 'running')).toBe(true);
    expect(restartForAudio({ active: true, hasAudio: false }, 'suspended')).toBe(false);
    expect(restartForAudio({ active: false, hasAudio: false }, 'running')).toBe(false);
  });
});

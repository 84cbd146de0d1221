import { describe, expect, it } from 'vitest';
import { describeStartupError } from '../../../src/main/core/startup-error';
import { DEFAULT_STUDIO_PORT, studioPortFromEnv } from '../../../src/main/shell/studio-port';

const context = { port: 4870, dataDir: '/home/host/.config/Hotseat' };

function failure(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeStartupError', () => {
  it('names the remedy for each known failure', () => {
    expect(describeStartupError(failure('EACCES', 'listen EACCES: permission denied 0.0.0.0:80'), { ...context, port: 80 })).toMatch(/^Hotseat is not allowed to use port 80\./);
    expect(describeStartupError(failure('EPERM', "EPERM: operation not permitted, mkdir '/x'"), context)).toMatch(/not allowed to use \/home\/host\/\.config\/Hotseat/);
    expect(describeStartupError(failure('ENOSPC', 'no space left on device'), context)).toMatch(/disk holding \/home\/host\/\.config\/Hotseat is full/);
    expect(describeStartupError(failure('SQLITE_LOCKED_SHAREDCACHE', 'database table is locked'), context)).toMatch(/database .* is locked by another program/);
    expect(describeStartupError(failure('EADDRNOTAVAIL', 'listen EADDRNOTAVAIL 10.9.9.9:4870'), context)).toMatch(/bind address is not available/);
  });

  it('tells each way of starting how to pick another port', () => {
    const taken = failure('EADDRINUSE', 'listen EADDRINUSE: address already in use 127.0.0.1:4870');
    expect(describeStartupError(taken, context)).toMatch(/start Hotseat with HOTSEAT_PORT set to a free port\.$/);
    expect(describeStartupError(taken, { ...context, portSetting: '--port set to a free port (0 picks one)' })).toMatch(/with --port set to a free port \(0 picks one\)\.$/);
  });

  it('falls back to the redacted message for anything else', () => {
    expect(describeStartupError(new Error('migration 7 failed: token=hsh_abcdefabcdefabcdef12'), context)).toBe('migration 7 failed: token=[redacted]');
    expect(describeStartupError('plain string', context)).toBe('plain string');
  });
});

describe('studioPortFromEnv', () => {
  it('reads HOTSEAT_PORT, defaulting when unset or blank', () => {
    expect(studioPortFromEnv({})).toBe(DEFAULT_STUDIO_PORT);
    expect(studioPortFromEnv({ HOTSEAT_PORT: ' ' })).toBe(DEFAULT_STUDIO_PORT);
    expect(studioPortFromEnv({ HOTSEAT_PORT: '0' })).toBe(0);
    expect(studioPortFromEnv({ HOTSEAT_PORT: '65535' })).toBe(65535);
  });

  it('refuses anything that is not a port', () => {
    for (const bad of ['-1', '65536', '48.7', '1e3', 'abc', '0x10']) {
      expect(() => studioPortFromEnv({ HOTSEAT_PORT: bad }), bad).toThrow(`it is "${bad}"`);
    }
  });
});

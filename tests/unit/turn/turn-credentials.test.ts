import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mintTurnCredential } from '../../../src/main/core/turn/turn-credentials';
import { createIceConfig, stunBeside } from '../../../src/main/core/turn/ice-config';
import { DEFAULT_STUN_URLS, TurnSettingsInput, TurnUrl } from '../../../src/shared/turn';
import { describeZodError } from '../../../src/shared/result';

const SECRET = 'north-wind-secret';
const NOW = 1_700_000_000_000;

describe('TURN credentials (coturn REST scheme)', () => {
  it('mints username <unix expiry>:<subject> and base64(HMAC-SHA1(secret, username))', () => {
    const minted = mintTurnCredential(SECRET, 'guest-s1', NOW, 8 * 3600);
    expect(minted.username).toBe('1700028800:guest-s1');
    // Reference value computed independently (Python hmac/hashlib) for this secret and username.
    expect(minted.credential).toBe('sXaayHcd/O0igneK7qW1T1KQrPY=');
    expect(minted.credential).toBe(createHmac('sha1', SECRET).update(minted.username).digest('base64'));
    expect(minted.expiresAtMs).toBe(1_700_028_800_000);
  });

  it('expires TTL seconds from now, whole seconds, and changes with time and secret', () => {
    const a = mintTurnCredential(SECRET, 'studio', NOW + 999, 60);
    expect(a.username.split(':')[0]).toBe(String(1_700_000_060));
    expect(mintTurnCredential(SECRET, 'studio', NOW + 5_000, 60).credential).not.toBe(a.credential);
    expect(mintTurnCredential('another-secret', 'studio', NOW + 999, 60).credential).not.toBe(a.credential);
  });

  it('keeps the subject free of colons and odd characters (the expiry is what comes before the colon)', () => {
    expect(mintTurnCredential(SECRET, 'moderator-a:b c/é', NOW, 60).username).toBe('1700000060:moderator-a-b-c--');
    expect(mintTurnCredential(SECRET, '', NOW, 60).username).toBe('1700000060:page');
  });
});

describe('ICE servers a page gets', () => {
  const sources = (urls: string[], secret: string | null, manual: { urls: string[] }[] = []) =>
    createIceConfig({ turnUrls: () => urls, turnSecret: () => secret, manualServers: () => manual, clock: () => new Date(NOW), ttlSeconds: 3600 });

  it('uses public STUN when the creator configured nothing', () => {
    expect(sources([], null).forPage('guest-1')).toEqual({ iceServers: [{ urls: DEFAULT_STUN_URLS }], expiresAt: null });
  });

  it('gives TURN with credentials minted for that page, STUN on the same server, then the manual list', () => {
    const config = sources(['turn:turn.example.com:3478?transport=udp', 'turns:turn.example.com:5349'], SECRET, [{ urls: ['stun:stun.example.org'] }]).forPage('guest-s9');
    expect(config.expiresAt).toBe(new Date(NOW + 3_600_000).toISOString());
    expect(config.iceServers).toEqual([
      { urls: ['stun:turn.example.com:3478'] },
      {
        urls: ['turn:turn.example.com:3478?transport=udp', 'turns:turn.example.com:5349'],
        username: '1700003600:guest-s9',
        credential: createHmac('sha1', SECRET).update('1700003600:guest-s9').digest('base64'),
      },
      { urls: ['stun:stun.example.org'] },
    ]);
    expect(JSON.stringify(config)).not.toContain(SECRET);
  });

  it('uses the manual list alone when set, without public STUN', () => {
    expect(sources([], null, [{ urls: ['stun:10.0.0.1:3478'] }]).forPage('x').iceServers).toEqual([{ urls: ['stun:10.0.0.1:3478'] }]);
  });

  it('does not use half a TURN setup and says what is missing', () => {
    const noSecret = sources(['turn:turn.example.com'], null);
    expect(noSecret.forPage('x').iceServers).toEqual([{ urls: DEFAULT_STUN_URLS }]);
    expect(noSecret.problem()?.message).toMatch(/no shared secret/);
    expect(noSecret.testPlan()).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/no shared secret/) as unknown } });
    expect(sources([], SECRET).problem()?.message).toMatch(/no TURN address/);
    expect(sources([], null).testPlan()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/No TURN server is set up/) as unknown } });
  });

  it('tests TURN with the TURN addresses alone', () => {
    const plan = sources(['turn:127.0.0.1:3478'], SECRET).testPlan();
    expect(plan.ok && plan.value.urls).toEqual(['turn:127.0.0.1:3478']);
    expect(plan.ok && plan.value.iceServers).toHaveLength(1);
    expect(plan.ok && plan.value.iceServers[0]?.username).toMatch(/^1700003600:studio-test$/);
  });

  it('puts STUN beside TURN: the same host and port, or 3478 for TLS-only turns:', () => {
    expect(stunBeside(['turns:turn.example.com:5349', 'turn:[2001:db8::1]:3479?transport=tcp'])).toEqual(['stun:turn.example.com:3478', 'stun:[2001:db8::1]:3479']);
  });
});

describe('TURN settings validation', () => {
  it.each([
    ['turn:turn.example.com:3478?transport=udp', true],
    ['turns:turn.example.com:5349', true],
    ['turn:127.0.0.1', true],
    ['turn:[2001:db8::1]:3478', true],
    ['stun:turn.example.com', false],
    ['turn:', false],
    ['turn:host:99999', false],
    ['turn:host:3478?transport=sctp', false],
    ['turn:user@host', false],
    ['turn:host name', false],
    ['https://turn.example.com', false],
  ])('%s → %s', (url, valid) => {
    expect(TurnUrl.safeParse(url).success).toBe(valid);
  });

  it('refuses a short or spaced secret and more than 4 addresses, with the field named', () => {
    const short = TurnSettingsInput.safeParse({ urls: [], secret: 'abc' });
    expect(!short.success && describeZodError(short.error).details.secret).toMatch(/at least 8 characters/);
    expect(TurnSettingsInput.safeParse({ urls: [], secret: 'has a space' }).success).toBe(false);
    expect(TurnSettingsInput.safeParse({ urls: Array(5).fill('turn:a.example'), secret: null }).success).toBe(false);
    expect(TurnSettingsInput.safeParse({ urls: ['turn:a.example'] }).success).toBe(true);
  });
});

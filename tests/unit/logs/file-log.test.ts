import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateEd25519KeyPair } from '../../../src/main/core/public/ssh-identity';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startStudio } from '../../../src/main/core/compose';
import { openFileLog } from '../../../src/main/core/logs/file-log';
import { supportBundle } from '../../../src/main/core/logs/support-bundle';
import { memorySecretStore } from '../../../src/main/core/secrets';
import type { Studio } from '../../../src/main/core/studio';
import { fakePagesDir } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

const FACTS = { version: '9.9.9', platform: 'linux x64', node: 'v20', now: new Date('2026-12-07T01:02:03Z') };
const dir = () => mkdtempSync(join(tmpdir(), 'hotseat-logs-'));

const SECRETS = {
  stripeKey: 'sk_live_51Habcdefghijklmnopqrstuvwxyz0123',
  webhookSecret: 'whsec_abcdefghijklmnopqrstuvwxyz012345',
  hostToken: 'hsh_0123456789abcdefghijklmnopqrstuv',
  password: 'obs-password-that-must-go',
  ngrok: '2abcdefghijklmnopqrstuvwxyz_1234567890abcdefghij',
  sshKey: generateEd25519KeyPair().private,
};

let studio: Studio | null = null;
afterEach(async () => {
  await studio?.close();
  studio = null;
});

describe('log files', () => {
  it('writes JSON lines with level, time and fields, and no secret reaches the file', async () => {
    const logsDir = dir();
    const log = openFileLog(logsDir);
    log.info('studio started', { url: `http://127.0.0.1:4870/studio#token=${SECRETS.hostToken}` });
    log.warn('stripe refused', { error: new Error(`Invalid API Key provided: ${SECRETS.stripeKey}`) });
    log.error('obs login failed', { password: SECRETS.password, attempt: 2 });
    log.info('webhook', { detail: `secret ${SECRETS.webhookSecret}`, authtoken: SECRETS.ngrok });
    log.warn('ssh key could not be parsed', { key: SECRETS.sshKey });
    await log.close();

    const text = readFileSync(join(logsDir, 'hotseat.log'), 'utf8');
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret.trim().split('\n')[1] ?? secret);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['info', 'studio started'],
      ['warn', 'stripe refused'],
      ['error', 'obs login failed'],
      ['info', 'webhook'],
      ['warn', 'ssh key could not be parsed'],
    ]);
    expect(lines[0]).toMatchObject({ app: 'hotseat', url: 'http://127.0.0.1:4870/studio#token=[redacted]' });
    expect(typeof lines[0]?.time).toBe('string');
    expect(lines[1]?.error).toMatchObject({ type: 'Error', message: 'Invalid API Key provided: [redacted]' });
    expect(lines[2]).toMatchObject({ password: '[redacted]', attempt: 2 });
  });

  it('rotates by size, keeping a bounded number of files', async () => {
    const logsDir = dir();
    const log = openFileLog(logsDir, { size: '1K', kept: 2 });
    for (let i = 0; i < 200; i += 1) log.info('a line of the show', { i, padding: 'x'.repeat(40) });
    await log.close();
    await waitFor('rotated files', () => readdirSync(logsDir).includes('hotseat.log.1'));
    expect(readdirSync(logsDir).filter((name) => name.startsWith('hotseat.log')).sort()).toEqual(['hotseat.log', 'hotseat.log.1', 'hotseat.log.2']);
  });
});

describe('logs for support', () => {
  it('bundles the files oldest first, redacts again what an older version may have written, and keeps the newest when too long', () => {
    const logsDir = dir();
    writeFileSync(join(logsDir, 'hotseat.log.2'), '{"msg":"oldest"}\n');
    writeFileSync(join(logsDir, 'hotseat.log.1'), `{"msg":"older","password":"${SECRETS.password}"}\n`);
    writeFileSync(join(logsDir, 'hotseat.log'), `{"msg":"newest ${SECRETS.stripeKey}"}\n`);
    writeFileSync(join(logsDir, 'notes.txt'), 'not a log');
    const bundle = supportBundle(logsDir, FACTS);
    expect(bundle.fileName).toBe('hotseat-logs-202612070102.txt');
    const body = bundle.text.split('\n').filter((line) => !line.startsWith('#') && line !== '');
    expect(body).toEqual(['{"msg":"oldest"}', '{"msg":"older","password":"[redacted]"}', '{"msg":"newest [redacted]"}']);
    expect(bundle.text).toContain('# Hotseat 9.9.9 on linux x64, Node v20');
    expect(bundle.text).not.toContain('not a log');

    const short = supportBundle(logsDir, FACTS, 70);
    expect(short.text).toContain('the newest 2 kept');
    expect(short.text).not.toContain('oldest');
    expect(supportBundle(join(logsDir, 'missing'), FACTS).text).toContain('none yet');
  });

  it('the studio writes its log files and hands them to the host only, as a download', async () => {
    const dataDir = dir();
    studio = await startStudio({ dataDir, port: 0, secrets: memorySecretStore(), version: 'test', pagesDir: fakePagesDir() });
    const url = `${studio.url}/api/support/logs`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer hsh_not-the-host' } })).status).toBe(401);

    const answer = await waitFor('a bundle with the studio’s own lines', async () => {
      const response = await fetch(url, { headers: { authorization: `Bearer ${studio?.hostToken ?? ''}` } });
      const text = await response.text();
      return text.includes('"msg"') ? { response, text } : null;
    });
    expect(answer.response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.response.headers.get('content-disposition')).toMatch(/^attachment; filename="hotseat-logs-\d{12}\.txt"$/);
    expect(answer.text).not.toContain(studio.hostToken);
    expect(readdirSync(join(dataDir, 'logs'))).toContain('hotseat.log');
  });
});

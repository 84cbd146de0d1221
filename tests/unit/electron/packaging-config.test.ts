import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

/**
 * electron-builder.yml, read and checked the way electron-builder itself does before packing
 * (its JSON schema rejects unknown or misplaced keys), plus the security settings it must keep.
 */
const projectDir = resolve(import.meta.dirname, '../../..');

async function loadConfig() {
  const config = await getConfig(projectDir, resolve(projectDir, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(loadConfig()).resolves.toMatchObject({ appId: 'app.hotseat.studio', productName: 'Hotseat' });
  });

  it('locks the Electron binary down with fuses', async () => {
    const { electronFuses } = await loadConfig();
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the build output, rebuilds native modules and unpacks SQLite', async () => {
    const config = await loadConfig();
    expect(config.directories?.output).toBe('release');
    // Validation normalises `files` into file sets; match paths the way the packer will.
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    const ships = new FileMatcher(projectDir, '/app', (pattern) => pattern, patterns).createFilter();
    const aFile = statSync(resolve(projectDir, 'package.json'));
    const shipped = (path: string) => ships(resolve(projectDir, path), aFile);
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/studio/index.html', 'package.json']) {
      expect(shipped(path), path).toBe(true);
    }
    for (const path of ['src/main/index.ts', 'tests/unit/electron/ipc.test.ts', 'docs/ARCHITECTURE.md', 'out/main/index.js.map', 'electron-builder.yml']) {
      expect(shipped(path), path).toBe(false);
    }
    expect(config.npmRebuild).toBe(true);
    // Native modules cannot load from inside app.asar: SQLite, and ngrok's agent (Go public).
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**', '**/node_modules/@ngrok/**']);
  });

  it('asks macOS users for camera and microphone with a reason', async () => {
    const { mac } = await loadConfig();
    expect(mac?.hardenedRuntime).toBe(true);
    expect(mac?.extendInfo).toMatchObject({
      NSCameraUsageDescription: expect.stringMatching(/camera/i) as unknown,
      NSMicrophoneUsageDescription: expect.stringMatching(/microphone/i) as unknown,
    });
  });
});

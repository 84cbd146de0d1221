import { createHash } from 'node:crypto';

/** OpenSSH's fingerprint of a host key blob: `SHA256:` + unpadded base64 of its SHA-256, as `ssh-keygen -lf` prints it. */
export function hostKeyFingerprint(keyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;

export function isHostKeyFingerprint(value: string): boolean {
  return FINGERPRINT.test(value);
}

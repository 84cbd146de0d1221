import { describe, expect, it } from 'vitest';
import { commands, type CommandName } from '../../../src/shared/commands';
import { COMMAND_POLICY, isAllowed } from '../../../src/main/core/auth/policy';
import type { Role } from '../../../src/main/core/actor';

/**
 * The authorization matrix: every command × every role, anonymous included. The expected table is
 * written out here on purpose, so a change to the policy must be made twice, knowingly.
 */
const ROLES: (Role | null)[] = ['host', 'moderator', 'guest', 'viewer', null];
const HOST_ONLY: CommandName[] = [
  'studio.snapshot',
  'show.create',
  'show.update',
  'show.setStatus',
  'offer.create',
  'offer.update',
  'offer.setActive',
  'queue.accept',
  'queue.reject',
  'message.approve',
  'message.reject',
  'purchase.refund',
  'settings.network.update',
  'payments.setKeys',
];

describe('command policy', () => {
  it('has a row for every command and no row for anything else', () => {
    expect(Object.keys(COMMAND_POLICY).sort()).toEqual(Object.keys(commands).sort());
    expect([...HOST_ONLY].sort()).toEqual(Object.keys(commands).sort());
  });

  for (const command of Object.keys(commands) as CommandName[]) {
    for (const role of ROLES) {
      const expected = role === 'host' && HOST_ONLY.includes(command);
      it(`${role ?? 'anonymous'} ${expected ? 'may' : 'may not'} send ${command}`, () => {
        expect(isAllowed(role, command)).toBe(expected);
      });
    }
  }
});

import { describe, expect, it } from 'vitest';
import { commands, type CommandName } from '../../../src/shared/commands';
import { COMMAND_POLICY, isAllowed } from '../../../src/main/core/auth/policy';
import type { Role } from '../../../src/main/core/actor';

/**
 * The authorization matrix: every command × every role, anonymous included. The expected table is
 * written out here on purpose, so a change to the policy must be made twice, knowingly.
 *
 * Columns: host, moderator, guest, viewer, overlay (the OBS alert page), anonymous. `x` = allowed, `.` = refused.
 */
const COLUMNS: (Role | null)[] = ['host', 'moderator', 'guest', 'viewer', 'overlay', null];
const MATRIX: Record<CommandName, string> = {
  //                            H M G V O A
  'studio.snapshot':           'x . . . . .',
  'show.create':               'x . . . . .',
  'show.update':               'x . . . . .',
  'show.setStatus':            'x . . . . .',
  'offer.create':              'x . . . . .',
  'offer.update':              'x . . . . .',
  'offer.setActive':           'x . . . . .',
  'queue.accept':              'x x . . . .',
  'queue.reject':              'x x . . . .',
  'message.approve':           'x x . . . .',
  'message.reject':            'x x . . . .',
  'purchase.refund':           'x . . . . .',
  'books.summary':             'x . . . . .',
  'books.export':              'x . . . . .',
  'merch.ship':                'x . . . . .',
  'settings.network.update':   'x . . . . .',
  'settings.language.update':  'x . . . . .',
  'payments.setKeys':          'x . . . . .',
  'moderators.list':           'x . . . . .',
  'moderators.invite':         'x . . . . .',
  'moderators.revoke':         'x . . . . .',
  'moderator.snapshot':        '. x . . . .',
  'queue.reorder':             'x x . . . .',
  'queue.note':                'x x . . . .',
  'buyer.block':               'x x . . . .',
  'buyer.unblock':             'x x . . . .',
  'seats.list':                'x . . . . .',
  'seat.call':                 'x x . . . .',
  'seat.backstage':            'x x . . . .',
  'seat.live':                 'x . . . . .',
  'seat.greenroom':            'x x . . . .',
  'moderator.seats':           '. x . . . .',
  'seat.end':                  'x . . . . .',
  'seat.extend':               'x . . . . .',
  'seat.mute':                 'x . . . . .',
  'seat.hide':                 'x . . . . .',
  'seat.replaceLink':          'x . . . . .',
  'seat.showPicture':          'x x . . . .',
  'seat.signal':               'x x . . . .',
  'guests.invite':             'x . . . . .',
  'settings.guests.update':    'x . . . . .',
  'settings.turn.get':         'x . . . . .',
  'settings.turn.update':      'x . . . . .',
  'turn.testPlan':             'x . . . . .',
  'ice.servers':               'x x x . . .',
  'guest.view':                '. . x . . .',
  'guest.enter':               '. . x . . .',
  'guest.leave':               '. . x . . .',
  'guest.media':               '. . x . . .',
  'guest.signal':              '. . x . . .',
  'obs.status':                'x . . . . .',
  'obs.configure':             'x . . . . .',
  'public.retry':              'x . . . . .',
  'public.check':              'x . . . . .',
  'public.trustHostKey':       'x . . . . .',
  'public.setNgrokToken':      'x . . . . .',
  'obs.reconnect':             'x . . . . .',
  'obs.output':                'x . . . . .',
  'obs.switchScene':           'x . . . . .',
  'program.get':               'x . . . . .',
  'program.update':            'x . . . . .',
  'program.arrange':           'x . . . . .',
  'overlay.snapshot':          '. . . . x .',
  'programFeed.watch':         '. . . . x .',
  'programFeed.send':          'x . . . . .',
  'selfie.announce':           'x . . . . .',
  'selfie.take':               'x . . . . .',
  'selfies.list':              'x . . . . .',
  'selfie.delete':             'x . . . . .',
  'mail.settings.get':         'x . . . . .',
  'mail.settings.set':         'x . . . . .',
  'mail.test':                 'x . . . . .',
  'mail.outbox':               'x . . . . .',
  'mail.retry':                'x . . . . .',
};

const allowed = (command: CommandName, role: Role | null): boolean => {
  const cells = MATRIX[command].split(' ');
  return cells[COLUMNS.indexOf(role)] === 'x';
};

describe('command policy', () => {
  it('has a row for every command and no row for anything else', () => {
    expect(Object.keys(COMMAND_POLICY).sort()).toEqual(Object.keys(commands).sort());
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(commands).sort());
    for (const row of Object.values(MATRIX)) expect(row).toMatch(/^[x.]( [x.]){5}$/);
  });

  it('never lets a moderator near offers, prices, settings, keys or refunds', () => {
    const hostOnly: CommandName[] = ['show.create', 'show.update', 'show.setStatus', 'offer.create', 'offer.update', 'offer.setActive', 'purchase.refund', 'books.summary', 'books.export', 'merch.ship', 'settings.network.update', 'settings.language.update', 'payments.setKeys', 'public.setNgrokToken', 'public.trustHostKey', 'moderators.invite', 'moderators.revoke', 'moderators.list', 'studio.snapshot'];
    for (const command of hostOnly) expect(isAllowed('moderator', command)).toBe(false);
  });

  it('lets a moderator screen guests but never run the program or the seat clock', () => {
    const screening: CommandName[] = ['moderator.seats', 'seat.call', 'seat.backstage', 'seat.greenroom', 'seat.signal', 'seat.showPicture'];
    for (const command of screening) expect(isAllowed('moderator', command)).toBe(true);
    const program: CommandName[] = ['seats.list', 'seat.live', 'seat.end', 'seat.extend', 'seat.mute', 'seat.hide', 'seat.replaceLink', 'guests.invite', 'settings.guests.update'];
    for (const command of program) expect(isAllowed('moderator', command)).toBe(false);
  });

  for (const command of Object.keys(commands) as CommandName[]) {
    for (const role of COLUMNS) {
      const expected = allowed(command, role);
      it(`${role ?? 'anonymous'} ${expected ? 'may' : 'may not'} send ${command}`, () => {
        expect(isAllowed(role, command)).toBe(expected);
      });
    }
  }
});

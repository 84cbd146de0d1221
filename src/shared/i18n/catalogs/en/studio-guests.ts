/**
 * The studio's Guests tab, in the creator's language: the guest seats (keys start with `guests.`)
 * and the selfies taken on air (`selfies.`), shown on the Guests and Program tabs.
 */
export const studioGuests = {
  // The Guests tab
  'guests.loadFailed': 'Could not load the guests',
  'guests.withHost.title': 'On air & backstage',
  'guests.withHost.empty.title': 'Nobody with you yet',
  'guests.withHost.empty.body': 'Put a guest from the green room on air, or bring them backstage to talk first.',
  'guests.greenRoom.title': 'Green room',
  'guests.greenRoom.empty.title': 'The green room is empty',
  'guests.greenRoom.empty.body': 'Accepted guests appear here with their video as soon as they open their join link.',
  'guests.notJoined.title': 'In line — not joined yet',
  'guests.notJoined.empty': 'Everyone in line has joined',
  'guests.ended.summary': 'Ended seats ({count, number})',
  'guests.hostMedia.on': 'Stop sending my camera to guests',
  'guests.hostMedia.off': 'Talk to guests with my camera & mic',

  // Inviting a guest for free
  'guests.invite.open': 'Invite a guest for free',
  'guests.invite.name': 'Guest name',
  'guests.invite.minutes': 'Minutes',
  'guests.invite.submitting': 'Creating link…',
  'guests.invite.submit': 'Invite a guest (free)',
  'guests.invite.link': 'Private link for <strong>{name}</strong> — shown only now. Send it to them; anyone with it can join as this guest.',
  'guests.invite.copy': 'Copy link',

  // One guest's seat
  'guests.seat.label':
    '{name}, {stage, select, waiting {In line} called {Called} backstage {Backstage} live {On air} ended {Ended} other {{stage}}}',
  'guests.seat.stage': '{stage, select, waiting {In line} called {Called} backstage {Backstage} live {On air} ended {Ended} other {{stage}}}',
  'guests.seat.stageWith':
    '{stage, select, waiting {In line} called {Called} backstage {Backstage} live {On air} ended {Ended} other {{stage}}} with {name}',
  'guests.seat.video': 'Video of {name}',
  'guests.seat.over': 'Seat over',
  'guests.seat.absent': 'Not in the green room',
  'guests.seat.hidden': 'Hidden',
  'guests.seat.invited': 'Invited',
  'guests.seat.timeLeftLabel': 'Time left',
  'guests.seat.time': '<time>{left}</time> left of {total}{paused, select, yes { · paused (no media)} other {}}',
  'guests.seat.call': 'Call',
  'guests.seat.backstage': 'Backstage',
  'guests.seat.greenRoom': 'Back to green room',
  'guests.seat.putOnAir': 'Put on air',
  'guests.seat.mute': 'Mute',
  'guests.seat.unmute': 'Unmute',
  'guests.seat.hide': 'Hide',
  'guests.seat.show': 'Show',
  'guests.seat.extend': '+1 min',
  'guests.seat.end': 'End',
  'guests.seat.reconnect': 'Reconnect media',
  'guests.seat.reconnectTitle': 'Drop this guest’s video connection and call them again',
  'guests.seat.outcome':
    '{outcome, select, served {{paid, select, yes {Done — charged for their time on air} other {Done}}} dropped {{paid, select, yes {Ended before their airtime — not charged} other {Ended before going on air}}} no_show {No-show — not charged} other {Cancelled — not charged}}',

  // Selfies
  'selfies.panelTitle': 'Selfie',
  'selfies.section': 'Selfies with {name}',
  'selfies.count': '{count, plural, =0 {No selfie yet} one {# of {max, number} selfies} other {# of {max, number} selfies}}',
  'selfies.loadFailed': 'Selfies could not be loaded: {reason}',
  'selfies.take': 'Take selfie',
  'selfies.take.countdown': '3 · 2 · 1 on the program…',
  'selfies.take.saving': 'Saving the selfie…',
  'selfies.take.title': 'Counts down 3-2-1 on the program, then takes the shot (key S)',
  'selfies.take.notReady': 'The program is still starting. Try again in a moment.',
  'selfies.take.frameNotSentEither': '{problem} (The studio’s own frame could not be sent either: {frameProblem})',
  'selfies.take.saved': '{source, select, obs {Selfie saved from OBS.} other {Selfie saved from the studio program.}} It is on the buyer’s receipt.',
  'selfies.thumb.label': 'Selfie {number, number} with {name}',
  'selfies.thumb.meta': '#{number, number} · {source, select, obs {from OBS} other {from the studio}} · {width}×{height}',
  'selfies.thumb.delete': 'Delete',
  'selfies.thumb.deleteLabel': 'Delete selfie {number, number} with {name}',
  'selfies.delete.title': 'Delete selfie {number, number}?',
  'selfies.delete.confirm': 'Delete selfie',
  'selfies.delete.body': 'It disappears from {name}’s receipt too. This cannot be undone.',
} as const;

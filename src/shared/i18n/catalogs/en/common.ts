/** Words every public page shares: languages, loading, offline, errors. */
export const common = {
  'common.language': 'Language',
  'common.loading': 'Loading…',
  'common.offline.title': 'You are offline',
  'common.offline.body': 'Check your connection; this page carries on by itself when it is back.',
  'common.retry': 'Try again',
  'common.poweredBy': 'Powered by Hotseat.',
  'common.kind': '{kind, select, tip {Tip} gift {Gift} merch {Merch} hotseat {Hot seat} other {{kind}}}',
  'common.format': '{format, select, qa {Q&A} chat {Chat} selfie {Selfie} other {{format}}}',
  'common.minutes': '{count, plural, one {# minute} other {# minutes}}',
} as const;

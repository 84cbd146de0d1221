/** Studio → Settings (the creator's language). */
export const studioSettings = {
  'settings.language.title': 'Language',
  'settings.language.label': 'Studio language',
  'settings.language.hint': 'The studio and your moderators’ consoles speak it. Viewers, buyers and guests see their own browser’s language; on-stream text follows each show’s language (Shows tab).',
  'settings.language.save': 'Save language',
  'settings.saving': 'Saving…',
  'settings.saved': 'Saved',
} as const;

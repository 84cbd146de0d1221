import type { studioSettings as english } from '../en/studio-settings';
import type { Translation } from '../translation';

export const studioSettings = {
  'settings.language.title': 'Langue',
  'settings.language.label': 'Langue du studio',
  'settings.language.hint': 'Le studio et les consoles de vos modérateurs la parlent. Le public, les acheteurs et les invités voient la langue de leur navigateur\u00a0; le texte à l’antenne suit la langue de chaque émission (onglet Émissions).',
  'settings.language.save': 'Enregistrer la langue',
  'settings.saving': 'Enregistrement…',
  'settings.saved': 'Enregistré',
} as const satisfies Translation<typeof english>;

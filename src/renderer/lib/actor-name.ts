import type { IntlShape } from 'react-intl';
import { actorValues } from '../../shared/i18n/actor-values';

/** Who did something, in the page's language: "Hôte" for the host, a moderator by their own name. */
export function actorName(intl: IntlShape, name: string): string {
  return intl.formatMessage({ id: 'actor.name' }, actorValues(name));
}

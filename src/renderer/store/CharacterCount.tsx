import { useIntl } from 'react-intl';

/** "42 / 200", turning red past the limit; announced politely, not on every keystroke. */
export function CharacterCount({ used, limit }: { used: number; limit: number }) {
  const intl = useIntl();
  const over = Math.max(0, used - limit);
  return (
    <span className={`char-count${over > 0 ? ' char-count-over' : ''}`} aria-live={over > 0 ? 'polite' : 'off'}>
      {/* Counts as plain digits ("1200 / 500"), as they were before the page spoke French. */}
      {intl.formatMessage({ id: 'store.order.charCount' }, { used: String(used), limit: String(limit), over })}
    </span>
  );
}

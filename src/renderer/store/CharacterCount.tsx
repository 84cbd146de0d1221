/** "42 / 200", turning red past the limit; announced politely, not on every keystroke. */
export function CharacterCount({ used, limit }: { used: number; limit: number }) {
  return (
    <span className={`char-count${used > limit ? ' char-count-over' : ''}`} aria-live={used > limit ? 'polite' : 'off'}>
      {used} / {limit}
      {used > limit ? ` — ${used - limit} too many` : ''}
    </span>
  );
}

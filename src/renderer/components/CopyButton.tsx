import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

/** Copies text to the clipboard and says so for a moment. `label` defaults to "Copy" in the page's language. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const intl = useIntl();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const shown =
    state === 'copied' ? intl.formatMessage({ id: 'ui.copied' }) : state === 'failed' ? intl.formatMessage({ id: 'ui.copyFailed' }) : (label ?? intl.formatMessage({ id: 'ui.copy' }));
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      <span aria-live="polite">{shown}</span>
    </button>
  );
}

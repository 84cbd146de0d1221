import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { ShareSourceInfo } from '../../../preload/api';

/**
 * The desktop app's picker of screens and windows (Electron has none of its own): a modal with a
 * thumbnail per source, screens first. Arrow keys and Tab move between them, Enter shares, Escape
 * closes. `sources` is null while the system is listing them.
 */
export function SharePicker({
  sources,
  error,
  onPick,
  onCancel,
}: {
  sources: ShareSourceInfo[] | null;
  error: string | null;
  onPick: (id: string) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);
  const loaded = sources !== null;
  useEffect(() => {
    if (loaded) dialog.current?.querySelector<HTMLButtonElement>('.share-source')?.focus();
  }, [loaded]);

  const screens = sources?.filter((s) => s.kind === 'screen') ?? [];
  const windows = sources?.filter((s) => s.kind === 'window') ?? [];
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].includes(event.key)) return;
    const buttons = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('.share-source') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  };
  return (
    <dialog
      ref={dialog}
      className="dialog share-picker"
      aria-labelledby="share-picker-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={onKeyDown}
    >
      <h2 id="share-picker-title">{intl.formatMessage({ id: 'program.share.title' })}</h2>
      <p className="panel-note">{intl.formatMessage({ id: 'program.share.note' })}</p>
      {sources === null ? (
        <p role="status" className="share-picker-state">
          {intl.formatMessage({ id: 'program.share.finding' })}
        </p>
      ) : error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : sources.length === 0 ? (
        <p role="status" className="share-picker-state">
          {intl.formatMessage({ id: 'program.share.none' })}
        </p>
      ) : (
        <div className="share-picker-body">
          {(
            [
              ['screens', intl.formatMessage({ id: 'program.share.screens' }), screens],
              ['windows', intl.formatMessage({ id: 'program.share.windows' }), windows],
            ] as const
          ).map(([key, title, list]) =>
            list.length === 0 ? null : (
              <section key={key} aria-label={title}>
                <h3>{title}</h3>
                <ul className="share-sources">
                  {list.map((source) => (
                    <li key={source.id}>
                      <button type="button" className="share-source" onClick={() => onPick(source.id)}>
                        {source.thumbnail ? <img src={source.thumbnail} alt="" /> : <span className="share-source-blank" aria-hidden="true">
                            {intl.formatMessage({ id: 'program.share.noPreview' })}
                          </span>}
                        <span className="share-source-name">{source.name}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage({ id: 'program.share.cancel' })}
        </button>
      </div>
    </dialog>
  );
}

import './queue-tools.css';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatTimeOfDay } from '../../lib/format';
import { notesFor } from '../../lib/studio-selectors';

/** Notes on a seat, shared by the host and every moderator: who wrote what, and a field to add one. */
export function SeatNotes({ purchase }: { purchase: Purchase }) {
  const { snapshot, online } = useStudio();
  const intl = useIntl();
  const note = useCommand('queue.note');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const notes = notesFor(snapshot, purchase.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await note.run({ purchaseId: purchase.id, text });
    if (result?.ok) {
      setText('');
      setOpen(false);
    }
  };

  return (
    <div className="seat-notes">
      {notes.length > 0 ? (
        <ul className="seat-note-list" aria-label={intl.formatMessage({ id: 'ui.notes.listLabel' }, { buyerName: purchase.buyerName })}>
          {notes.map((n) => (
            <li key={n.id} className="seat-note">
              <span className="seat-note-author">{n.author}</span>
              <time className="seat-note-time" dateTime={n.at}>
                {formatTimeOfDay(n.at, intl.locale)}
              </time>
              <span className="seat-note-text">{n.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <form className="seat-note-form" onSubmit={(event) => void submit(event)}>
          <label className="visually-hidden" htmlFor={`note-${purchase.id}`}>
            {intl.formatMessage({ id: 'ui.notes.fieldLabel' }, { buyerName: purchase.buyerName })}
          </label>
          <input
            id={`note-${purchase.id}`}
            value={text}
            maxLength={280}
            placeholder={intl.formatMessage({ id: 'ui.notes.placeholder' })}
            autoFocus
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setOpen(false);
            }}
          />
          <button type="submit" className="button button-small button-primary" disabled={!online || note.pending || text.trim() === ''}>
            {intl.formatMessage({ id: note.pending ? 'ui.saving' : 'ui.notes.save' })}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => setOpen(false)}>
            {intl.formatMessage({ id: 'ui.cancel' })}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={!online}
          onClick={() => {
            note.clearError();
            setOpen(true);
          }}
        >
          {intl.formatMessage({ id: 'ui.notes.add' })}
        </button>
      )}
      {note.error ? (
        <p className="inline-error" role="alert">
          {note.error.message}
        </p>
      ) : null}
    </div>
  );
}

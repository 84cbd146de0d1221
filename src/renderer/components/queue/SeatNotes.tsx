import './queue-tools.css';
import { useState, type FormEvent } from 'react';
import type { Purchase } from '../../../shared/purchases';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatTimeOfDay } from '../../lib/format';
import { notesFor } from '../../lib/studio-selectors';

/** Notes on a seat, shared by the host and every moderator: who wrote what, and a field to add one. */
export function SeatNotes({ purchase }: { purchase: Purchase }) {
  const { snapshot, online } = useStudio();
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
        <ul className="seat-note-list" aria-label={`Notes on ${purchase.buyerName}’s seat`}>
          {notes.map((n) => (
            <li key={n.id} className="seat-note">
              <span className="seat-note-author">{n.author}</span>
              <time className="seat-note-time" dateTime={n.at}>
                {formatTimeOfDay(n.at)}
              </time>
              <span className="seat-note-text">{n.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <form className="seat-note-form" onSubmit={(event) => void submit(event)}>
          <label className="visually-hidden" htmlFor={`note-${purchase.id}`}>
            Note on {purchase.buyerName}’s seat
          </label>
          <input
            id={`note-${purchase.id}`}
            value={text}
            maxLength={280}
            placeholder="A note for the host and moderators"
            autoFocus
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setOpen(false);
            }}
          />
          <button type="submit" className="button button-small button-primary" disabled={!online || note.pending || text.trim() === ''}>
            {note.pending ? 'Saving…' : 'Save note'}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => setOpen(false)}>
            Cancel
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
          Add note
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

import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { slotForKey, visibleGuestSlots } from '../../compositor/slot-order';
import { StreamVideo } from '../../components/media/StreamVideo';
import { useProgram } from './ProgramContext';

const DRAG_TYPE = 'application/x-hotseat-guest';

/**
 * The program's slots under the preview: the host first, then each guest on air in slot order. The
 * host drags a guest tile onto another guest's slot, or focuses a tile and presses Alt+←/→ (Home,
 * End); the program glides there and the order is kept by the core (a reload keeps it).
 */
export function GuestSlots() {
  const { guestSlots, moveGuest, layout, arrangeError, share } = useProgram();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const shown = visibleGuestSlots(layout, share.stream ? 2 : 1);
  const order = guestSlots.map((slot) => slot.id);

  const move = (id: string, slot: number) => {
    const name = guestSlots.find((candidate) => candidate.id === id)?.label ?? 'Guest';
    moveGuest(id, slot);
    setSaid(`${name} moved to slot ${slot + 1} of ${guestSlots.length}.`);
  };
  const onKeyDown = (id: string) => (event: KeyboardEvent) => {
    const slot = slotForKey(order, id, event.key, event.altKey);
    if (slot === null) return;
    event.preventDefault();
    move(id, slot);
  };
  const onDrop = (slot: number) => (event: DragEvent) => {
    event.preventDefault();
    const id = event.dataTransfer.getData(DRAG_TYPE) || dragging;
    setOver(null);
    setDragging(null);
    if (id) move(id, slot);
  };

  return (
    <section className="guest-slots" aria-label="Program slots">
      <header className="guest-slots-head">
        <h3>Slots</h3>
        <span className="guest-slots-hint">
          {guestSlots.length > 1 ? 'Drag a guest onto another slot, or focus it and press Alt+← / Alt+→' : guestSlots.length === 1 ? 'One guest on air' : 'No guests on air'}
        </span>
      </header>
      <ol className="guest-slots-list">
        <li className="slot-tile slot-host" aria-label="Host, always first">
          <span className="slot-number">Host</span>
          <span className="slot-name">You</span>
        </li>
        {guestSlots.map((slot, index) => {
          const onPicture = index < shown;
          return (
            <li
              key={slot.id}
              className={`slot-tile${dragging === slot.id ? ' slot-dragging' : ''}${over === index && dragging !== slot.id ? ' slot-drop' : ''}${onPicture ? '' : ' slot-off'}`}
              draggable
              tabIndex={0}
              aria-label={`${slot.label}, slot ${index + 1} of ${guestSlots.length}${onPicture ? '' : ', not on the picture in this layout'}`}
              aria-roledescription="movable guest slot"
              data-testid="guest-slot"
              data-seat-id={slot.id}
              onKeyDown={onKeyDown(slot.id)}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, slot.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragging(slot.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (over !== index) setOver(index);
              }}
              onDragLeave={() => setOver((current) => (current === index ? null : current))}
              onDrop={onDrop(index)}
            >
              <StreamVideo stream={slot.stream} muted label={`${slot.label} on the program`} className="slot-video" />
              <span className="slot-number">{`Slot ${index + 1}`}</span>
              <span className="slot-name">{slot.label}</span>
              {onPicture ? null : <span className="slot-off-note">Off picture</span>}
              <span className="slot-grip" aria-hidden="true">
                ⠿
              </span>
            </li>
          );
        })}
      </ol>
      {layout === 'solo' && guestSlots.length > 0 ? <p className="panel-note">Solo shows only you. Pick another layout to put guests on the picture.</p> : null}
      {arrangeError ? (
        <p className="inline-error" role="alert">
          {arrangeError}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
}

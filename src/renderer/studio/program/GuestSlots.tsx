import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { slotForKey, visibleGuestSlots } from '../../compositor/slot-order';
import { StreamVideo } from '../../components/media/StreamVideo';
import { useProgram } from './ProgramContext';

const DRAG_TYPE = 'application/x-hotseat-guest';
/** The drag handle's dots (hidden from screen readers: the tile's label says it can be moved). */
const GRIP = '⠿';

/**
 * The program's slots under the preview: the host first, then each guest on air in slot order. The
 * host drags a guest tile onto another guest's slot, or focuses a tile and presses Alt+←/→ (Home,
 * End); the program glides there and the order is kept by the core (a reload keeps it).
 */
export function GuestSlots() {
  const intl = useIntl();
  const { guestSlots, moveGuest, layout, arrangeError, share } = useProgram();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const shown = visibleGuestSlots(layout, share.stream ? 2 : 1);
  const order = guestSlots.map((slot) => slot.id);

  const move = (id: string, slot: number) => {
    const name = guestSlots.find((candidate) => candidate.id === id)?.label;
    moveGuest(id, slot);
    const where = { number: slot + 1, count: guestSlots.length };
    setSaid(name === undefined ? intl.formatMessage({ id: 'program.slots.movedUnnamed' }, where) : intl.formatMessage({ id: 'program.slots.moved' }, { ...where, name }));
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
    <section className="guest-slots" aria-label={intl.formatMessage({ id: 'program.slots.label' })}>
      <header className="guest-slots-head">
        <h3>{intl.formatMessage({ id: 'program.slots.title' })}</h3>
        <span className="guest-slots-hint">
          {intl.formatMessage({ id: 'program.slots.hint' }, { count: guestSlots.length })}
        </span>
      </header>
      <ol className="guest-slots-list">
        <li className="slot-tile slot-host" aria-label={intl.formatMessage({ id: 'program.slots.hostLabel' })}>
          <span className="slot-number">{intl.formatMessage({ id: 'program.slots.host' })}</span>
          <span className="slot-name">{intl.formatMessage({ id: 'program.slots.you' })}</span>
        </li>
        {guestSlots.map((slot, index) => {
          const onPicture = index < shown;
          return (
            <li
              key={slot.id}
              className={`slot-tile${dragging === slot.id ? ' slot-dragging' : ''}${over === index && dragging !== slot.id ? ' slot-drop' : ''}${onPicture ? '' : ' slot-off'}`}
              draggable
              tabIndex={0}
              aria-label={intl.formatMessage({ id: 'program.slots.tile' }, { name: slot.label, number: index + 1, count: guestSlots.length, onPicture: onPicture ? 'yes' : 'no' })}
              aria-roledescription={intl.formatMessage({ id: 'program.slots.roleDescription' })}
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
              <StreamVideo stream={slot.stream} muted label={intl.formatMessage({ id: 'program.slots.video' }, { name: slot.label })} className="slot-video" />
              <span className="slot-number">{intl.formatMessage({ id: 'program.slots.number' }, { number: index + 1 })}</span>
              <span className="slot-name">{slot.label}</span>
              {onPicture ? null : <span className="slot-off-note">{intl.formatMessage({ id: 'program.slots.offPicture' })}</span>}
              <span className="slot-grip" aria-hidden="true">
                {GRIP}
              </span>
            </li>
          );
        })}
      </ol>
      {layout === 'solo' && guestSlots.length > 0 ? <p className="panel-note">{intl.formatMessage({ id: 'program.slots.solo' })}</p> : null}
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

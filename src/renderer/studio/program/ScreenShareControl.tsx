import { useProgram } from './ProgramContext';
import { SharePicker } from './SharePicker';

/** Share a screen or window into the program, and stop it; says what is being shared. */
export function ScreenShareControl() {
  const { share } = useProgram();
  return (
    <div className="screen-share">
      {share.stream ? (
        <>
          <span className="chip chip-good" role="status" data-testid="screen-share-status" title={share.label ?? undefined}>
            Sharing {share.label ?? 'your screen'}
          </span>
          <button type="button" className="button button-small" onClick={share.stop}>
            Stop sharing
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" disabled={share.starting} aria-busy={share.starting} onClick={share.start}>
          {share.starting ? 'Starting share…' : 'Share screen'}
        </button>
      )}
      {share.error ? (
        <p className="inline-error" role="alert">
          {share.error}
        </p>
      ) : null}
      {share.picker ? <SharePicker sources={share.picker.sources} error={share.picker.error} onPick={share.pick} onCancel={share.closePicker} /> : null}
    </div>
  );
}

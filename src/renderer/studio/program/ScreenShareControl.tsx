import { useIntl } from 'react-intl';
import { useProgram } from './ProgramContext';
import { SharePicker } from './SharePicker';

/** Share a screen or window into the program, and stop it; says what is being shared. */
export function ScreenShareControl() {
  const intl = useIntl();
  const { share } = useProgram();
  return (
    <div className="screen-share">
      {share.stream ? (
        <>
          <span className="chip chip-good" role="status" data-testid="screen-share-status" title={share.label ?? undefined}>
            {intl.formatMessage({ id: 'program.share.sharing' }, { surface: share.label === null ? share.surface : 'named', name: share.label ?? '' })}
          </span>
          <button type="button" className="button button-small" onClick={share.stop}>
            {intl.formatMessage({ id: 'program.share.stop' })}
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" disabled={share.starting} aria-busy={share.starting} onClick={share.start}>
          {intl.formatMessage({ id: share.starting ? 'program.share.starting' : 'program.share.start' })}
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

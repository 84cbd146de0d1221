import { FormattedMessage } from 'react-intl';
import { useNow } from '../../hooks/use-now';
import { useLocalizeError } from '../../i18n/use-localize-error';
import type { TurnTestState } from './use-turn-test';

/** What "Test TURN" found, or how long it has been asking. */
export function TurnTestResult({ state }: { state: TurnTestState }) {
  const now = useNow(state.status === 'testing' ? 500 : 60_000);
  const localize = useLocalizeError();
  if (state.status === 'idle') return null;
  if (state.status === 'testing') {
    const seconds = Math.max(0, Math.floor((now - state.startedAt) / 1000));
    return (
      <div className="turn-test turn-test-testing" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>
          <FormattedMessage id="settings.turn.test.asking" values={{ urls: state.urls.join(', '), seconds }} />
        </p>
      </div>
    );
  }
  if (state.status === 'cannot') {
    return (
      <div className="turn-test turn-test-failed" role="alert">
        <p className="turn-test-title">
          <FormattedMessage id="settings.turn.test.cannot" />
        </p>
        <p>{localize(state.error).message}</p>
      </div>
    );
  }
  const { outcome } = state;
  if (outcome.kind === 'relay') {
    const where = outcome.port === null ? outcome.address : `${outcome.address}:${outcome.port}`;
    return (
      <div className="turn-test turn-test-ok" role="status">
        <p className="turn-test-title">
          <FormattedMessage id="settings.turn.test.works" values={{ where }} />
        </p>
        <p>
          <FormattedMessage id="settings.turn.test.worksBody" values={{ protocol: outcome.protocol ? outcome.protocol.toUpperCase() : 'none' }} />
        </p>
      </div>
    );
  }
  return (
    <div className="turn-test turn-test-failed" role="alert">
      <p className="turn-test-title">
        <FormattedMessage id={outcome.kind === 'refused' ? 'settings.turn.test.refused' : 'settings.turn.test.noAnswer'} />
      </p>
      <p>
        {outcome.kind === 'refused' ? (
          <FormattedMessage id="settings.turn.test.refusedDetail" />
        ) : (
          <FormattedMessage id="settings.turn.test.noAnswerDetail" values={{ urls: outcome.urls.join(', ') }} />
        )}
      </p>
    </div>
  );
}

import { useNow } from '../../hooks/use-now';
import type { TurnTestState } from './use-turn-test';

/** What "Test TURN" found, or how long it has been asking. */
export function TurnTestResult({ state }: { state: TurnTestState }) {
  const now = useNow(state.status === 'testing' ? 500 : 60_000);
  if (state.status === 'idle') return null;
  if (state.status === 'testing') {
    const seconds = Math.max(0, Math.floor((now - state.startedAt) / 1000));
    return (
      <div className="turn-test turn-test-testing" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>
          Asking {state.urls.join(', ')} for a relay… {seconds > 0 ? `${seconds} s` : ''}
        </p>
      </div>
    );
  }
  if (state.status === 'cannot') {
    return (
      <div className="turn-test turn-test-failed" role="alert">
        <p className="turn-test-title">Cannot test TURN yet</p>
        <p>{state.message}</p>
      </div>
    );
  }
  const { outcome } = state;
  if (outcome.kind === 'relay') {
    const where = outcome.port === null ? outcome.address : `${outcome.address}:${outcome.port}`;
    return (
      <div className="turn-test turn-test-ok" role="status">
        <p className="turn-test-title">TURN works: relay address {where}</p>
        <p>
          The server accepted the credentials minted from your shared secret{outcome.protocol ? ` (over ${outcome.protocol.toUpperCase()})` : ''}. Guests who cannot
          reach you directly will be relayed through it.
        </p>
      </div>
    );
  }
  return (
    <div className="turn-test turn-test-failed" role="alert">
      <p className="turn-test-title">{outcome.kind === 'refused' ? 'TURN refused the credentials' : 'No answer from the TURN server'}</p>
      <p>{outcome.message}</p>
    </div>
  );
}

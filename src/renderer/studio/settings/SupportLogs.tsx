import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { AppErrorShape } from '../../../shared/result';
import { SUPPORT_LOGS_PATH } from '../../../shared/support';
import { useHostSession } from '../../hooks/use-host-session';
import { fileNameOf } from '../../lib/content-disposition';
import { useLocalizeError } from '../../i18n/use-localize-error';

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; fileName: string } | { status: 'failed'; message: string };

/**
 * "Save logs for support": the studio's log files as one text file (keys, tokens and passwords
 * already removed), fetched with the host token and saved through the browser's own download.
 */
export function SupportLogs() {
  const intl = useIntl();
  const localize = useLocalizeError();
  const hostSession = useHostSession();
  const session = hostSession?.ok ? hostSession.session : null;
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  const save = async () => {
    if (!session) return;
    setState({ status: 'saving' });
    try {
      const response = await fetch(`${session.serverUrl.replace(/\/$/, '')}${SUPPORT_LOGS_PATH}`, { headers: { Authorization: `Bearer ${session.token}` }, cache: 'no-store' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
        const error = AppErrorShape.safeParse(body?.error);
        setState({ status: 'failed', message: error.success ? localize(error.data).message : intl.formatMessage({ id: 'settings.support.failed' }, { status: response.status }) });
        return;
      }
      const fileName = fileNameOf(response.headers.get('content-disposition')) ?? 'hotseat-logs.txt';
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ status: 'saved', fileName });
    } catch {
      setState({ status: 'failed', message: intl.formatMessage({ id: 'settings.support.noAnswer' }) });
    }
  };

  return (
    <div className="support-logs">
      <p className="panel-note">
        <FormattedMessage id="settings.support.note" />
      </p>
      <button type="button" className="button" onClick={() => void save()} disabled={!session || state.status === 'saving'}>
        <FormattedMessage id={state.status === 'saving' ? 'settings.support.gathering' : 'settings.support.save'} />
      </button>
      <p className={state.status === 'failed' ? 'inline-error' : 'field-hint'} role="status" aria-live="polite">
        {state.status === 'saved' ? (
          <FormattedMessage id="settings.support.saved" values={{ fileName: state.fileName }} />
        ) : state.status === 'failed' ? (
          state.message
        ) : null}
      </p>
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SignalData } from '../../shared/guests';
import type { AppErrorShape } from '../../shared/result';
import { Notice } from '../components/Notice';
import { useGuestSession } from '../hooks/use-guest-session';
import { useMediaDevices } from '../hooks/use-media-devices';
import { useNow } from '../hooks/use-now';
import { forgetGuest, recallGuest, rememberGuest } from '../lib/guest-page-memory';
import { GuestPeers, type MediaPath } from '../lib/guest-peers';
import { IceFeed } from '../lib/ice-feed';
import { receiptTokenFromHash } from '../lib/page-address';
import { webRtcAvailable } from '../lib/simple-peer';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useLocalizeError } from '../i18n/use-localize-error';
import { refusalError } from '../lib/studio-client';
import { LiveIndicator } from '../receipt/LiveIndicator';
import { NoMediaPath } from './NoMediaPath';
import { DeviceCheck } from './DeviceCheck';
import { SeatStatus } from './SeatStatus';
import { SelfieCue } from './SelfieCue';
import { ThankYou } from './ThankYou';
import { VideoView } from './VideoView';

/**
 * A guest's page, opened from their private join link: device check, green room, on air, thanks.
 * A reload (or a dropped network) brings them straight back to the same seat without asking again.
 */
export function GuestApp() {
  const intl = useIntl();
  const localize = useLocalizeError();
  const [token] = useState(() => receiptTokenFromHash(window.location.hash));
  const [supported] = useState(() => webRtcAvailable());
  const [memory] = useState(() => (token ? recallGuest(token) : null));
  const session = useGuestSession(token && supported ? token : null);
  const { client, connection, view } = session;
  const [entered, setEntered] = useState(false);
  const [left, setLeft] = useState(false);
  const [joining, setJoining] = useState(false);
  // Kept as the studio sent it, worded at each render: switching the language re-words it.
  const [joinError, setJoinError] = useState<AppErrorShape | null>(null);
  const over = view?.stage === 'ended';
  const media = useMediaDevices({ cameraId: memory?.cameraId ?? null, microphoneId: memory?.microphoneId ?? null }, supported && !left && !over);
  const [hostStream, setHostStream] = useState<MediaStream | null>(null);
  const [mediaPath, setMediaPath] = useState<MediaPath>('idle');
  /** When the host's selfie shot happens, in this device's time (null: none coming). */
  const [selfieAt, setSelfieAt] = useState<number | null>(null);
  const clearSelfie = useCallback(() => setSelfieAt(null), []);
  // Only the on-air countdown needs a quick clock; a page waiting in line re-renders once a second.
  const now = useNow(view?.stage === 'live' ? 250 : 1000);
  const hasView = view !== null;
  const pictureLive = view?.pictureLive ?? false;

  // Read by callbacks (welcome, signals), written after each render.
  const latest = useRef({ entered, stream: media.stream, choice: media.choice, pictureLive });
  const nameRef = useRef(memory?.name ?? null);
  const autoEnter = useRef(memory !== null);
  const peersRef = useRef<GuestPeers | null>(null);
  /** Signals that arrive before the peers exist (the studio can call faster than this page renders). */
  const pendingSignals = useRef<{ peerId: string; data: SignalData }[]>([]);
  useEffect(() => {
    latest.current = { entered, stream: media.stream, choice: media.choice, pictureLive };
  });
  // Every view carries freshly minted TURN credentials; the feed also renews them at half-life.
  const ice = useMemo(() => (client ? new IceFeed({ fetch: () => client.command('ice.servers', {}).then((r) => (r.ok ? r.value : null)) }) : null), [client]);
  useEffect(() => () => ice?.destroy(), [ice]);
  const viewIce = view?.iceServers;
  useEffect(() => {
    if (viewIce) ice?.offer(viewIce);
  }, [ice, viewIce]);

  const enter = useCallback(
    async (name: string) => {
      if (!client || !token) return;
      setJoining(true);
      setJoinError(null);
      const result = await client.command('guest.enter', { name });
      setJoining(false);
      if (!result.ok) {
        setJoinError(result.error);
        return;
      }
      nameRef.current = name;
      const { choice } = latest.current;
      rememberGuest(token, { name, cameraId: choice.cameraId, microphoneId: choice.microphoneId });
      setEntered(true);
    },
    [client, token],
  );

  // Every welcome (first connect, reconnect after a drop) goes back into the green room if we were
  // there; the studio's signals are kept for the peers, even before they exist.
  useEffect(() => {
    if (!client) return;
    const offWelcome = client.onWelcome(() => {
      if (latest.current.entered && nameRef.current && latest.current.stream) void enter(nameRef.current);
    });
    const offSignal = client.onEvent((event) => {
      // The studio's clock is not this device's: the shot is `inMs` from now, here.
      if (event.type === 'guest.selfie') setSelfieAt(Date.now() + event.inMs);
      if (event.type !== 'guest.signal') return;
      if (peersRef.current) peersRef.current.receive(event.peerId, event.data);
      else pendingSignals.current = [...pendingSignals.current.slice(-50), { peerId: event.peerId, data: event.data }];
    });
    return () => {
      offWelcome();
      offSignal();
    };
  }, [client, enter]);

  // After a reload, enter as soon as both the studio and the camera are ready.
  useEffect(() => {
    if (!autoEnter.current || connection.status !== 'online' || !media.stream || !nameRef.current || !hasView || over) return;
    autoEnter.current = false;
    void enter(nameRef.current);
  }, [connection.status, media.stream, hasView, over, enter]);

  // Media to the studio: one set of peers per camera stream while in the green room.
  useEffect(() => {
    if (!entered || !client || !media.stream || !hasView || !ice) return;
    const created = new GuestPeers({
      stream: media.stream,
      iceServers: () => ice.current(),
      send: (peerId, data) => void client.command('guest.signal', { peerId, data }),
      videoSending: latest.current.pictureLive,
      onVideoError: (error) => console.warn('could not pause or resume the video to the studio', error),
    });
    peersRef.current = created;
    for (const { peerId, data } of pendingSignals.current) created.receive(peerId, data);
    pendingSignals.current = [];
    const offConnected = created.connected.subscribe((ok) => void client.command('guest.media', { ok }));
    const offHost = created.hostStream.subscribe(setHostStream);
    const offPath = created.path.subscribe(setMediaPath);
    return () => {
      offConnected();
      offHost();
      offPath();
      setMediaPath('idle');
      peersRef.current = null;
      created.closeAll();
    };
  }, [entered, client, media.stream, hasView, ice]);

  // Further back in line the studio does not show this guest: the page stops encoding the video.
  useEffect(() => peersRef.current?.setVideoSending(pictureLive), [pictureLive]);

  useEffect(() => {
    document.title = intl.formatMessage({ id: 'guest.documentTitle' });
  }, [intl]);

  const leave = async () => {
    if (client) await client.command('guest.leave', {});
    if (token) forgetGuest(token);
    setEntered(false);
    setHostStream(null);
    setLeft(true);
  };

  const header = (
    <header className="public-header public-header-compact">
      <h1>{view?.showTitle ? view.showTitle : intl.formatMessage({ id: 'guest.title' })}</h1>
      <div className="guest-header-tools">
        {view ? <LiveIndicator connection={connection} /> : null}
        <LanguageSwitcher />
      </div>
    </header>
  );

  let body;
  if (!token) {
    body = (
      <Notice kind="error" title={intl.formatMessage({ id: 'guest.link.incomplete.title' })}>
        <FormattedMessage id="guest.link.incomplete.body" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </Notice>
    );
  } else if (!supported) {
    body = (
      <Notice kind="error" title={intl.formatMessage({ id: 'guest.unsupported.title' })}>
        {intl.formatMessage({ id: 'guest.unsupported.body' })}
      </Notice>
    );
  } else if (connection.status === 'refused' && connection.kind === 'replaced') {
    body = (
      <Notice kind="info" title={intl.formatMessage({ id: 'guest.replaced.title' })}>
        {localize(refusalError(connection)).message}
      </Notice>
    );
  } else if (connection.status === 'refused') {
    body = (
      <Notice kind="error" title={intl.formatMessage({ id: 'guest.refused.title' })}>
        {localize(refusalError(connection)).message}
      </Notice>
    );
  } else if (!view) {
    body = session.loadError ? (
      <Notice kind="error" title={intl.formatMessage({ id: 'guest.loadFailed.title' })}>
        {localize(session.loadError).message}
      </Notice>
    ) : (
      <Notice kind={connection.status === 'offline' ? 'offline' : 'loading'} title={intl.formatMessage({ id: 'guest.connecting' })} />
    );
  } else if (over) {
    body = <ThankYou view={view} />;
  } else if (left) {
    body = (
      <Notice
        kind="info"
        title={intl.formatMessage({ id: 'guest.left.title' })}
        action={
          <button type="button" className="button button-primary" onClick={() => setLeft(false)}>
            {intl.formatMessage({ id: 'guest.left.rejoin' })}
          </button>
        }
      >
        {intl.formatMessage({ id: 'guest.left.body' })}
      </Notice>
    );
  } else if (!entered) {
    body = (
      <DeviceCheck
        media={media}
        defaultName={memory?.name ?? view.guestName}
        joining={joining}
        error={joinError ? localize(joinError).message : null}
        online={connection.status === 'online'}
        onJoin={(name) => void enter(name)}
      />
    );
  } else {
    body = (
      <section className="guest-card guest-room" aria-label={intl.formatMessage({ id: 'guest.room.label' })}>
        <SeatStatus view={view} now={now} />
        {selfieAt !== null && view.stage === 'live' ? <SelfieCue at={selfieAt} onDone={clearSelfie} /> : null}
        <div className="guest-videos">
          <figure className="guest-video">
            <VideoView stream={media.stream} label={intl.formatMessage({ id: 'guest.room.you' })} mirrored />
            <figcaption>{intl.formatMessage({ id: 'guest.room.youCaption' }, { onAir: view.stage === 'live' ? 'yes' : 'no', onlyYou: view.pictureLive ? 'no' : 'yes' })}</figcaption>
          </figure>
          {hostStream ? (
            <figure className="guest-video">
              <VideoView stream={hostStream} label={intl.formatMessage({ id: 'guest.room.hostVideo' })} muted={false} />
              <figcaption>{intl.formatMessage({ id: 'guest.room.hostCaption' })}</figcaption>
            </figure>
          ) : null}
        </div>
        {connection.status === 'online' && mediaPath === 'no_path' ? <NoMediaPath /> : null}
        {connection.status !== 'online' ? (
          <Notice kind="offline" title={intl.formatMessage({ id: 'guest.room.reconnecting.title' })}>
            {intl.formatMessage({ id: 'guest.room.reconnecting.body' })}
          </Notice>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button button-danger-quiet" onClick={() => void leave()}>
            {intl.formatMessage({ id: 'guest.room.leave' })}
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="public-page guest-page">
      {header}
      <main className="public-main">{body}</main>
    </div>
  );
}

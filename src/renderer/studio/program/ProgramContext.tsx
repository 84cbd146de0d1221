import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { createTranslator } from '../../../shared/i18n/messages';
import { airClockRunning, remainingMs } from '../../../shared/air-time';
import type { ObsStatus } from '../../../shared/obs';
import { DEFAULT_ARRANGEMENT, type ProgramArrangement, type ProgramLayout, type ProgramState } from '../../../shared/program';
import { SCREEN_SOURCE_ID, type ProgramSource } from '../../compositor/compositor';
import { giftImage } from '../../compositor/gift-images';
import { ProgramEngine } from '../../compositor/program-engine';
import { useHostSession } from '../../hooks/use-host-session';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { alertFor } from '../../lib/program-alerts';
import { ProgramFeedSender } from '../../lib/program-feed-sender';
import { arrangeGuests, moveGuestTo, sameOrder } from '../../compositor/slot-order';
import { webSocketUrl } from '../../lib/socket';
import { useGuests } from '../guests/GuestsContext';
import { BROADCAST_SYNC } from './broadcast-sync';
import { useScreenShare, type ScreenShare } from './use-screen-share';
import { followDrawnSize } from '../../lib/host-camera-size';
import { pictureDemand } from '../../lib/page-picture-demand';
import { useLocalizeError } from '../../i18n/use-localize-error';

export interface ProgramContextValue {
  engine: ProgramEngine | null;
  obs: ObsStatus | null;
  program: ProgramState | null;
  loadError: string | null;
  layout: ProgramLayout;
  setLayout: (layout: ProgramLayout) => void;
  /** The guests on air in slot order (slot 0 is next to the host). */
  guestSlots: { id: string; label: string; stream: MediaStream | null }[];
  /** The host dropped a guest on another slot (drag, or Alt+arrows); saved in the core. */
  moveGuest: (id: string, slot: number) => void;
  arrangeError: string | null;
  camera: { stream: MediaStream | null; deviceId: string | null; error: string | null; starting: boolean };
  chooseCamera: (deviceId: string | null) => Promise<void>;
  stopCamera: () => void;
  /** The host's shared screen or window: a program source that leads the layout. */
  share: ScreenShare;
  /** The studio's address and host token (for HTTP calls that carry it in a header). */
  session: { serverUrl: string; token: string } | null;
}

const ProgramContext = createContext<ProgramContextValue | null>(null);

export function useProgram(): ProgramContextValue {
  const value = useContext(ProgramContext);
  if (!value) throw new Error('useProgram needs a <ProgramProvider> above it');
  return value;
}

declare global {
  interface Window {
    /** The program engine, for benchmarks and diagnostics (per-frame timing: `hotseatProgram.timing()`). */
    hotseatProgram?: ProgramEngine;
  }
}

/**
 * The program for the whole studio page: one compositor, mixer and recorder, fed by the host camera
 * and the on-air guests, alerting on tips, gifts and merch. Mounted above the tabs so the program
 * (and OBS's picture) never stops when the host switches tabs.
 */
export function ProgramProvider({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const localize = useLocalizeError();
  const { client, snapshot } = useStudio();
  const guests = useGuests();
  const hostSession = useHostSession();
  const { synced: broadcastSync, view: broadcastView } = useSyncedState(client, BROADCAST_SYNC);
  const program = broadcastView.value?.program ?? null;
  const [engine, setEngine] = useState<ProgramEngine | null>(null);
  const [arrangeError, setArrangeError] = useState<string | null>(null);
  const [camera, setCamera] = useState<ProgramContextValue['camera']>({ stream: null, deviceId: null, error: null, starting: false });
  const settings = program?.settings ?? null;
  const session = hostSession?.ok ? hostSession.session : null;

  // One engine for the page, made once the settings and the host token are known.
  const engineRef = useRef<ProgramEngine | null>(null);
  useEffect(() => {
    if (!settings || !session || engineRef.current) return;
    const created = new ProgramEngine({
      ingestUrl: `${webSocketUrl(session.serverUrl).replace(/\/ws$/, '')}/program/ingest`,
      token: session.token,
      settings,
      demand: pictureDemand,
    });
    engineRef.current = created;
    window.hotseatProgram = created;
    setEngine(created);
  }, [settings, session]);
  useEffect(
    () => () => {
      engineRef.current?.dispose();
      engineRef.current = null;
      delete window.hotseatProgram;
    },
    [],
  );
  // The program feed over WebRTC to OBS's browser source (the program page): answered from here.
  const feedRef = useRef<ProgramFeedSender | null>(null);
  useEffect(() => {
    if (!engine) return;
    const sender = new ProgramFeedSender({
      send: (peerId, data) => void client.command('programFeed.send', { peerId, data }),
      stream: () => engine.liveStream(),
      onWatchers: (count) => engine.setWatched(count > 0),
    });
    feedRef.current = sender;
    const stop = client.onEvent((event) => {
      if (event.type === 'programFeed.fromWatcher') sender.handle(event.peerId, event.data);
    });
    return () => {
      stop();
      sender.dispose();
      feedRef.current = null;
    };
  }, [client, engine]);
  useEffect(() => {
    if (!engine || !settings) return;
    engine.applySettings(settings);
    // A new size means a new canvas capture: the pages watching get its track (none watching: no capture).
    if (feedRef.current && feedRef.current.watchers > 0) feedRef.current.replaceStream(engine.liveStream());
  }, [engine, settings]);
  const alertsLayer = program?.alertsLayer ?? 'program';
  useEffect(() => {
    engine?.setAlertsInProgram(alertsLayer === 'program');
  }, [engine, alertsLayer]);
  // One layer for the store card too: the picture when the alerts are in it, else the overlay page.
  const storeCard = program?.storeCard ?? null;
  useEffect(() => {
    engine?.setStoreCard(alertsLayer === 'program' ? storeCard : null);
  }, [engine, alertsLayer, storeCard]);

  // Record only while something (OBS) reads the program stream; a short gap (OBS reconnecting) keeps it going.
  const readers = program?.feed.readers ?? 0;
  useEffect(() => {
    if (!engine) return;
    if (readers > 0) {
      engine.setRecording(true);
      return;
    }
    const timer = setTimeout(() => engine.setRecording(false), 15_000);
    return () => clearTimeout(timer);
  }, [engine, readers]);

  // Browsers keep audio silent until the first click on the page.
  useEffect(() => {
    if (!engine?.mixer) return;
    const resume = () => void engine.mixer?.resume();
    window.addEventListener('pointerdown', resume, { once: true });
    window.addEventListener('keydown', resume, { once: true });
    return () => {
      window.removeEventListener('pointerdown', resume);
      window.removeEventListener('keydown', resume);
    };
  }, [engine]);

  // The arrangement (layout and slot order) has one source, the core: it keeps it across reloads and
  // tells every window. The host's own change shows at once (amend), then the core's answer follows.
  const arrangement = program?.arrangement ?? DEFAULT_ARRANGEMENT;
  const layout = arrangement.layout;
  useEffect(() => {
    engine?.setLayout(layout);
  }, [engine, layout]);

  // A share starting puts the program in the spotlight layout (the screen large, people beside it);
  // when it ends, the layout the host had comes back unless they picked another meanwhile.
  const layoutBeforeShare = useRef<ProgramLayout | null>(null);
  const share = useScreenShare((sharing) => {
    if (sharing) {
      if (layout === 'spotlight') return;
      layoutBeforeShare.current = layout;
      chooseLayout('spotlight');
      return;
    }
    const before = layoutBeforeShare.current;
    layoutBeforeShare.current = null;
    if (before && layout === 'spotlight') chooseLayout(before);
  });

  // Sources: the host camera, then the guests on air in the host's slot order (newcomers in line order).
  const onAir = useMemo(() => guests.seats.filter((seat) => seat.stage === 'live' && !seat.hidden), [guests.seats]);
  const order = useMemo(() => arrangeGuests(onAir.map((seat) => seat.id), arrangement.guestOrder), [onAir, arrangement.guestOrder]);
  const guestSlots = useMemo(
    () =>
      order.flatMap((id) => {
        const seat = onAir.find((candidate) => candidate.id === id);
        return seat ? [{ id, label: seat.guestName, stream: guests.media.get(id)?.stream ?? null }] : [];
      }),
    [order, onAir, guests.media],
  );
  useEffect(() => {
    if (!engine) return;
    // The host's and the screen's labels are never shown as such: the mixer names them in the studio's
    // language (AudioMixerStrip), the compositor the host's banner in the show's.
    const sources: ProgramSource[] = [{ id: 'host', label: 'Host', kind: 'host', stream: camera.stream }];
    if (share.stream) sources.push({ id: SCREEN_SOURCE_ID, label: 'Screen', kind: 'screen', stream: share.stream });
    // In slot order: the compositor draws guests in the order given and keeps none of its own.
    for (const slot of guestSlots) sources.push({ id: slot.id, label: slot.label, kind: 'guest', stream: slot.stream });
    engine.setSources(sources);
  }, [engine, camera.stream, share.stream, guestSlots]);

  const arrange = (next: ProgramArrangement) => {
    broadcastSync?.amend((broadcast) => ({ ...broadcast, program: { ...broadcast.program, arrangement: next } }));
    void client.command('program.arrange', next).then((result) => {
      setArrangeError(result.ok ? null : intl.formatMessage({ id: 'program.layout.notSaved' }, { reason: localize(result.error).message }));
      // Refused: show what the core holds again, not the change it did not take.
      if (!result.ok) void broadcastSync?.reload();
    });
  };

  // The hot-seat countdown follows the guest in the first slot (the one next to the host).
  const first = onAir.find((seat) => seat.id === order[0]);
  useEffect(() => {
    if (!engine) return;
    if (!first || !airClockRunning(first.intervals)) {
      engine.setCountdown(null);
      return;
    }
    engine.setCountdown({ guestName: first.guestName, remainingMs: remainingMs(first.allowanceSeconds, first.intervals, Date.now()) });
  }, [engine, first]);

  // On-stream words speak the show's language (the show form), not the studio's.
  const showLanguage = snapshot.shows.find((show) => show.id === snapshot.activeShowId)?.language ?? snapshot.language;
  useEffect(() => {
    engine?.setLanguage(showLanguage);
  }, [engine, showLanguage]);

  // Alerts for purchases that become showable while the page is open (never a backlog after a reload);
  // the alert line plays each purchase once.
  const offersRef = useRef(snapshot.offers);
  const showLanguageRef = useRef(showLanguage);
  useEffect(() => {
    offersRef.current = snapshot.offers;
    showLanguageRef.current = showLanguage;
  }, [snapshot.offers, showLanguage]);
  useEffect(() => {
    if (!engine) return;
    return client.onEvent((event) => {
      if (event.type !== 'purchase.upserted') return;
      const alert = alertFor(event.purchase, offersRef.current, showLanguageRef.current, createTranslator(showLanguageRef.current));
      if (alert) engine.alert({ ...alert, image: giftImage(alert.animation) });
    });
  }, [client, engine]);

  // The camera is scaled to what the program and the previews draw of it (cheaper to compose).
  useEffect(() => {
    if (!camera.stream) return;
    return followDrawnSize(camera.stream, pictureDemand, { onError: (error) => console.warn('The camera kept its size:', error) });
  }, [camera.stream]);

  const chooseCamera = async (deviceId: string | null) => {
    setCamera((before) => ({ ...before, starting: true, error: null }));
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: deviceId ? { deviceId: { exact: deviceId }, width: 1280, height: 720 } : { width: 1280, height: 720 },
        audio: true,
      });
      camera.stream?.getTracks().forEach((track) => track.stop());
      setCamera({ stream, deviceId: stream.getVideoTracks()[0]?.getSettings().deviceId ?? deviceId, error: null, starting: false });
    } catch (error) {
      const name = (error as { name?: string }).name;
      const message =
        name === 'NotAllowedError'
          ? intl.formatMessage({ id: 'program.camera.blocked' })
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? intl.formatMessage({ id: 'program.camera.gone' })
            : name === 'NotReadableError'
              ? intl.formatMessage({ id: 'program.camera.busy' })
              : name
                ? intl.formatMessage({ id: 'program.camera.failed' }, { name })
                : intl.formatMessage({ id: 'program.camera.failedUnknown' });
      setCamera((before) => ({ ...before, starting: false, error: message }));
    }
  };

  function chooseLayout(next: ProgramLayout) {
    arrange({ layout: next, guestOrder: order });
  }

  const value: ProgramContextValue = {
    engine,
    obs: broadcastView.value?.obs ?? null,
    program,
    loadError: broadcastView.loadError?.message ?? null,
    layout,
    setLayout: chooseLayout,
    guestSlots,
    moveGuest: (id, slot) => {
      const next = moveGuestTo(order, id, slot);
      if (!sameOrder(next, order)) arrange({ layout, guestOrder: next });
    },
    arrangeError,
    camera,
    share,
    session,
    chooseCamera,
    stopCamera: () => {
      camera.stream?.getTracks().forEach((track) => track.stop());
      setCamera({ stream: null, deviceId: null, error: null, starting: false });
    },
  };
  return <ProgramContext.Provider value={value}>{children}</ProgramContext.Provider>;
}

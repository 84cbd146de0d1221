import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Seat } from '../../../shared/guests';
import { Locale } from '../../../shared/i18n/locale';
import type { AppErrorShape } from '../../../shared/result';
import type { Selfie, TakeSelfieResult } from '../../../shared/selfies';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { useLocalizeError } from '../../i18n/use-localize-error';
import { takeSelfieShot, wordShotError, type SelfiePhase } from '../../lib/selfie-shot';
import { useProgram } from '../program/ProgramContext';
import { NO_SELFIES, SELFIES_SYNC } from './selfies-sync';

export interface SelfieOutcome {
  seatId: string;
  ok: boolean;
  /** What happened, in words for the host ("Selfie saved from OBS", or the refusal). */
  message: string;
  /** OBS failed and the studio's frame was kept: said separately so it stands out. */
  notice: string | null;
}

export interface SelfiesContextValue {
  /** The active show's selfies, oldest first. */
  selfies: Selfie[];
  loadError: string | null;
  /** The shot under way (one at a time). */
  shot: { seatId: string; phase: SelfiePhase } | null;
  last: SelfieOutcome | null;
  take: (seat: Seat) => void;
  /** Resolves the refusal's message, or null when deleted. */
  remove: (selfieId: string) => Promise<string | null>;
  /** Server address and host token, to fetch the pictures (headers, never URLs). */
  session: { serverUrl: string; token: string } | null;
}

const SelfiesContext = createContext<SelfiesContextValue | null>(null);

export function useSelfies(): SelfiesContextValue {
  const value = useContext(SelfiesContext);
  if (!value) throw new Error('useSelfies needs a <SelfiesProvider> above it');
  return value;
}

/** Selfies for the whole studio page: the list (kept live), the shot under way and its outcome. */
export function SelfiesProvider({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const localize = useLocalizeError();
  const { client } = useStudio();
  const { engine, session } = useProgram();
  const { view } = useSyncedState(client, SELFIES_SYNC);
  const selfies = view.value ?? NO_SELFIES;
  const loadError = view.loadError ? localize(view.loadError).message : null;
  const [shot, setShot] = useState<SelfiesContextValue['shot']>(null);
  const [last, setLast] = useState<SelfieOutcome | null>(null);
  const busy = useRef(false);

  const take = useCallback(
    (seat: Seat) => {
      if (busy.current) return;
      if (!engine || !session) {
        setLast({ seatId: seat.id, ok: false, message: intl.formatMessage({ id: 'selfies.take.notReady' }), notice: null });
        return;
      }
      busy.current = true;
      setLast(null);
      void takeSelfieShot(
        {
          program: engine,
          serverUrl: session.serverUrl,
          token: session.token,
          announce: (input) => client.command('selfie.announce', input),
          take: (input) => client.command('selfie.take', input),
          onPhase: (phase) => setShot({ seatId: seat.id, phase }),
        },
        seat,
      ).then((result) => {
        busy.current = false;
        setShot(null);
        setLast(
          result.ok
            ? {
                seatId: seat.id,
                ok: true,
                message: intl.formatMessage({ id: 'selfies.take.saved' }, { source: result.value.selfie.source }),
                notice: selfieNotice(result.value, localize),
              }
            : { seatId: seat.id, ok: false, message: wordShotError(result, Locale.catch('en').parse(intl.locale)), notice: null },
        );
      });
    },
    [client, engine, session, intl, localize],
  );

  const remove = useCallback(
    async (selfieId: string) => {
      const result = await client.command('selfie.delete', { selfieId });
      return result.ok ? null : localize(result.error).message;
    },
    [client, localize],
  );

  return <SelfiesContext.Provider value={{ selfies, loadError, shot, last, take, remove, session }}>{children}</SelfiesContext.Provider>;
}

/** The take's notice (OBS failed, the studio's frame was kept) in the page's language, from its reason when it has one. */
function selfieNotice(taken: TakeSelfieResult, localize: (error: AppErrorShape) => AppErrorShape): string | null {
  if (taken.notice === null) return null;
  const error: AppErrorShape = { code: 'unavailable', message: taken.notice };
  return localize(taken.noticeReason ? { ...error, reason: taken.noticeReason } : error).message;
}

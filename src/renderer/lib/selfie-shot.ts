import type { CommandInput, CommandOutput } from '../../shared/commands';
import { localizeError } from '../../shared/i18n/localize-error';
import type { Locale } from '../../shared/i18n/locale';
import { createTranslator } from '../../shared/i18n/messages';
import { errorWith, type AppErrorShape, type Result } from '../../shared/result';
import { SELFIE_COUNTDOWN_MS, SELFIE_FRAME_PATH, UploadedFrame } from '../../shared/selfies';
import { requestJson } from './http';

/**
 * One selfie, start to finish, framework-free: the guest is told the shot is coming (their page
 * counts down with the program; a seat that cannot have a selfie is refused here, before any
 * countdown), the countdown on the program, a clean program frame
 * from the compositor uploaded to the core (the fallback picture), then `selfie.take` (the core
 * shoots OBS's program when it can), then the flash. Each step reports its phase for the button.
 */
export interface SelfieProgram {
  setSelfieCountdown(countdown: { guestName: string; remainingMs: number } | null): void;
  captureFrame(type?: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob>;
  flash(): void;
}

export type SelfiePhase = 'countdown' | 'saving';

export interface SelfieShotDeps {
  program: SelfieProgram;
  serverUrl: string;
  token: string;
  announce(input: CommandInput<'selfie.announce'>): Promise<Result<CommandOutput<'selfie.announce'>>>;
  take(input: CommandInput<'selfie.take'>): Promise<Result<CommandOutput<'selfie.take'>>>;
  onPhase?(phase: SelfiePhase): void;
  countdownMs?: number;
  fetchImpl?: typeof fetch;
}

/** A shot that failed: the take's refusal, and the frame's own problem when the studio's frame could not be sent either. */
export interface FailedShot {
  ok: false;
  error: AppErrorShape;
  frameProblem?: AppErrorShape;
}
export type ShotResult = { ok: true; value: CommandOutput<'selfie.take'> } | FailedShot;

export async function takeSelfieShot(deps: SelfieShotDeps, seat: { id: string; guestName: string }): Promise<ShotResult> {
  const countdownMs = deps.countdownMs ?? SELFIE_COUNTDOWN_MS;
  const announced = await deps.announce({ seatId: seat.id, inMs: countdownMs });
  if (!announced.ok) return announced;
  deps.onPhase?.('countdown');
  deps.program.setSelfieCountdown({ guestName: seat.guestName, remainingMs: countdownMs });
  await new Promise((resolve) => setTimeout(resolve, countdownMs));
  deps.program.setSelfieCountdown(null);
  deps.onPhase?.('saving');
  let frameId: string | null = null;
  let frameProblem: AppErrorShape | null = null;
  try {
    const frame = await deps.program.captureFrame('image/jpeg', 0.92);
    const uploaded = await uploadFrame(deps, frame);
    if (uploaded.ok) frameId = uploaded.value.frameId;
    else frameProblem = uploaded.error;
  } catch (error) {
    console.warn('program frame not captured:', String(error));
    frameProblem = errorWith('internal', 'error.selfie.frameNotCaptured');
  }
  const taken = await deps.take({ seatId: seat.id, frameId });
  if (taken.ok) deps.program.flash();
  if (!taken.ok && frameProblem) return { ...taken, frameProblem };
  return taken;
}

/** A failed shot in `locale`: the take's refusal, and why the studio's own frame was not sent either when it was not. */
export function wordShotError(failed: FailedShot, locale: Locale): string {
  const take = localizeError(failed.error, locale).message;
  if (!failed.frameProblem) return take;
  return createTranslator(locale)('selfies.take.frameNotSentEither', { problem: take, frameProblem: localizeError(failed.frameProblem, locale).message });
}

function uploadFrame(deps: SelfieShotDeps, frame: Blob): Promise<Result<UploadedFrame>> {
  const fetchImpl = deps.fetchImpl ?? fetch;
  // requestJson sends JSON bodies only: the frame goes as raw bytes, the answer is read the same way.
  const upload: typeof fetch = (url, init) => fetchImpl(url, { ...init, method: 'POST', body: frame, headers: { ...(init?.headers as Record<string, string>), 'Content-Type': frame.type } });
  return requestJson(`${deps.serverUrl.replace(/\/$/, '')}${SELFIE_FRAME_PATH}`, UploadedFrame, { headers: { Authorization: `Bearer ${deps.token}` } }, upload);
}

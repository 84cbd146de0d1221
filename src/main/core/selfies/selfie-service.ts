import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorWith, failWith, ok, type AppErrorShape, type Result } from '../../../shared/result';
import { activity, guestSubject, said } from '../activity/activity-said';
import { SELFIE_MAX_BYTES, SELFIES_PER_SEAT, type Selfie, type SelfieContentType, type SelfieSource, type TakeSelfieResult } from '../../../shared/selfies';
import type { Actor } from '../actor';
import type { EventBus } from '../bus';
import type { Logger } from '../log';
import type { ObsDriver } from '../obs/obs-driver';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import { newId } from '../store/ids';
import { repositories } from '../store/repositories';
import { runUnitOfWork } from '../store/unit-of-work';
import { queueBuyerMail } from '../mail/mail-triggers';
import type { FrameStash } from './frame-stash';
import { dataUrlBytes, extensionOf, imageInfo } from './image-info';

/**
 * Selfies for selfie hot seats. The host's page has run the countdown on the program and uploaded
 * its own frame; `take` then asks OBS for the program input at full canvas size (what the audience
 * sees), and keeps the page's frame when OBS is absent or fails (saying so). The picture is checked
 * (PNG/JPEG by its bytes, size-limited), written to `<dataDir>/selfies/` (temporary file, then
 * renamed) and only then recorded, so every row has its file; files without a row (a crash between
 * the two, or a delete cut short) are removed at start.
 */
export interface SelfieService {
  /** Tells the guest on a selfie seat on air that the shot happens in `inMs`; refuses what `take` would refuse. */
  announce(seatId: string, inMs: number): Result<Record<string, never>>;
  take(seatId: string, frameId: string | null, actor: Actor): Promise<Result<TakeSelfieResult>>;
  /** The active show's selfies (or one show's), oldest first. */
  list(showId?: string | null): Selfie[];
  forPurchase(purchaseId: string): Selfie[];
  remove(selfieId: string, actor: Actor): Result<Record<string, never>>;
  /** The picture, only when it belongs to `purchaseId` (the receipt holder's own). */
  fileForPurchase(purchaseId: string, selfieId: string): StoredPicture | null;
  fileForHost(selfieId: string): StoredPicture | null;
}

export interface StoredPicture {
  bytes: Buffer;
  contentType: SelfieContentType;
  /** A download name: the show, the guest's shot number, the right extension. */
  downloadName: string;
}

export interface SelfieServiceDeps {
  db: Database;
  bus: EventBus;
  log: Logger;
  dataDir: string;
  frames: FrameStash;
  obs: Pick<ObsDriver, 'status' | 'programShot'>;
  clock?: Clock;
  /**
   * How long OBS shows the program after the studio draws it: the shot waits this long after the
   * countdown so OBS's picture is the clean one. The media path (a live stream) is the slow one.
   */
  obsDelayMs?: { browser: number; media: number };
}

export function createSelfieService(deps: SelfieServiceDeps): SelfieService {
  const repos = repositories(deps.db);
  const clock = deps.clock ?? systemClock;
  const dir = join(deps.dataDir, 'selfies');
  const delays = deps.obsDelayMs ?? { browser: 250, media: 1_500 };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  sweepOrphans(dir, repos.selfies.fileNames(), deps.log);

  const publish = (purchaseId: string) =>
    deps.bus.publish({ type: 'selfies.updated', purchaseId, selfies: repos.selfies.listForPurchase(purchaseId).map((r) => r.selfie) });

  const obsPicture = async (): Promise<Result<Buffer>> => {
    const path = deps.obs.status().programPath;
    const wait = path === 'media' ? delays.media : delays.browser;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const shot = await deps.obs.programShot('png');
    if (!shot.ok) return shot;
    const bytes = dataUrlBytes(shot.value.dataUrl);
    return bytes ? ok(bytes) : failWith('unavailable', 'error.selfie.obsNotPicture');
  };

  const picture = (file: { fileName: string; selfie: Selfie }, index: number): StoredPicture | null => {
    try {
      const bytes = readFileSync(join(dir, file.fileName));
      const slug = repos.shows.get(file.selfie.showId)?.slug ?? 'show';
      return { bytes, contentType: file.selfie.contentType, downloadName: `hotseat-selfie-${slug}-${index + 1}.${extensionOf(file.selfie.contentType)}` };
    } catch (error) {
      deps.log.error('selfie file missing', { selfie: file.selfie.id, error });
      return null;
    }
  };

  const indexInPurchase = (selfie: Selfie) => repos.selfies.listForPurchase(selfie.purchaseId).findIndex((r) => r.selfie.id === selfie.id);

  /** A selfie seat on air with room for another shot, or why not. */
  const shootable = (seatId: string): Result<{ id: string; guestName: string; purchaseId: string; showId: string }> => {
    const seat = repos.seats.get(seatId);
    if (!seat) return failWith('not_found', 'error.seat.missing');
    if (seat.format !== 'selfie' || seat.purchaseId === null) {
      return failWith('conflict', 'error.selfie.noSelfieSeat', { guest: seat.guestName });
    }
    if (seat.stage !== 'live') return failWith('conflict', 'error.selfie.notOnAir', { guest: seat.guestName });
    if (repos.selfies.countForSeat(seat.id) >= SELFIES_PER_SEAT) {
      return failWith('limit_reached', 'error.selfie.limit', { guest: seat.guestName, limit: SELFIES_PER_SEAT });
    }
    return ok({ id: seat.id, guestName: seat.guestName, purchaseId: seat.purchaseId, showId: seat.showId });
  };

  return {
    announce(seatId, inMs) {
      const seat = shootable(seatId);
      if (!seat.ok) return seat;
      deps.bus.publish({ type: 'guest.selfie', seatId: seat.value.id, inMs });
      return ok({});
    },

    async take(seatId, frameId, actor) {
      const shootableSeat = shootable(seatId);
      if (!shootableSeat.ok) return shootableSeat;
      const seat = shootableSeat.value;
      const frame = frameId ? deps.frames.take(frameId) : null;
      if (frameId && !frame) deps.log.warn('selfie: the studio frame expired or was never uploaded', { seat: seatId });

      let bytes: Buffer | null = null;
      let source: SelfieSource = 'studio';
      // What the host should know (OBS failed, and why: its own words, which stay as OBS gave them).
      let notice: AppErrorShape | null = null;
      if (deps.obs.status().connection === 'connected') {
        const fromObs = await obsPicture();
        const checked = fromObs.ok ? checkPicture(fromObs.value) : fromObs;
        if (checked.ok) {
          bytes = fromObs.ok ? fromObs.value : null;
          source = 'obs';
        } else {
          notice = errorWith('unavailable', frame ? 'error.selfie.obsFailedFrameKept' : 'error.selfie.obsFailed', { problem: checked.error.message });
          deps.log.warn('selfie: OBS screenshot failed', { error: checked.error.message, fallback: Boolean(frame) });
        }
      }
      if (!bytes) {
        if (!frame) return { ok: false, error: notice ?? errorWith('unavailable', 'error.selfie.noPicture') };
        bytes = frame;
      }
      const checked = checkPicture(bytes);
      if (!checked.ok) return checked;

      const id = newId('sfy');
      const fileName = `${id}.${extensionOf(checked.value.contentType)}`;
      const temporary = join(dir, `.${fileName}.part`);
      writeFileSync(temporary, bytes, { mode: 0o600 });
      renameSync(temporary, join(dir, fileName));
      const selfie: Selfie = {
        id,
        purchaseId: seat.purchaseId,
        seatId: seat.id,
        showId: seat.showId,
        guestName: seat.guestName,
        contentType: checked.value.contentType,
        bytes: bytes.length,
        width: checked.value.width,
        height: checked.value.height,
        source,
        takenAt: isoNow(clock),
      };
      const purchaseId = seat.purchaseId;
      let stored: Result<Selfie>;
      try {
        stored = runUnitOfWork(deps.db, deps.bus, (emit) => {
          repos.selfies.insert({ selfie, fileName, takenBy: actor.name });
          // One "your selfie is ready" per purchase: the receipt it links to shows every shot.
          if (purchaseId) queueBuyerMail(repos, 'selfie', purchaseId, selfie.takenAt);
          const entry = repos.audit.append({
            at: selfie.takenAt,
            actor: actor.name,
            action: 'selfie.taken',
            purchaseId,
            said: activity(guestSubject(seat.guestName), said('activity.said.selfieTaken', { source })),
          });
          emit({ type: 'audit.appended', entry });
          return ok(selfie);
        });
      } catch (error) {
        rmSync(join(dir, fileName), { force: true });
        throw error;
      }
      if (!stored.ok) {
        rmSync(join(dir, fileName), { force: true });
        return stored;
      }
      publish(purchaseId);
      return ok({ selfie, notice: notice?.message ?? null, ...(notice?.reason ? { noticeReason: notice.reason } : {}) });
    },

    list(showId) {
      const show = showId ? repos.shows.get(showId) : (repos.shows.live() ?? repos.shows.newestDraft());
      return show ? repos.selfies.listForShow(show.id).map((r) => r.selfie) : [];
    },

    forPurchase: (purchaseId) => repos.selfies.listForPurchase(purchaseId).map((r) => r.selfie),

    remove(selfieId, actor) {
      const record = repos.selfies.get(selfieId);
      if (!record) return failWith('not_found', 'error.selfie.gone');
      const removed = runUnitOfWork(deps.db, deps.bus, (emit) => {
        repos.selfies.delete(selfieId);
        const entry = repos.audit.append({
          at: isoNow(clock),
          actor: actor.name,
          action: 'selfie.deleted',
          purchaseId: record.selfie.purchaseId,
          said: activity(guestSubject(record.selfie.guestName), said('activity.said.selfieDeleted')),
        });
        emit({ type: 'audit.appended', entry });
        return ok({});
      });
      if (!removed.ok) return removed;
      // After the commit: a crash before this leaves a file without a row, which the next start removes.
      rmSync(join(dir, record.fileName), { force: true });
      publish(record.selfie.purchaseId);
      return ok({});
    },

    fileForPurchase(purchaseId, selfieId) {
      const record = repos.selfies.get(selfieId);
      if (record?.selfie.purchaseId !== purchaseId) return null;
      return picture(record, indexInPurchase(record.selfie));
    },

    fileForHost(selfieId) {
      const record = repos.selfies.get(selfieId);
      return record ? picture(record, indexInPurchase(record.selfie)) : null;
    },
  };
}

function checkPicture(bytes: Buffer): Result<{ contentType: SelfieContentType; width: number; height: number }> {
  if (bytes.length > SELFIE_MAX_BYTES) return failWith('too_large', 'error.selfie.tooLarge', { megabytes: SELFIE_MAX_BYTES / (1024 * 1024) });
  const info = imageInfo(bytes);
  return info ? ok(info) : failWith('bad_request', 'error.selfie.notImage');
}

function sweepOrphans(dir: string, known: Set<string>, log: Logger): void {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (known.has(name)) continue;
    rmSync(join(dir, name), { force: true, recursive: true });
    removed++;
  }
  if (removed > 0) log.info('selfies: removed files left without a record', { removed });
}

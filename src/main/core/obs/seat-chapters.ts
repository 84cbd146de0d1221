import type { Seat, SeatStage } from '../../../shared/guests';
import type { EventBus } from '../bus';
import type { Logger } from '../log';
import type { ObsDriver } from './obs-driver';

/**
 * A chapter marker in the recording at each hot seat: whenever a seat goes on air (from any other
 * stage), OBS gets "Hot seat — <guest name>" while it records, where OBS can (30.2+; the driver
 * skips cleanly otherwise and says so in its status). The seats known at start are primed, so a
 * studio restart in the middle of a seat adds no marker for it.
 */
export interface SeatChaptersDeps {
  bus: EventBus;
  obs: Pick<ObsDriver, 'addChapter'>;
  log: Logger;
  seatsNow(): readonly Seat[];
}

export function followSeatsWithChapters(deps: SeatChaptersDeps): () => void {
  const stages = new Map<string, SeatStage>(deps.seatsNow().map((seat) => [seat.id, seat.stage]));
  return deps.bus.subscribe((event) => {
    if (event.type !== 'seat.upserted') return;
    const { seat } = event;
    const before = stages.get(seat.id);
    if (seat.stage === 'ended') stages.delete(seat.id);
    else stages.set(seat.id, seat.stage);
    if (seat.stage !== 'live' || before === 'live') return;
    void deps.obs.addChapter(chapterName(seat.guestName)).then((result) => {
      if (result.ok && result.value.added) deps.log.info('obs: chapter marker added', { seat: seat.id });
    });
  });
}

/** "Hot seat — Maya": the guest's display name (already free of control characters), bounded. */
export function chapterName(guestName: string): string {
  const name = [...guestName.trim()].slice(0, 60).join('');
  return name ? `Hot seat — ${name}` : 'Hot seat';
}

import { measured, type Figure } from '../lib/figure';
import type { GuestJoin } from '../support/green-room-pages';

/**
 * Figure 7, green room scale: guests invited by the host open their join links one after another
 * (headless Chromium pages with a small fake camera, several browser contexts per browser), pass the
 * device check and join the green room; the studio page (host, Guests tab) calls each one over
 * WebRTC. Only the first N present in line (the host's "live pictures" setting, 6 by default) send
 * their picture; the guest pages further back pause their video encoder (core/guests/seat-pictures.ts)
 * and their studio card shows "Picture paused" (support/green-room-pages.ts stamps both).
 * - 7a join → first frame: the guest's click on "Join the green room" (stamped in the guest page) to
 *   the first frame of that guest's video decoded in the studio page, for guests whose picture is live;
 * - 7e join → paused card: the same click to the studio's "Picture paused" card, for timed guests
 *   further back. Only the first guests (the live pictures) and the last two are timed with their own
 *   guest page; with more guests the others join from shared crowd pages (support/guest-crowd.ts: own
 *   session and WebRTC peers each, one fake camera and microphone per page), since 50 real guest
 *   pages need more cores than this machine has (each guest's own preview and microphone);
 * - 7f Show picture → first frame: with everyone waiting, the host clicks "Show picture" on a paused
 *   guest at the back (then "Pause picture"): the click to that guest's first decoded frame;
 * - 7b–7d, 7g: four go on air (the next guests in line move up and their pictures start), a reader
 *   opens the program stream as OBS does, and the studio's CPU (the core process, the studio page's
 *   browser), its compositor and all guest browsers' CPU are sampled with everyone connected.
 */
export interface StudioLoad {
  /** Core process CPU, % of one core. */
  corePercent: number;
  /** The studio page's browser (all its processes), % of one core. */
  pagePercent: number;
  /** Every guest page's browser together (all their processes), % of one core. */
  guestPagesPercent: number;
  /** The studio page's program compositor while the guests are on air (its own readout), ms. */
  compositorP95: number;
}

export interface GreenRoomRun {
  guests: number;
  joins: GuestJoin[];
  /** Show picture → first frame (7f), ms. */
  showPicture: number[];
  loads: StudioLoad[];
  /** Live pictures while the CPU was sampled: guests on air plus those at the front of the line. */
  liveWhileSampled: number;
  /** The host's setting: how many at the front of the line are live. */
  livePictures: number;
  /** Guests that joined from shared crowd pages (support/guest-crowd.ts), and how many pages. */
  crowd: { guests: number; pages: number };
}

export function greenRoomFigures(run: GreenRoomRun): Figure[] {
  const { guests, joins, showPicture, loads, liveWhileSampled, livePictures, crowd } = run;
  const pagesNote = crowd.guests > 0 ? ` (${joins.length} with their own page, ${crowd.guests} from ${crowd.pages} shared crowd page${crowd.pages === 1 ? '' : 's'})` : '';
  const scale = `${guests} guests connected${pagesNote}, 4 on air, ${liveWhileSampled} live pictures`;
  const live = joins.filter((j) => j.picture === 'live');
  const paused = joins.filter((j) => j.picture === 'paused');
  const waiting = (list: GuestJoin[]) => (list.length > 0 ? `${list[0]?.alreadyWaiting ?? 0}–${list.at(-1)?.alreadyWaiting ?? 0} already waiting` : 'none');
  const figures = [
    measured({
      id: '7a',
      name: `Green room: guest clicks Join → first frame in the studio page, guests whose picture is live (the first ${live.length} of ${guests} joining one after another; live pictures: ${livePictures})`,
      unit: 'ms',
      samples: live.map((j) => j.ms),
      comparedTo: `joins with ${waiting(live)}; issue 7 sets no target`,
    }),
    measured({
      id: '7b',
      name: `Studio core process CPU, ${scale}`,
      unit: '%',
      samples: loads.map((l) => l.corePercent),
      comparedTo: '% of one core, one sample a second',
    }),
    measured({
      id: '7c',
      name: `Studio page CPU (its browser: ${liveWhileSampled} WebRTC video decodes + program), ${scale}`,
      unit: '%',
      samples: loads.map((l) => l.pagePercent),
      comparedTo: '% of one core (2 cores = 200 %), one sample a second',
    }),
    measured({
      id: '7d',
      name: `Program compositor frame time p95 (its own readout), ${scale}`,
      unit: 'ms',
      samples: loads.map((l) => l.compositorP95),
      comparedTo: 'one readout a second (each a p95 over the last 120 frames)',
    }),
    measured({
      id: '7g',
      name: `All guest browsers together (${liveWhileSampled} guests sending video, ${guests - liveWhileSampled} paused), ${scale}`,
      unit: '%',
      samples: loads.map((l) => l.guestPagesPercent),
      comparedTo: '% of one core, one sample a second; on this machine they share its 2 cores with the studio',
    }),
  ];
  // With no more guests than live pictures nobody is paused: no 7e/7f rows rather than empty ones.
  if (paused.length === 0) return figures;
  return [
    ...figures,
    measured({
      id: '7e',
      name: `Green room: guest clicks Join → "Picture paused" card in the studio page, timed guests further back (${paused.length} of ${guests}, own pages)`,
      unit: 'ms',
      samples: paused.map((j) => j.ms),
      comparedTo: `joins with ${waiting(paused)}; their video is paused at the guest`,
    }),
    measured({
      id: '7f',
      name: `Green room: host clicks "Show picture" on a paused guest → first frame in the studio page (${guests} waiting)`,
      unit: 'ms',
      samples: showPicture,
      comparedTo: 'guests at the back of the line, one at a time (then paused again)',
    }),
  ];
}

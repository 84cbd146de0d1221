import { z } from 'zod';
import { hasControlCharacters } from './text';
import { Locale } from './i18n/locale';

/**
 * The program picture's settings, kept by the core so every page that draws the program (the
 * studio's compositor, the program page inside OBS) draws the same thing.
 */
export const ProgramResolution = z.enum(['720p', '1080p']);
export type ProgramResolution = z.infer<typeof ProgramResolution>;

/** `spotlight`: the first source large, the others in a column beside it (a shared screen leads it). */
export const ProgramLayout = z.enum(['solo', 'side-by-side', 'pip', 'grid', 'spotlight']);
export type ProgramLayout = z.infer<typeof ProgramLayout>;

const filterWord = z
  .string()
  .trim()
  .min(1, 'field.notEmpty')
  .max(40, 'field.tooLong')
  .refine((word) => !hasControlCharacters(word), 'field.noControlCharacters');

/**
 * Where the tip/gift/sold alerts are drawn: `auto` puts them on the overlay when OBS has the overlay
 * input (a browser source above the program), else into the program picture; `program` always into
 * the picture (no overlay input is made); `overlay` never into the picture (for an overlay the host
 * adds to OBS or another mixer by hand). One place decides, so an alert never shows twice.
 */
export const AlertsLayerChoice = z.enum(['auto', 'program', 'overlay']);
export type AlertsLayerChoice = z.infer<typeof AlertsLayerChoice>;
export const AlertsLayer = z.enum(['program', 'overlay']);
export type AlertsLayer = z.infer<typeof AlertsLayer>;

export const ProgramSettings = z.object({
  resolution: ProgramResolution,
  fps: z.union([z.literal(30), z.literal(60)]),
  /** The hot-seat countdown drawn on the program (the host can hide it). */
  showCountdown: z.boolean(),
  /** Words masked in any buyer text drawn on the program (case-insensitive, whole words). */
  wordFilter: z.array(filterWord).max(500, 'field.atMostWords'),
  /** Settings saved before this choice existed read as `auto`. */
  alerts: AlertsLayerChoice.default('auto'),
  /** The store's QR code and short address in a corner of the picture, while the store has a public address. */
  storeQr: z.boolean().default(false),
});
export type ProgramSettings = z.infer<typeof ProgramSettings>;

export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  resolution: '720p',
  fps: 30,
  showCountdown: true,
  wordFilter: [],
  alerts: 'auto',
  storeQr: false,
};

/** The layer the alerts are drawn on, given the host's choice and whether OBS has the overlay input. */
export function alertsLayerOf(choice: AlertsLayerChoice, overlayInput: boolean): AlertsLayer {
  if (choice === 'auto') return overlayInput ? 'overlay' : 'program';
  return choice;
}

export function programSize(resolution: ProgramResolution): { width: number; height: number } {
  return resolution === '1080p' ? { width: 1920, height: 1080 } : { width: 1280, height: 720 };
}

/**
 * How the host arranged the program: the layout and the order of the guests' slots (seat ids, the
 * first is the slot next to the host). Kept by the core so a reload or a second studio window
 * shows the same arrangement.
 */
export const ProgramArrangement = z.object({
  layout: ProgramLayout,
  guestOrder: z.array(z.string().min(1).max(64)).max(64, 'field.atMostGuests'),
});
export type ProgramArrangement = z.infer<typeof ProgramArrangement>;

export const DEFAULT_ARRANGEMENT: ProgramArrangement = { layout: 'side-by-side', guestOrder: [] };

/**
 * The store card drawn on stream: the QR code encodes `url`, `label` is the address to type (the
 * same without its scheme). Drawn on the alerts' layer, so it too shows exactly once.
 */
export const StoreCard = z.object({ url: z.string(), label: z.string() });
export type StoreCard = z.infer<typeof StoreCard>;

/** The card to draw: only when the host wants it and the store has an address viewers can open. */
export function storeCardOf(wanted: boolean, publicStoreUrl: string | null): StoreCard | null {
  if (!wanted || !publicStoreUrl) return null;
  return { url: publicStoreUrl, label: publicStoreUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '') };
}

/** What the host sees of the program: settings, the URLs OBS loads (they carry the program key), the live feed. */
export const ProgramState = z.object({
  settings: ProgramSettings,
  links: z.object({ page: z.string(), stream: z.string(), overlay: z.string() }),
  /** Where the alerts are drawn right now (settings.alerts resolved against OBS's overlay input). */
  alertsLayer: AlertsLayer,
  arrangement: ProgramArrangement,
  /** Null when off, or when the store has no public address yet (a local link helps no viewer). */
  storeCard: StoreCard.nullable(),
  /** What the program and the overlay write on stream in: the running show's language. */
  language: Locale,
  feed: z.object({
    /** The studio page is recording the program and the stream has its header. */
    live: z.boolean(),
    /** Open reads of the stream (OBS's media source is one). */
    readers: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    problem: z.string().nullable(),
  }),
});
export type ProgramState = z.infer<typeof ProgramState>;

/**
 * All the alert overlay page (`/overlay?key=…`) learns about the program: its size, the word filter,
 * whether it is the layer the alerts are drawn on, and the store card (public already). Nothing else (no links, no feed, no OBS).
 */
export const OverlayState = z.object({
  resolution: ProgramResolution,
  wordFilter: z.array(z.string()),
  alertsLayer: AlertsLayer,
  storeCard: StoreCard.nullable(),
  /** The running show's language: the alert cards' and the store card's words. */
  language: Locale,
});
export type OverlayState = z.infer<typeof OverlayState>;

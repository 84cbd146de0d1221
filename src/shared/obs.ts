import { z } from 'zod';
import { ErrorReason } from './result';

/**
 * OBS Studio, driven by the core over obs-websocket 5: the host's settings (the password is
 * write-only: it goes into the core's secret store and never comes back out) and the live status
 * the core pushes to the studio.
 */

/** How the program reaches OBS: a browser source showing the program page, or a media source playing the live WebM stream. */
export const ObsProgramPath = z.enum(['browser', 'media']);
export type ObsProgramPath = z.infer<typeof ObsProgramPath>;

/** `auto` picks the browser path when the OBS build has a browser source, else the media path. */
export const ObsPathChoice = z.enum(['auto', 'browser', 'media']);
export type ObsPathChoice = z.infer<typeof ObsPathChoice>;

export const ObsAddress = z
  .string()
  .trim()
  .min(1, 'field.required')
  .max(200)
  .refine((value) => /^wss?:\/\/[^\s/?#]+(:\d{1,5})?\/?$/.test(value), 'field.obsAddress');

export const ObsSettings = z.object({
  /** Off: the studio never contacts OBS. */
  enabled: z.boolean(),
  address: ObsAddress,
  programPath: ObsPathChoice,
  /** Whether a password is stored; the password itself never leaves the core. */
  passwordSet: z.boolean(),
});
export type ObsSettings = z.infer<typeof ObsSettings>;

export const ObsSettingsInput = z.object({
  enabled: z.boolean(),
  address: ObsAddress,
  programPath: ObsPathChoice,
  /** A new password; `null` forgets the stored one; left out, the stored one stays. */
  password: z.string().max(200, 'field.tooLong').nullable().optional(),
});
export type ObsSettingsInput = z.infer<typeof ObsSettingsInput>;

export const ObsConnectionState = z.enum(['disabled', 'connecting', 'connected', 'reconnecting', 'failed']);
export type ObsConnectionState = z.infer<typeof ObsConnectionState>;

export const ObsProblemCode = z.enum([
  /** Nothing answers at the address: OBS is not running or its WebSocket server is off. */
  'unreachable',
  'password_required',
  'wrong_password',
  'version_too_old',
  /** OBS answered something the studio does not understand, or did not answer in time. */
  'protocol',
  /** Connected, but setting up the Hotseat scene or an output command failed. */
  'obs_refused',
  /** The connection was lost (OBS closed or crashed); the studio reconnects by itself. */
  'lost',
  /**
   * Connected, but OBS did not answer a request in time (busy, frozen, or the computer overloaded).
   * The studio keeps checking and clears it at the first prompt answer; after a few misses in a row
   * it treats the connection as lost and reconnects.
   */
  'slow',
]);
export type ObsProblemCode = z.infer<typeof ObsProblemCode>;

/** `message` in English; `reason` (a catalog id and values) for each page to word it in its language. */
export const ObsProblem = z.object({ code: ObsProblemCode, message: z.string(), reason: ErrorReason.optional() });
export type ObsProblem = z.infer<typeof ObsProblem>;

export const ObsOutputStatus = z.object({
  active: z.boolean(),
  /** Milliseconds the output has been running, when active. */
  durationMs: z.number().nonnegative().nullable(),
  /** 0..1; only streaming has it. */
  congestion: z.number().min(0).max(1).nullable(),
  skippedFrames: z.number().int().nonnegative(),
  totalFrames: z.number().int().nonnegative(),
});
export type ObsOutputStatus = z.infer<typeof ObsOutputStatus>;

export const ObsStats = z.object({
  activeFps: z.number().nonnegative(),
  /** Frames OBS could not render in time (the machine is too slow). */
  renderSkippedFrames: z.number().int().nonnegative(),
  renderTotalFrames: z.number().int().nonnegative(),
  /** Frames the encoder had to drop (encoding too slow). */
  outputSkippedFrames: z.number().int().nonnegative(),
  outputTotalFrames: z.number().int().nonnegative(),
  /** Free space where OBS records, in megabytes. */
  availableDiskSpaceMb: z.number().nonnegative(),
  cpuUsage: z.number().nonnegative(),
});
export type ObsStats = z.infer<typeof ObsStats>;

/** Recording chapter markers at each hot seat (obs-websocket 5.5 / OBS 30.2+ `CreateRecordChapter`). */
export const ObsChapters = z.object({
  /** Whether this OBS can add chapter markers; null until connected. */
  supported: z.boolean().nullable(),
  /** The last marker added, and when (ISO time). */
  last: z.object({ name: z.string(), at: z.string() }).nullable(),
  /** Why the last marker could not be added (OBS refused, e.g. a recording format without chapters). */
  problem: z.string().nullable(),
  /** The same as a reason, for each page to word it in its language. */
  problemReason: ErrorReason.nullable().optional(),
});
export type ObsChapters = z.infer<typeof ObsChapters>;

/** What the studio says where OBS cannot add chapter markers. */
export const CHAPTERS_NEED = 'Chapter markers need OBS 30.2 or newer (obs-websocket 5.5).';

export const ObsStatus = z.object({
  settings: ObsSettings,
  connection: ObsConnectionState,
  problem: ObsProblem.nullable(),
  /** Connection attempts since the last success (0 when connected). */
  attempt: z.number().int().nonnegative(),
  /** When the next attempt starts (ISO time), while reconnecting. */
  retryAt: z.string().nullable(),
  obsVersion: z.string().nullable(),
  websocketVersion: z.string().nullable(),
  /** The path in use, once connected. */
  programPath: ObsProgramPath.nullable(),
  /** The Hotseat scene and its inputs exist (made sure of at every connect). */
  sceneReady: z.boolean(),
  /**
   * The Hotseat scene holds the alert overlay input (a browser source above the program). Kept
   * through a lost connection (OBS keeps showing it meanwhile), cleared when a connect finds none.
   */
  overlayInput: z.boolean(),
  currentScene: z.string().nullable(),
  scenes: z.array(z.string()),
  streaming: ObsOutputStatus,
  recording: ObsOutputStatus.extend({ paused: z.boolean(), lastFile: z.string().nullable() }),
  stats: ObsStats.nullable(),
  chapters: ObsChapters,
  updatedAt: z.string(),
});
export type ObsStatus = z.infer<typeof ObsStatus>;

export const ObsOutputCommand = z.object({
  output: z.enum(['stream', 'record']),
  action: z.enum(['start', 'stop']),
});
export type ObsOutputCommand = z.infer<typeof ObsOutputCommand>;

/** Names the Hotseat scene and inputs carry in OBS (the creator's own scenes are never touched). */
export const OBS_NAMES = {
  scene: 'Hotseat',
  programInput: 'Hotseat program',
  overlayInput: 'Hotseat alerts',
} as const;

export const DEFAULT_OBS_ADDRESS = 'ws://127.0.0.1:4455';

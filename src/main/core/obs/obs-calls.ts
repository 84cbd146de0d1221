import type { OBSRequestTypes, OBSResponseTypes } from 'obs-websocket-js/json';
import { z } from 'zod';
import { said } from '../../../shared/i18n/said';
import { ObsProblemError } from './obs-problems';

/**
 * Every request the studio sends to OBS goes through one `call`, typed by obs-websocket-js's own
 * request and response types. The answers the studio relies on are also checked at run time, so an
 * OBS (or anything pretending to be one) that answers nonsense gives a clear "protocol" problem
 * instead of a crash deep inside the driver. A check names only the fields the studio reads, and
 * narrows what the library leaves loose (its lists are `JsonObject[]`).
 */
const answerChecks = {
  GetVersion: z.object({ obsVersion: z.string(), obsWebSocketVersion: z.string(), rpcVersion: z.number(), availableRequests: z.array(z.string()) }),
  GetInputKindList: z.object({ inputKinds: z.array(z.string()) }),
  GetSceneList: z.object({
    currentProgramSceneName: z.string().nullable().optional(),
    scenes: z.array(z.object({ sceneName: z.string() })),
  }),
  GetInputList: z.object({ inputs: z.array(z.object({ inputName: z.string(), inputKind: z.string() })) }),
  GetSceneItemList: z.object({ sceneItems: z.array(z.object({ sceneItemId: z.number(), sourceName: z.string() })) }),
  CreateInput: z.object({ sceneItemId: z.number() }),
  CreateSceneItem: z.object({ sceneItemId: z.number() }),
  GetVideoSettings: z.object({ baseWidth: z.number().positive(), baseHeight: z.number().positive() }),
  GetStats: z.object({
    activeFps: z.number(),
    renderSkippedFrames: z.number(),
    renderTotalFrames: z.number(),
    outputSkippedFrames: z.number(),
    outputTotalFrames: z.number(),
    availableDiskSpace: z.number(),
    cpuUsage: z.number(),
  }),
  GetStreamStatus: z.object({
    outputActive: z.boolean(),
    outputDuration: z.number(),
    outputCongestion: z.number().nullable().optional(),
    outputSkippedFrames: z.number(),
    outputTotalFrames: z.number(),
  }),
  GetRecordStatus: z.object({ outputActive: z.boolean(), outputPaused: z.boolean(), outputDuration: z.number() }),
  StopRecord: z.object({ outputPath: z.string().optional() }),
  GetSourceScreenshot: z.object({ imageData: z.string() }),
} satisfies { [K in keyof OBSResponseTypes]?: z.ZodType<Partial<OBSResponseTypes[K]> | Record<string, unknown>> };

type Checked = typeof answerChecks;
export type ObsRequest = keyof OBSRequestTypes;

/** What a request answers: the library's type, with the checked fields as checked. */
export type ObsAnswer<K extends ObsRequest> = K extends keyof Checked
  ? Omit<OBSResponseTypes[K], keyof z.infer<Checked[K]>> & z.infer<Checked[K]>
  : OBSResponseTypes[K];

export interface ObsCaller {
  call<K extends ObsRequest>(requestType: K, requestData?: OBSRequestTypes[K]): Promise<ObsAnswer<K>>;
}

/** The answer as the studio may read it, or a "protocol" problem naming the request. */
export function checkedAnswer<K extends ObsRequest>(requestType: K, answer: OBSResponseTypes[K]): ObsAnswer<K> {
  const check = (answerChecks as Partial<Record<ObsRequest, z.ZodType>>)[requestType];
  if (!check) return answer as ObsAnswer<K>;
  const parsed = check.safeParse(answer ?? {});
  if (!parsed.success) {
    throw new ObsProblemError({ code: 'protocol', ...said('error.obs.garbled', { request: requestType }) });
  }
  // The check keeps only the fields it names; the rest of the answer is the library's.
  return { ...(answer as object), ...(parsed.data as object) } as ObsAnswer<K>;
}

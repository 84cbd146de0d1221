import { z } from 'zod';
import { ObsProblemError } from './obs-problems';

/**
 * The requests the studio sends to OBS, with the shape of each answer it relies on. Answers are
 * checked, so an OBS (or anything pretending to be one) that answers nonsense gives a clear
 * "protocol" problem instead of a crash deep inside the driver.
 */
export interface ObsCaller {
  call(requestType: string, requestData?: Record<string, unknown>): Promise<unknown>;
}

export const responses = {
  GetVersion: z.object({
    obsVersion: z.string(),
    obsWebSocketVersion: z.string(),
    rpcVersion: z.number(),
    availableRequests: z.array(z.string()),
  }),
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
} as const;

export type ObsResponses = { [K in keyof typeof responses]: z.infer<(typeof responses)[K]> };

export async function read<K extends keyof typeof responses>(
  caller: ObsCaller,
  requestType: K,
  requestData?: Record<string, unknown>,
): Promise<ObsResponses[K]> {
  const answer = await caller.call(requestType, requestData);
  const parsed = responses[requestType].safeParse(answer ?? {});
  if (!parsed.success) {
    throw new ObsProblemError({ code: 'protocol', message: `OBS answered ${requestType} with something the studio does not understand.` });
  }
  return parsed.data as ObsResponses[K];
}

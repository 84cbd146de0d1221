import type { ObsOutputCommand } from '../../../shared/obs';
import type { ObsCaller } from './obs-calls';

/**
 * Starting and stopping OBS's stream or recording. OBS answers at once and starts the output in the
 * background, so the output counts as done only once its status says it runs (or stopped); asking
 * for what is already so is not an error.
 */
const OUTPUT_RUNNING = 500;
const OUTPUT_NOT_RUNNING = 501;

export type OutputOutcome = { kind: 'done'; lastFile: string | null } | { kind: 'failed'; error: unknown } | { kind: 'unsettled' };

/** `act` asks for the change (OBS may take long to answer it); `poll` reads the output's status. */
export async function runOutput(obs: { act: ObsCaller; poll: ObsCaller }, { output, action }: ObsOutputCommand, settleMs: number): Promise<OutputOutcome> {
  const request = `${action === 'start' ? 'Start' : 'Stop'}${output === 'stream' ? 'Stream' : 'Record'}` as const;
  let lastFile: string | null = null;
  try {
    if (request === 'StopRecord') lastFile = (await obs.act.call(request)).outputPath ?? null;
    else await obs.act.call(request);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const already = (action === 'start' && code === OUTPUT_RUNNING) || (action === 'stop' && code === OUTPUT_NOT_RUNNING);
    if (!already) return { kind: 'failed', error };
  }
  try {
    return (await settleOutput(obs.poll, output, action === 'start', settleMs)) ? { kind: 'done', lastFile } : { kind: 'unsettled' };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

async function settleOutput(obs: ObsCaller, output: 'stream' | 'record', active: boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = output === 'stream' ? await obs.call('GetStreamStatus') : await obs.call('GetRecordStatus');
    if (status.outputActive === active) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

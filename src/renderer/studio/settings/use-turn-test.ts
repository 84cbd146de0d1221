import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../shared/result';
import { useStudio } from '../../hooks/use-studio';
import { testTurn, type TurnTestOutcome } from '../../lib/turn-test';

export type TurnTestState =
  | { status: 'idle' }
  | { status: 'testing'; startedAt: number; urls: string[] }
  | { status: 'done'; outcome: TurnTestOutcome }
  /** The core would not make a plan (TURN not set up, or only half): its error says what is missing. */
  | { status: 'cannot'; error: AppErrorShape };

/** Runs "Test TURN": fresh credentials from the core (`turn.testPlan`), then a relay-only peer connection here. */
export function useTurnTest(): { state: TurnTestState; run: () => Promise<void> } {
  const { client } = useStudio();
  const [state, setState] = useState<TurnTestState>({ status: 'idle' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      const plan = await client.command('turn.testPlan', {});
      if (!plan.ok) {
        if (mounted.current) setState({ status: 'cannot', error: plan.error });
        return;
      }
      setState({ status: 'testing', startedAt: Date.now(), urls: plan.value.urls });
      const outcome = await testTurn(plan.value);
      if (mounted.current) setState({ status: 'done', outcome });
    } finally {
      running.current = false;
    }
  }, [client]);
  return { state, run };
}

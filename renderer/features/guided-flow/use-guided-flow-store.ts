import { create } from 'zustand';
import type { ConsoleApi } from '../../../shared/ipc/contract';
import { safeInvoker } from '../../lib/safe-invoke';
import { LAST_STEP } from './flow-stage';
import type { FlowProgress } from './flow-steps';

/** The merchant the guided flow binds its token to: a valid CVR (DOMAIN.md §6) that the sandbox knows. */
export const GUIDED_FLOW_VAT = 'DK13585628';

/** Which demo client ran the flow; its secret went straight from sandbox:demo-clients into token:request. */
export interface FlowClient {
  label: string;
  clientId: string;
}

export interface GuidedFlowState extends FlowProgress {
  client?: FlowClient;
  /** The step on the stage (0–4): steps before it are shown done, steps after it are still to come. */
  position: number;
  /** Auto-play: the stage moves to the next step every few seconds (see flow-stage.ts). */
  playing: boolean;
  /** Runs the five steps against the Local sandbox with its first demo client (no typing), and plays them from step 1. */
  run(): Promise<void>;
  next(): void;
  back(): void;
  pause(): void;
  /** Pauses, or plays on; at the last step, plays again from step 1. */
  togglePlay(): void;
}

/** The guided flow: demo credentials → token:request (steps 1–3) → pos:call stores (steps 4–5). */
export function createGuidedFlowStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  return create<GuidedFlowState>()((set, get) => ({
    phase: 'idle',
    position: 0,
    playing: false,

    next() {
      set({ position: Math.min(get().position + 1, LAST_STEP) });
    },
    back() {
      set({ position: Math.max(get().position - 1, 0) });
    },
    pause() {
      set({ playing: false });
    },
    togglePlay() {
      const { playing, position } = get();
      if (playing) set({ playing: false });
      else set({ playing: true, position: position >= LAST_STEP ? 0 : position });
    },

    async run() {
      const { phase } = get();
      if (phase === 'preparing' || phase === 'token' || phase === 'pos') return;
      set({
        phase: 'preparing',
        client: undefined,
        tokenAttempt: undefined,
        posAttempt: undefined,
        failure: undefined,
        position: 0,
        playing: true,
      });

      const demos = await invoke('sandbox:demo-clients', {});
      const demo = demos.ok ? demos.value[0] : undefined;
      if (!demo) {
        const message = demos.ok ? 'The local sandbox has no demo client.' : demos.error.message;
        set({ phase: 'failed', failure: { during: 'preparing', message } });
        return;
      }
      set({ phase: 'token', client: { label: demo.label, clientId: demo.clientId } });

      const token = await invoke('token:request', {
        environment: 'local',
        clientId: demo.clientId,
        clientSecret: demo.clientSecret,
        merchantVat: GUIDED_FLOW_VAT,
        basicEncoding: 'form',
        sendIbmClientId: false,
      });
      if (!token.ok) {
        set({ phase: 'failed', failure: { during: 'token', message: token.error.message } });
        return;
      }
      if (token.value.outcome !== 'token') {
        set({ phase: 'failed', tokenAttempt: token.value });
        return;
      }
      set({ phase: 'pos', tokenAttempt: token.value });

      const pos = await invoke('pos:call', { attemptId: token.value.id, resource: 'stores' });
      if (!pos.ok) set({ phase: 'failed', failure: { during: 'pos', message: pos.error.message } });
      else set({ phase: 'done', posAttempt: pos.value });
    },
  }));
}

export type GuidedFlowStore = ReturnType<typeof createGuidedFlowStore>;

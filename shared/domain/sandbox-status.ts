import type { LocalEnvironmentId, SandboxFaults } from './sandbox-faults';

type SandboxState = 'stopped' | 'starting' | 'running' | 'failed';

export interface SandboxStatus {
  environment: LocalEnvironmentId;
  state: SandboxState;
  /** e.g. http://127.0.0.1:54321/integrator-authentication */
  authBase?: string;
  /** e.g. http://127.0.0.1:54321/pos/v10 */
  posBase?: string;
  /** The active fault switches and signing key, while it runs. */
  faults?: SandboxFaults;
  kid?: string;
  message?: string;
}

export interface DemoClient {
  label: string;
  clientId: string;
  /** Demo secrets are public (printed by `npm run sandbox`); real secrets never cross IPC (STYLE.md §4). */
  clientSecret: string;
  note: string;
}

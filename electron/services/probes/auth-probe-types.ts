import type { Exchange } from '../../../shared/domain/exchange';
import type { AttemptOutcome } from '../../../shared/ipc/contract';
import type { DifferingCharacter } from './secret-differences';

/** The client-auth probe's shapes (auth-probe.ts sends, auth-probe-verdict.ts explains). */
export type ProbeMethod = 'basic-form' | 'basic-raw' | 'post';
export const PROBE_METHODS: readonly ProbeMethod[] = ['basic-form', 'basic-raw', 'post'];

export interface ClientAuthProbeInput {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  merchantVat?: string;
  sendIbmClientId: boolean;
}

export interface ProbeRow {
  method: ProbeMethod;
  status?: number;
  outcome: AttemptOutcome;
  /** The server accepted the credentials (a 2xx answer from the token endpoint). */
  accepted: boolean;
  oauthError?: { error: string; description?: string };
  durationMs: number;
  /** Secret redacted, token signature hidden. */
  exchange: Exchange;
}

export interface ClientAuthProbeResult {
  rows: ProbeRow[];
  differingCharacters: DifferingCharacter[];
  verdict: string;
}


import type { AttemptOutcome, Exchange } from './exchange';

/** What the probes answer (electron/services/probes sends; the renderer shows). Nothing here holds a secret. */
export type ProbeMethod = 'basic-form' | 'basic-raw' | 'post';
export const PROBE_METHODS: readonly ProbeMethod[] = ['basic-form', 'basic-raw', 'post'];

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

export interface DifferingCharacter {
  /** A printable name: '+', '/', '=', '%', '&', ':', 'space', 'tab', 'line break', 'non-ASCII character', … */
  char: string;
  /** 1-based position in the secret (counting Unicode code points). */
  position: number;
  /** What form-encoding turns it into: '%2B', '+' (for space); masked as '%XX%XX' for classes. */
  formEncoded: string;
}

export interface ClientAuthProbeResult {
  rows: ProbeRow[];
  differingCharacters: DifferingCharacter[];
  verdict: string;
}

/** MobilePay's PoS error body. */
export interface PosError {
  code?: string;
  message?: string;
  correlationId?: string;
}

/** Ways to get a PoS call wrong on purpose, to reproduce a customer's mistake. */
export interface PosTamper {
  omitAuthorization?: boolean;
  omitBearerPrefix?: boolean;
  /** Alters the signature so the token no longer verifies (header and payload stay readable). */
  garbleToken?: boolean;
  omitVersion?: boolean;
  garbleVersion?: boolean;
  omitVat?: boolean;
  /** Sends the VAT with a dash (the pre-2020 vat_number style), or a dashed placeholder when no VAT was given. */
  garbleVat?: boolean;
}

export interface PosCallResult {
  exchange: Exchange;
  status?: number;
  /** The parsed body when it is JSON. */
  json?: unknown;
  /** MobilePay's {code, message, correlationId}, when the body has it. */
  error?: PosError;
  /** What was left out or garbled on purpose, in words, for the viewer. */
  tampered: string[];
}

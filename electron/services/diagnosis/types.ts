import type { Exchange } from '../../../shared/domain/exchange';
import type { InspectedValue } from '../../../shared/domain/invisible-characters';
import type { SecretFingerprint } from '../../../shared/domain/redaction';
import type { TokenView } from '../../../shared/domain/token-view';
import type { TokenAttempt } from '../../../shared/domain/attempts';
import type { BasicEncoding } from '../../../shared/ipc/schemas';
import type { ActiveFaults } from './sandbox-fault-rules';

/**
 * What the diagnosis reads besides the (redacted) exchange. All of it is main-side context; nothing here is a
 * secret: credential values are represented by their anomalies, a fingerprint and booleans.
 */
export interface CredentialContext {
  /** From inspectCredentialValue(clientId); only the anomalies are read. */
  clientIdInspection: Pick<InspectedValue, 'anomalies'>;
  /** From inspectCredentialValue(secret); only the anomalies are read (their descriptions carry positions, not characters). */
  secretInspection: Pick<InspectedValue, 'anomalies'>;
  basicEncoding: BasicEncoding;
  /** RFC 6749 form-encoding changes the secret (it has + / = % & space : or similar), pasted extras aside. */
  secretHasReservedChars: boolean;
  clientIdHasReservedChars?: boolean;
  /** For evidence lines ("secret sha256:1a2b3c4d…, 43 chars"). */
  secret?: SecretFingerprint;
}

/** A token request that succeeded before (from history): which client id, against which environment. */
export interface PreviousSuccess {
  environmentId: string;
  environmentLabel: string;
  clientId: string;
}

/** The signature check's answer (the JWKS verifier's VerificationResult has this shape). */
export interface VerificationSummary {
  status:
    'valid' | 'key-not-found' | 'bad-signature' | 'alg-not-allowed' | 'keys-unreachable' | 'malformed' | (string & {});
  message: string;
  kid?: string;
}

export type DiagnosedAttempt = Pick<TokenAttempt, 'environment' | 'tokenUrl' | 'outcome' | 'exchange'> &
  Partial<Pick<TokenAttempt, 'merchantVat' | 'token' | 'tokenProblem' | 'oauthError' | 'receivedAt'>>;

/**
 * The answer to the one extra request with the other Basic encoding (or, for that extra request, the first one's):
 * accepted = a token came back; refused = the same credentials refused again; inconclusive = anything else.
 */
export interface EncodingCheck {
  encoding: BasicEncoding;
  verdict: 'accepted' | 'refused' | 'inconclusive';
  /** "200 OK", "401 Unauthorized", "no answer". */
  outcome: string;
}

export interface TokenDiagnosisInput {
  attempt: DiagnosedAttempt;
  /** The attempt's id, when main can settle the encoding for it (the finding then offers that one extra request). */
  attemptId?: string;
  encodingCheck?: EncodingCheck;
  /** The client id that was sent (ids are not secret). */
  clientId?: string;
  credentials?: CredentialContext;
  /** The merchant VAT as the user typed it (before trimming); defaults to attempt.merchantVat. */
  requestedVat?: string;
  previousSuccesses?: readonly PreviousSuccess[];
  /** This machine's clock, epoch ms. */
  nowMs: number;
  /** The signature check of the token this attempt returned, when one was made. */
  verification?: VerificationSummary;
  /** The fault switches of the local sandbox the attempt went to, when it went to one. */
  sandboxFaults?: ActiveFaults;
}

export interface PosDiagnosisInput {
  /** The PoS call as captured by callPos (Authorization shown without the signature). */
  exchange: Exchange;
  /** The environment whose PoS API was called. */
  environment: { id: string; label: string };
  /** The token that was sent, decoded, and the environment that minted it. */
  token?: {
    view: Pick<TokenView, 'claims' | 'exp' | 'nbf'>;
    environmentId: string;
    environmentLabel: string;
  };
  /** The `iss` this PoS environment's own tokens carry (its auth base), when known. */
  expectedIssuer?: string;
  verification?: VerificationSummary;
  nowMs: number;
  /** The fault switches of the local sandbox whose PoS API was called, when it was one. */
  sandboxFaults?: ActiveFaults;
}

import type { Finding } from './diagnosis';
import type { EnvironmentId } from './environments';
import type { AttemptOutcome, Exchange } from './exchange';
import type { PosCallResult } from './probes';
import type { TokenView } from './token-view';

export type { AttemptOutcome };

export interface TokenAttempt {
  id: string;
  environment: { id: EnvironmentId; label: string; production: boolean };
  tokenUrl: string;
  merchantVat?: string;
  /** The saved profile whose credentials were used, when one was. */
  profileId?: string;
  outcome: AttemptOutcome;
  /** The exchange with the secret redacted and the token's signature hidden. */
  exchange: Exchange;
  /** When the answer arrived, epoch ms on this machine's clock. */
  receivedAt: number;
  tokenResponse?: { expiresIn?: number; tokenType?: string; scope?: string };
  token?: TokenView;
  /** Why a 200 body did not yield a readable token. */
  tokenProblem?: string;
  oauthError?: { error: string; description?: string };
  /** Why it went the way it did, most important first (cause, evidence, next step, certainty). */
  findings: Finding[];
}

/** A PoS V10 call made with a token this app holds, captured and diagnosed like a token attempt. */
export interface PosAttempt extends PosCallResult {
  id: string;
  environment: { id: EnvironmentId; label: string; production: boolean };
  findings: Finding[];
}

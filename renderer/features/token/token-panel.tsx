import { expiresAtMs } from '../../../shared/domain/token-view';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { CodeBlock } from '../../components/code-block';
import { ClaimsTable } from './claims-table';
import { ExpiryCountdown } from './expiry-countdown';

function describeTokenResponse(response: NonNullable<TokenAttempt['tokenResponse']>): string {
  const parts = [response.tokenType, response.scope && `scope ${response.scope}`];
  if (response.expiresIn !== undefined) parts.push(`expires_in ${response.expiresIn} s`);
  return parts.filter(Boolean).join(' · ');
}

/** The decoded token of a successful attempt, with its live expiry countdown. */
export function TokenPanel({ attempt }: { attempt: TokenAttempt }) {
  const token = attempt.token;
  const expiresAt = token ? expiresAtMs(token, attempt.receivedAt, attempt.tokenResponse?.expiresIn) : undefined;
  const startedAt = token?.iat !== undefined ? token.iat * 1000 : attempt.receivedAt;
  return (
    <section className="panel" aria-labelledby="token-heading">
      <div className="panel-header">
        <h2 id="token-heading">Token</h2>
        {attempt.tokenResponse && <span className="muted">{describeTokenResponse(attempt.tokenResponse)}</span>}
      </div>
      {attempt.tokenProblem && (
        <p className="token-problem" role="note">
          <strong>Token problem:</strong> {attempt.tokenProblem}
        </p>
      )}
      {expiresAt !== undefined ? (
        <ExpiryCountdown key={attempt.id} expiresAt={expiresAt} startedAt={startedAt} />
      ) : (
        token && <p className="muted">The token has no exp claim and the response no expires_in: its expiry is unknown.</p>
      )}
      {token && (
        <>
          <p className="muted token-label">Minted by {attempt.environment.label} · signature hidden</p>
          <CodeBlock label="Token (signature hidden)" text={token.redacted} />
          <div className="claims-grid">
            <ClaimsTable caption="Header" entries={token.header} />
            <ClaimsTable key={attempt.id} caption="Claims" entries={token.claims} showTimes />
          </div>
        </>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { reasonPhrase } from '../../shared/domain/exchange';
import type { NetworkFailureKind } from '../../shared/domain/exchange';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { Badge } from './badge';
import { environmentBadge } from '../lib/secret-text';
import { formatBytes, formatClockSkew, formatDateTime, formatDuration } from '../lib/format';
import { MaskedText, Sensitive } from './sensitive';

const FAILURE_TITLES: Record<NetworkFailureKind, string> = {
  timeout: 'Timed out',
  refused: 'Connection refused',
  dns: 'Host not found (DNS)',
  tls: 'TLS / certificate problem',
  reset: 'Connection reset',
  'too-large': 'Response too large',
  other: 'Network failure',
};

function statusTone(status: number): 'success' | 'warning' | 'danger' {
  if (status >= 200 && status < 300) return 'success';
  if (status >= 500) return 'danger';
  return 'warning';
}

/** What the summary needs: a token attempt, or a PoS call (no outcome, no OAuth error, no VAT of its own). */
export type SummarizedAttempt = Pick<TokenAttempt, 'exchange' | 'environment'> &
  Partial<Pick<TokenAttempt, 'outcome' | 'oauthError' | 'merchantVat'>>;

/** The headline of an attempt: status (or why there is none), timing, size and the server's clock. */
export function ResponseSummary({
  attempt,
  showVat = true,
  afterStatus,
}: {
  attempt: SummarizedAttempt;
  showVat?: boolean;
  afterStatus?: ReactNode;
}) {
  const { exchange } = attempt;
  const response = exchange.response;
  const failure = (attempt.outcome ?? 'network-error') === 'network-error' ? exchange.failure : undefined;
  return (
    <div className="summary">
      {failure || !response ? (
        <div className="network-failure">
          <p className="status-line status-danger">{failure ? FAILURE_TITLES[failure.kind] : 'No response'}</p>
          <p>{failure?.message ?? 'The request did not produce an HTTP response.'}</p>
          {failure?.code && <code className="muted">{failure.code}</code>}
        </div>
      ) : (
        <p className={`status-line status-${statusTone(response.status)}`}>
          <span className="status-code">{response.status}</span> {reasonPhrase(response.status, response.statusText)}
        </p>
      )}
      {attempt.oauthError && (
        <div className="oauth-error">
          <p>
            <span className="muted">error</span> <code className="oauth-error-code">{attempt.oauthError.error}</code>
          </p>
          {attempt.oauthError.description && (
            <p>
              <span className="muted">error_description</span> <MaskedText text={attempt.oauthError.description} />
            </p>
          )}
        </div>
      )}
      {afterStatus}
      <dl className="meta">
        <div>
          <dt>Environment</dt>
          <dd>
            {attempt.environment.label} <Badge {...environmentBadge(attempt.environment.id)} />
          </dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(exchange.durationMs)}</dd>
        </div>
        {response && (
          <div>
            <dt>Size</dt>
            <dd>
              {formatBytes(response.size)}
              {response.truncated && ' (truncated)'}
            </dd>
          </div>
        )}
        {exchange.serverDate && (
          <div>
            <dt>Server date</dt>
            <dd>{formatDateTime(Date.parse(exchange.serverDate))}</dd>
          </div>
        )}
        {exchange.clockSkewMs !== undefined && (
          <div>
            <dt>Clock skew</dt>
            <dd>{formatClockSkew(exchange.clockSkewMs)}</dd>
          </div>
        )}
        {showVat && (
          <div>
            <dt>Merchant VAT</dt>
            <dd>
              {attempt.merchantVat ? (
                <Sensitive kind="vat" value={attempt.merchantVat} label="Merchant VAT" />
              ) : (
                'none (unbound token)'
              )}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

import type { TokenAttempt } from '../../../shared/ipc/contract';
import { Badge } from '../../components/badge';
import { formatDateTime } from '../../lib/format';
import { AttemptResult } from '../../components/attempt-result';
import type { AttemptSource } from './token-state';

interface ResponsePanelProps {
  attempt?: TokenAttempt;
  source?: AttemptSource;
  busy: boolean;
}

/** What the token endpoint said, raw and summarised: to the last request, or to an attempt opened from History. */
export function ResponsePanel({ attempt, source, busy }: ResponsePanelProps) {
  const fromHistory = attempt && source === 'history';
  return (
    <section className="panel" aria-labelledby="response-heading" aria-busy={busy}>
      <div className="panel-header">
        <h2 id="response-heading">Response {fromHistory && <Badge text="from History" tone="info" />}</h2>
        {attempt && (
          <span className="muted url-line" title={`POST ${attempt.tokenUrl}`}>
            <code>POST {attempt.tokenUrl}</code>
          </span>
        )}
      </div>
      {fromHistory && (
        <p className="history-note" role="note">
          Opened from History: the attempt of {formatDateTime(Date.parse(attempt.exchange.startedAt))}. Its token&apos;s
          signature was stripped when it was saved.
        </p>
      )}
      {busy && (
        <p className="muted" role="status">
          Waiting for the token endpoint…
        </p>
      )}
      {attempt ? (
        <AttemptResult attempt={attempt} findings={attempt.findings} />
      ) : (
        !busy && <p className="empty-state">No request sent yet. Fill in the credentials and press Request token.</p>
      )}
    </section>
  );
}

import type { TokenAttempt } from '../../../shared/ipc/contract';
import { ExchangeTabs } from './exchange-tabs';
import { ResponseSummary } from './response-summary';

interface ResponsePanelProps {
  attempt?: TokenAttempt;
  busy: boolean;
}

/** What the token endpoint said to the last request, raw and summarised. */
export function ResponsePanel({ attempt, busy }: ResponsePanelProps) {
  return (
    <section className="panel" aria-labelledby="response-heading" aria-busy={busy}>
      <div className="panel-header">
        <h2 id="response-heading">Response</h2>
        {attempt && (
          <span className="muted url-line">
            <code>POST {attempt.tokenUrl}</code>
          </span>
        )}
      </div>
      {attempt ? (
        <>
          <ResponseSummary attempt={attempt} />
          <ExchangeTabs exchange={attempt.exchange} />
        </>
      ) : (
        <p className="empty-state">No request sent yet. Fill in the credentials and press Request token.</p>
      )}
    </section>
  );
}

import { useState } from 'react';
import type { PosAttempt } from '../../../shared/ipc/contract';
import { FindingsSection } from '../../components/findings-section';
import { ExportActions } from '../../components/export-actions';
import { MaskedText } from '../../components/sensitive';
import { ExchangeTabs } from '../../components/exchange-tabs';
import { ResponseSummary } from '../../components/response-summary';
import { PosSnippetsDialog } from './pos-snippets-dialog';

/** One PoS call in the same viewer as a token attempt: summary, findings, the exchange; plus its exports. */
export function PosCallView({ call }: { call: PosAttempt }) {
  const { request } = call.exchange;
  const [copying, setCopying] = useState(false);
  return (
    <div className="pos-call">
      <h3 className="subheading">
        <code>
          {request.method} {request.url}
        </code>
      </h3>
      {call.tampered.length > 0 && (
        <p className="pos-tampered">
          <strong>Sent wrong on purpose:</strong> {call.tampered.join('; ')}.
        </p>
      )}
      <ResponseSummary attempt={call} showVat={false} />
      {call.error && (
        <dl className="meta pos-error">
          {call.error.code && (
            <div>
              <dt>code</dt>
              <dd>
                <code>{call.error.code}</code>
              </dd>
            </div>
          )}
          {call.error.message && (
            <div>
              <dt>message</dt>
              <dd>
                <MaskedText text={call.error.message} />
              </dd>
            </div>
          )}
          {call.error.correlationId && (
            <div>
              <dt>correlationId</dt>
              <dd>
                <code>{call.error.correlationId}</code>
              </dd>
            </div>
          )}
        </dl>
      )}
      <FindingsSection findings={call.findings} title="Findings for this call" />
      <ExchangeTabs exchange={call.exchange} requestNote="As sent; the token is shown without its signature" />
      <ExportActions key={call.id} attemptId={call.id} subject="this PoS call" />
      <button type="button" className="button button-secondary button-small" onClick={() => setCopying(true)}>
        Copy this call as code…
      </button>
      {copying && <PosSnippetsDialog posAttemptId={call.id} onClose={() => setCopying(false)} />}
    </div>
  );
}

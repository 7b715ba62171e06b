import { useState } from 'react';
import type { PosAttempt } from '../../../shared/ipc/contract';
import { AttemptResult } from '../../components/attempt-result';
import { ExportActions } from '../../components/export-actions';
import { MaskedText } from '../../components/sensitive';
import { PosSnippetsDialog } from './pos-snippets-dialog';

/** The PoS API's error body, field by field (its message may quote a value, so it is masked while presenting). */
function PosErrorFields({ error }: { error: PosAttempt['error'] }) {
  if (!error) return null;
  const fields = [
    { name: 'code', value: error.code && <code>{error.code}</code> },
    { name: 'message', value: error.message && <MaskedText text={error.message} /> },
    { name: 'correlationId', value: error.correlationId && <code>{error.correlationId}</code> },
  ].filter((field) => field.value);
  return (
    <dl className="meta pos-error">
      {fields.map((field) => (
        <div key={field.name}>
          <dt>{field.name}</dt>
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One PoS call in the same viewer as a token attempt: status and findings first, the exchange; plus its exports. */
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
      <AttemptResult
        attempt={call}
        showVat={false}
        findings={call.findings}
        findingsTitle="Findings for this call"
        requestNote="As sent; the token is shown without its signature"
      >
        <PosErrorFields error={call.error} />
      </AttemptResult>
      <ExportActions key={call.id} attemptId={call.id} subject="this PoS call" />
      <button type="button" className="button button-secondary button-small" onClick={() => setCopying(true)}>
        Copy this call as code…
      </button>
      {copying && <PosSnippetsDialog posAttemptId={call.id} onClose={() => setCopying(false)} />}
    </div>
  );
}

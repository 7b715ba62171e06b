import type { CapturedResponse, Exchange } from '../../shared/domain/exchange';
import { CodeBlock } from './code-block';
import { CopyButton } from './copy-button';
import { Tabs } from './tabs';
import type { TabItem } from './tabs';
import { formatHeaderLines, formatWireRequest, formatWireResponse, prettyBody } from '../lib/format';
import { MaskedText } from './sensitive';

function ViewBar({ note, copyText, copyLabel }: { note: string; copyText: string; copyLabel: string }) {
  return (
    <div className="view-bar">
      <span className="muted">{note}</span>
      <CopyButton text={copyText} label={copyLabel} />
    </div>
  );
}

function HeadersTable({ response }: { response: CapturedResponse }) {
  return (
    <table className="claims headers-table">
      <caption className="visually-hidden">Response headers</caption>
      <thead>
        <tr>
          <th scope="col">Header</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {response.headers.map(([name, value], index) => (
          <tr key={`${name}-${index}`}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <code className="claim-value">
                <MaskedText text={value} />
              </code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function responseTabs(response: CapturedResponse): TabItem[] {
  const body = prettyBody(response.body);
  const truncated = response.truncated && (
    <p className="field-message field-message-warning">Body truncated at the size cap.</p>
  );
  return [
    {
      id: 'pretty',
      label: 'Pretty',
      content: (
        <>
          <ViewBar
            note={body.json ? 'JSON, pretty-printed' : 'Not JSON: shown exactly as received'}
            copyText={body.text}
            copyLabel="Copy body"
          />
          {truncated}
          <CodeBlock label="Response body" text={body.text} language={body.json ? 'json' : undefined} />
        </>
      ),
    },
    {
      id: 'raw',
      label: 'Raw',
      content: (
        <>
          <ViewBar
            note="Status line, headers, blank line, body — as received"
            copyText={formatWireResponse(response)}
            copyLabel="Copy raw response"
          />
          {truncated}
          <CodeBlock label="Raw response" text={formatWireResponse(response)} language="http" />
        </>
      ),
    },
    {
      id: 'headers',
      label: `Headers (${response.headers.length})`,
      content: (
        <>
          <ViewBar
            note="Response headers, in the order received"
            copyText={formatHeaderLines(response.headers)}
            copyLabel="Copy headers"
          />
          <HeadersTable response={response} />
        </>
      ),
    },
  ];
}

/** The exchange as captured: the response as Pretty / Raw / Headers, and the request as sent (redacted by main). */
export function ExchangeTabs({
  exchange,
  requestNote = 'As sent; the client secret is replaced by its fingerprint and length',
}: {
  exchange: Exchange;
  requestNote?: string;
}) {
  const request = formatWireRequest(exchange.request);
  const items: TabItem[] = [
    ...(exchange.response ? responseTabs(exchange.response) : []),
    {
      id: 'request',
      label: 'Raw request (redacted)',
      content: (
        <>
          <ViewBar note={requestNote} copyText={request} copyLabel="Copy request" />
          <CodeBlock label="Request as sent (redacted)" text={request} language="http" />
        </>
      ),
    },
  ];
  return <Tabs label="Exchange details" items={items} />;
}

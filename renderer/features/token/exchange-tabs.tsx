import type { Exchange } from '../../../shared/domain/exchange';
import { CodeBlock } from '../../components/code-block';
import { Tabs } from '../../components/tabs';
import { formatWireRequest, prettyBody } from '../../lib/format';

/** The exchange as captured: response body, response headers, and the (redacted) request as wire text. */
export function ExchangeTabs({ exchange }: { exchange: Exchange }) {
  const response = exchange.response;
  const body = response ? prettyBody(response.body) : undefined;
  const headers = response?.headers.map(([name, value]) => `${name}: ${value}`).join('\n') ?? '';
  const items = [
    ...(response
      ? [
          {
            id: 'body',
            label: body?.json ? 'Body (JSON)' : 'Body',
            content: (
              <>
                {response.truncated && <p className="field-message field-message-warning">Body truncated at the size cap.</p>}
                <CodeBlock label="Response body" text={body?.text ?? ''} />
              </>
            ),
          },
          { id: 'headers', label: `Headers (${response.headers.length})`, content: <CodeBlock label="Response headers" text={headers} /> },
        ]
      : []),
    { id: 'request', label: 'Raw request', content: <CodeBlock label="Request as sent" text={formatWireRequest(exchange.request)} /> },
  ];
  return <Tabs label="Exchange details" items={items} />;
}

import type { ReactNode, Ref } from 'react';
import { reasonPhrase } from '../../../shared/domain/exchange';
import type { Exchange } from '../../../shared/domain/exchange';
import { formatDuration } from '../../lib/format';
import { ExchangeTabs } from '../../components/exchange-tabs';
import type { ExchangeRef } from './flow-steps';

interface FlowViewerProps {
  shown?: ExchangeRef;
  exchanges: Partial<Record<ExchangeRef, Exchange>>;
  headingRef: Ref<HTMLHeadingElement>;
  /** The token exchange's token, decoded and explained (header, claims with their meanings, signature), when there is one. */
  decodedToken?: ReactNode;
}

const TITLES: Record<ExchangeRef, string> = { token: 'Token exchange (steps 1–3)', pos: 'PoS call (steps 4–5)' };

function outcome(exchange: Exchange): string {
  const response = exchange.response;
  if (!response) return `no answer (${exchange.failure?.message ?? 'failed'})`;
  return `${response.status} ${reasonPhrase(response.status, response.statusText)}`.trimEnd();
}

/** The exchange a step belongs to, as captured (redacted by main): the same views as the console's viewer. */
export function FlowViewer({ shown, exchanges, headingRef, decodedToken }: FlowViewerProps) {
  const exchange = shown ? exchanges[shown] : undefined;
  return (
    <section className="panel flow-viewer" aria-labelledby="flow-viewer-heading">
      <h2 id="flow-viewer-heading" ref={headingRef} tabIndex={-1}>
        Viewer{shown && exchange ? `: ${TITLES[shown]}` : ''}
      </h2>
      {shown && exchange ? (
        <>
          <p className="flow-viewer-line">
            <code className="url-line">
              {exchange.request.method} {exchange.request.url}
            </code>{' '}
            → <strong>{outcome(exchange)}</strong> in {formatDuration(exchange.durationMs)}
          </p>
          {shown === 'token' && decodedToken && (
            <section className="flow-decoded" aria-labelledby="flow-decoded-heading">
              <h3 id="flow-decoded-heading" className="subheading">
                The access_token, decoded
              </h3>
              {decodedToken}
            </section>
          )}
          <h3 className="subheading">The HTTP exchange</h3>
          <ExchangeTabs
            key={shown}
            exchange={exchange}
            requestNote={shown === 'pos' ? 'As sent; the token’s signature is hidden' : undefined}
          />
        </>
      ) : (
        <p className="empty-state">Run the flow, then choose “Show in viewer” on a step to see its exchange here.</p>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import type { PosAttempt, TokenAttempt } from '../../../shared/ipc/contract';
import { Sensitive } from '../../components/sensitive';
import type { StepId } from './flow-steps';
import type { FlowClient } from './use-guided-flow-store';

interface DetailsInput {
  client?: FlowClient;
  vat: string;
  tokenAttempt?: TokenAttempt;
  posAttempt?: PosAttempt;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** What this run sent and got, per step; ids, VATs and tokens go through Sensitive (masked in presentation mode). */
export function flowDetails({
  client,
  vat,
  tokenAttempt,
  posAttempt,
}: DetailsInput): Partial<Record<StepId, ReactNode>> {
  // The start of the token is enough to recognise it; the whole of it is in the viewer and the console.
  const token = tokenAttempt?.token && `${tokenAttempt.token.redacted.slice(0, 32)}…`;
  return {
    authenticate: client && (
      <p>
        As <strong>{client.label}</strong> (client_id{' '}
        <Sensitive kind="clientId" value={client.clientId} label="Client ID" />
        ), to <code>POST {tokenAttempt ? pathOf(tokenAttempt.tokenUrl) : '/connect/token'}</code> on the Local sandbox.
      </p>
    ),
    validate: client && (
      <p>
        With merchant_vat <Sensitive kind="vat" value={vat} label="Merchant VAT" />: the token will be bound to that
        merchant.
      </p>
    ),
    token: token && (
      <p>
        access_token <Sensitive kind="token" value={token} label="Access token" className="flow-token" /> (shortened;
        signature hidden)
      </p>
    ),
    call: posAttempt && (
      <p>
        <code>
          {posAttempt.exchange.request.method} {pathOf(posAttempt.exchange.request.url)}
        </code>{' '}
        with <code>Authorization: Bearer</code> and the token above.
      </p>
    ),
  };
}

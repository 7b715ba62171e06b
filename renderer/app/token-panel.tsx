import { useState } from 'react';
import type { TokenView } from '../../shared/domain/token-view';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { attemptChecks } from '../features/claims/token-checks';
import { TokenDetails } from '../features/claims/token-details';
import type { VerificationEntry } from '../features/claims/use-verification-store';
import { Sensitive } from '../components/sensitive';
import { usePresentation } from '../lib/presentation';
import { shortToken } from '../lib/short-reference';
import { useNowAcross } from '../lib/use-now-across';
import { AutoRefresh } from '../features/token/auto-refresh';
import { tokenTiming } from '../features/token/token-timing';
import type { AttemptSource, AutoRefreshSettings } from '../features/token/token-state';

export interface Feedback {
  tone: 'success' | 'error';
  text: string;
}

interface TokenPanelProps {
  attempt: TokenAttempt;
  source?: AttemptSource;
  verification?: VerificationEntry;
  onVerify: () => void;
  autoRefresh: AutoRefreshSettings;
  onAutoRefreshChange: (patch: Partial<AutoRefreshSettings>) => void;
  onRefreshDue: () => void;
  /** Main copies the usable token (the renderer never has it) and says what happened. */
  onCopyToken: () => Promise<Feedback>;
}

function describeTokenResponse(response: NonNullable<TokenAttempt['tokenResponse']>): string {
  const parts = [response.tokenType, response.scope && `scope ${response.scope}`];
  if (response.expiresIn !== undefined) parts.push(`expires_in ${response.expiresIn} s`);
  return parts.filter(Boolean).join(' · ');
}

/**
 * The checks are taken when the attempt is shown and again only when nbf or exp passes (on server time): the table
 * does not tick, the countdown does, and "Valid until" never stays up beside an expired countdown.
 */
function AttemptDetails({
  attempt,
  view,
  ...rest
}: {
  attempt: TokenAttempt;
  view: TokenView;
  verification?: VerificationEntry;
  onVerify: () => void;
}) {
  const skewMs = attempt.exchange.clockSkewMs ?? 0;
  const onThisClock = (epochSeconds: number | undefined) =>
    epochSeconds === undefined ? undefined : epochSeconds * 1000 - skewMs;
  const now = useNowAcross([onThisClock(view.nbf), onThisClock(view.exp)]);
  return (
    <TokenDetails
      view={view}
      checks={attemptChecks(attempt, view, now)}
      clockSkewMs={attempt.exchange.clockSkewMs}
      tokenShownElsewhere
      {...rest}
    />
  );
}

/** The decoded token of an attempt (its countdown is above the tabs), optional auto-refresh and the signature check. */
export function TokenPanel(props: TokenPanelProps) {
  const { attempt, source } = props;
  const token = attempt.token;
  const timing = tokenTiming(attempt);
  const [copied, setCopied] = useState<Feedback>();
  // Main would put the whole usable token on the clipboard: not while presenting.
  const { on: presenting } = usePresentation();

  async function copyToken() {
    setCopied(undefined);
    setCopied(await props.onCopyToken());
  }

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
      {!timing && token && (
        <p className="muted">The token has no exp claim and the response no expires_in: its expiry is unknown.</p>
      )}
      {timing && token && source === 'request' && (
        <AutoRefresh
          attemptId={attempt.id}
          timing={timing}
          settings={props.autoRefresh}
          onSettingsChange={props.onAutoRefreshChange}
          onDue={props.onRefreshDue}
        />
      )}
      {token && (
        <>
          <div className="token-actions">
            <p className="muted token-label">
              Minted by {attempt.environment.label} · token{' '}
              <Sensitive kind="token" value={shortToken(token.redacted)} label="Token (short)" /> (whole in the Response
              body, signature hidden)
            </p>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void copyToken()}
              disabled={presenting}
              aria-describedby={presenting ? 'copy-token-off' : undefined}
            >
              Copy token
            </button>
            {presenting && (
              <span id="copy-token-off" className="muted copy-off">
                Off in presentation mode
              </span>
            )}
            <span role="status" className={`copy-result${copied?.tone === 'error' ? ' copy-result-error' : ''}`}>
              {copied?.text}
            </span>
          </div>
          <AttemptDetails
            key={attempt.id}
            attempt={attempt}
            view={token}
            verification={props.verification}
            onVerify={props.onVerify}
          />
        </>
      )}
    </section>
  );
}

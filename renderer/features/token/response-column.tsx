import type { ReactNode } from 'react';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/error-alert';
import type { VerificationEntry } from '../claims/use-verification-store';
import { errorTitle } from './error-text';
import { ResponsePanel } from './response-panel';
import { TokenPanel } from './token-panel';
import type { Feedback } from './token-panel';
import type { AttemptSource, AutoRefreshSettings, TokenError } from './token-state';

interface ResponseColumnProps {
  error?: TokenError;
  onDismissError: () => void;
  onStartSandbox: () => void;
  attempt?: TokenAttempt;
  source?: AttemptSource;
  busy: boolean;
  verification?: VerificationEntry;
  onVerify: (attemptId: string) => void;
  autoRefresh: AutoRefreshSettings;
  onAutoRefreshChange: (patch: Partial<AutoRefreshSettings>) => void;
  onRefreshDue: () => void;
  onCopyToken: (attemptId: string) => Promise<Feedback>;
  /** What automatic refresh last did, announced politely. */
  refreshNotice: string;
  onInspect: () => void;
  /** More tools next to "Inspect a pasted token…". */
  tools?: ReactNode;
  /** Under the response (exports of the attempt). */
  afterResponse?: ReactNode;
  /** Under the token (the PoS probe). */
  children?: ReactNode;
}

/** The right-hand side: what went wrong, what came back, and the token explained. */
export function ResponseColumn(props: ResponseColumnProps) {
  const { error, attempt } = props;
  return (
    <div className="column column-response">
      <div className="button-row tools-row">
        <button type="button" className="button button-secondary" onClick={props.onInspect}>
          Inspect a pasted token…
        </button>
        {props.tools}
      </div>
      {error && (
        <ErrorAlert title={errorTitle(error.code, error.context)} message={error.message} onDismiss={props.onDismissError}>
          {error.code === 'SANDBOX_UNAVAILABLE' && (
            <button type="button" className="button button-secondary" onClick={props.onStartSandbox}>
              Start sandbox
            </button>
          )}
        </ErrorAlert>
      )}
      <p className="refresh-notice" role="status" aria-live="polite">
        {props.refreshNotice}
      </p>
      <ResponsePanel attempt={attempt} source={props.source} busy={props.busy} />
      {props.afterResponse}
      {attempt && (attempt.token || attempt.tokenProblem) && (
        <TokenPanel
          attempt={attempt}
          source={props.source}
          verification={props.verification}
          onVerify={() => props.onVerify(attempt.id)}
          autoRefresh={props.autoRefresh}
          onAutoRefreshChange={props.onAutoRefreshChange}
          onRefreshDue={props.onRefreshDue}
          onCopyToken={() => props.onCopyToken(attempt.id)}
        />
      )}
      {props.children}
    </div>
  );
}

import type { ReactNode } from 'react';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { ErrorAlert } from '../components/error-alert';
import { Tabs } from '../components/tabs';
import { errorTitle } from '../features/token/error-text';
import { ExpiryCountdown } from '../features/token/expiry-countdown';
import { ResponsePanel } from '../features/token/response-panel';
import type { AttemptSource, TokenError } from '../features/token/token-state';
import { tokenTiming } from '../features/token/token-timing';

export type ResponseTab = 'response' | 'token' | 'pos' | 'exports';

interface ResponsePaneProps {
  error?: TokenError;
  onDismissError: () => void;
  onStartSandbox: () => void;
  attempt?: TokenAttempt;
  source?: AttemptSource;
  busy: boolean;
  tab: ResponseTab;
  onTabChange: (tab: ResponseTab) => void;
  /** What automatic refresh last did, announced politely. */
  refreshNotice: string;
  /** The active sandbox faults, where results are read. */
  chips?: ReactNode;
  token?: ReactNode;
  pos?: ReactNode;
  exports?: ReactNode;
  /** Inspect a pasted token, Decode a Basic header: at the end of the tab row. */
  tools?: ReactNode;
}

function Countdown({ attempt }: { attempt: TokenAttempt }) {
  const timing = tokenTiming(attempt);
  if (!timing || !attempt.token) return null;
  return (
    <ExpiryCountdown
      key={attempt.id}
      expiresAt={timing.expiresAt}
      startedAt={timing.startedAt}
      clockSkewMs={timing.clockSkewMs}
      expiresInAt={timing.expiresInAt}
      basis={timing.basis}
    />
  );
}

const empty = (text: string) => <p className="empty-state">{text}</p>;

/** The right-hand pane: the token's countdown, then tabs — Response (status and findings first), Token, PoS, Exports. */
export function ResponsePane(props: ResponsePaneProps) {
  const { error, attempt } = props;
  const response = (
    <>
      {error && (
        <ErrorAlert
          title={errorTitle(error.code, error.context)}
          message={error.message}
          onDismiss={props.onDismissError}
        >
          {error.code === 'SANDBOX_UNAVAILABLE' && (
            <button type="button" className="button button-secondary" onClick={props.onStartSandbox}>
              Start sandbox
            </button>
          )}
        </ErrorAlert>
      )}
      <ResponsePanel attempt={attempt} source={props.source} busy={props.busy} />
    </>
  );
  return (
    <div className="response-pane">
      <div className="response-strip">
        {attempt && <Countdown attempt={attempt} />}
        {props.chips}
        <p className="refresh-notice" role="status" aria-live="polite">
          {props.refreshNotice}
        </p>
      </div>
      <Tabs
        label="Result"
        className="pane-tabs"
        keepMounted
        extra={props.tools}
        selected={props.tab}
        onSelect={(id) => props.onTabChange(id as ResponseTab)}
        items={[
          { id: 'response', label: 'Response', content: response },
          {
            id: 'token',
            label: 'Token',
            content: props.token ?? empty('No token yet: the Token tab explains the token of a successful request.'),
          },
          {
            id: 'pos',
            label: 'PoS',
            content: props.pos ?? empty('No token yet: with a token, call the PoS V10 API here.'),
          },
          {
            id: 'exports',
            label: 'Exports',
            content: props.exports ?? empty('Nothing to export yet: send a request first.'),
          },
        ]}
      />
    </div>
  );
}

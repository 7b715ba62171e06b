import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { AppHeader } from '../../components/app-header';
import { ErrorAlert } from '../../components/error-alert';
import { useApi } from '../../lib/api-context';
import { markAppReady } from '../../lib/app-ready';
import { errorTitle } from './error-text';
import { RequestForm } from './request-form';
import { ResponsePanel } from './response-panel';
import { TokenPanel } from './token-panel';
import { createTokenStore } from './use-token-store';

/** The token console: request form on one side, the captured exchange and decoded token on the other. */
export function TokenPage() {
  const api = useApi();
  const [store] = useState(() => createTokenStore(api));
  const form = useStore(store, (s) => s.form);
  const ready = useStore(store, (s) => s.ready);
  const appInfo = useStore(store, (s) => s.appInfo);
  const environments = useStore(store, useShallow((s) => s.environments));
  const sandbox = useStore(store, (s) => s.sandbox);
  const busy = useStore(store, (s) => s.busy);
  const attempt = useStore(store, (s) => s.lastAttempt);
  const error = useStore(store, (s) => s.error);
  const actions = store.getState();

  useEffect(() => {
    const { load, watchSandbox } = store.getState();
    const unsubscribe = watchSandbox();
    void load();
    return unsubscribe;
  }, [store]);

  useEffect(() => {
    if (ready) markAppReady();
  }, [ready]);

  return (
    <div className="app">
      <AppHeader appInfo={appInfo} />
      <main className="layout">
        <div className="column column-request">
          <RequestForm
            form={form}
            environments={environments}
            sandbox={sandbox}
            busy={busy}
            onFormChange={actions.updateForm}
            onStartSandbox={() => void actions.startSandbox()}
            onLoadDemoClients={actions.fetchDemoClients}
            onSend={(secret) => void actions.requestToken(secret)}
          />
        </div>
        <div className="column column-response">
          {error && (
            <ErrorAlert title={errorTitle(error.code, error.context)} message={error.message} onDismiss={actions.dismissError}>
              {error.code === 'SANDBOX_UNAVAILABLE' && (
                <button type="button" className="button button-secondary" onClick={() => void actions.startSandbox()}>
                  Start sandbox
                </button>
              )}
            </ErrorAlert>
          )}
          <ResponsePanel attempt={attempt} busy={busy} />
          {attempt && (attempt.token || attempt.tokenProblem) && <TokenPanel attempt={attempt} />}
        </div>
      </main>
    </div>
  );
}

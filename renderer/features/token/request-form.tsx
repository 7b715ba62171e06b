import { useEffect, useEffectEvent, useState } from 'react';
import type { FormEvent } from 'react';
import type { DemoClient, EnvironmentSummary, SandboxStatus } from '../../../shared/ipc/contract';
import { savedSecretPlaceholder } from '../profiles/secret-text';
import { CredentialsFields } from './credentials-fields';
import { EnvironmentPicker } from './environment-picker';
import { RequestOptions } from './request-options';
import { SandboxPanel } from './sandbox-panel';
import { checkForm } from './token-request';
import type { SavedSecret, TokenForm } from './token-request';

interface RequestFormProps {
  form: TokenForm;
  environments: EnvironmentSummary[];
  sandbox?: SandboxStatus;
  busy: boolean;
  onFormChange: (patch: Partial<TokenForm>) => void;
  onStartSandbox: () => void;
  onLoadDemoClients: () => Promise<DemoClient[]>;
  /** The selected profile's stored secret (described, never the value); undefined when ad hoc. */
  savedSecret?: SavedSecret;
  /** The secret travels as an argument, straight from this form's state to the IPC call. */
  onSend: (clientSecret: string) => void;
  /** Ad hoc only: open New profile with these fields and the typed secret. */
  onSaveAsProfile?: (clientSecret: string) => void;
}

const OVERRIDE_HINT = 'Leave empty to use the saved secret. A value typed here is used for the next request only.';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT = IS_MAC ? '⌘ Enter' : 'Ctrl+Enter';

export function RequestForm(props: RequestFormProps) {
  const { form, onFormChange, busy, savedSecret } = props;
  const [clientSecret, setClientSecret] = useState('');
  const checks = checkForm(form, clientSecret, savedSecret);
  const blocked = checks.blockers.length > 0;

  function send() {
    if (blocked || busy) return;
    props.onSend(clientSecret);
    // A secret typed over a saved profile's is for this one request; ad-hoc credentials stay for the next.
    if (savedSecret) setClientSecret('');
  }

  // Ctrl+Enter / Cmd+Enter anywhere on the page, always with the latest form values.
  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    send();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onShortcut(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    send();
  }

  function applyDemoClient(client: DemoClient) {
    onFormChange({ clientId: client.clientId });
    setClientSecret(client.clientSecret);
  }

  return (
    <form className="request-form" aria-label="Token request" onSubmit={onSubmit} noValidate>
      <EnvironmentPicker
        environments={props.environments}
        environmentId={form.environmentId}
        customTokenUrl={form.customTokenUrl}
        urlCheck={checks.url}
        sandbox={props.sandbox}
        onEnvironmentChange={(environmentId) => onFormChange({ environmentId })}
        onCustomTokenUrlChange={(customTokenUrl) => onFormChange({ customTokenUrl })}
      />
      {form.environmentId === 'local' && (
        <SandboxPanel
          sandbox={props.sandbox}
          onStart={props.onStartSandbox}
          onLoadDemoClients={props.onLoadDemoClients}
          onUseDemoClient={applyDemoClient}
        />
      )}
      <CredentialsFields
        clientId={form.clientId}
        clientSecret={clientSecret}
        merchantVat={form.merchantVat}
        vatCheck={checks.vat}
        onClientIdChange={(clientId) => onFormChange({ clientId })}
        onClientSecretChange={setClientSecret}
        onMerchantVatChange={(merchantVat) => onFormChange({ merchantVat })}
        secretPlaceholder={savedSecret ? savedSecretPlaceholder(savedSecret.secret) : undefined}
        secretHint={savedSecret?.secret.state === 'present' ? OVERRIDE_HINT : undefined}
      />
      <RequestOptions
        basicEncoding={form.basicEncoding}
        sendIbmClientId={form.sendIbmClientId}
        onBasicEncodingChange={(basicEncoding) => onFormChange({ basicEncoding })}
        onSendIbmClientIdChange={(sendIbmClientId) => onFormChange({ sendIbmClientId })}
      />
      <div className="send-bar">
        <button
          type="submit"
          className="button button-primary"
          disabled={blocked || busy}
          aria-busy={busy}
          aria-describedby={blocked ? 'send-blockers' : busy ? undefined : 'send-shortcut'}
        >
          {busy && <span className="spinner" aria-hidden="true" />}
          Request token
        </button>
        {busy ? (
          <span role="status" className="busy-text">
            Requesting…
          </span>
        ) : (
          <span id="send-shortcut" className="muted kbd-hint">
            or press <kbd>{SHORTCUT}</kbd>
          </span>
        )}
        {!savedSecret && props.onSaveAsProfile && (
          <button type="button" className="button button-ghost save-as-profile" onClick={() => props.onSaveAsProfile?.(clientSecret)}>
            Save as profile…
          </button>
        )}
      </div>
      {blocked && (
        <ul id="send-blockers" className="blockers" aria-label="Why Request token is blocked">
          {checks.blockers.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

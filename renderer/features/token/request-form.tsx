import { useEffect, useEffectEvent, useRef } from 'react';
import type { FormEvent } from 'react';
import type { DemoClient, EnvironmentSummary, SandboxStatus } from '../../../shared/ipc/contract';
import { focusFirstInvalid } from '../../lib/focus';
import { savedSecretPlaceholder } from '../../lib/secret-text';
import { LOCAL_LABELS, localEnvironmentOf } from '../../lib/local-environments';
import { CredentialsFields } from './credentials-fields';
import { EnvironmentPicker } from './environment-picker';
import { ProductionConfirm } from './production-confirm';
import { RequestOptions } from '../../components/request-options';
import type { ReactNode } from 'react';
import { SandboxPanel } from './sandbox-panel';
import type { RequestOutcome } from './request-outcome';
import { FormExtras, SendButton, SendStatus } from './send-bar';
import { useHeldSecret } from './secret-holder';
import type { SecretHolder } from './secret-holder';
import { shortcutBlocked } from '../../lib/shortcut-guard';
import { checkForm } from '../../lib/token-form';
import type { SavedMerchantsControl } from './saved-merchants';
import type { SavedSecret, TokenForm } from '../../lib/token-form';

interface RequestFormProps {
  form: TokenForm;
  environments: EnvironmentSummary[];
  /** The status of the selected local environment's sandbox (Local sandbox or Local production). */
  sandbox?: SandboxStatus;
  busy: boolean;
  /** How the last request went, shown under Request token. */
  outcome?: RequestOutcome;
  onShowResponse: () => void;
  recentVats: string[];
  /** The send action asked "Send these credentials to MobilePay Production?". */
  confirmingProduction: boolean;
  onConfirmProduction: () => void;
  onCancelProduction: () => void;
  onFormChange: (patch: Partial<TokenForm>) => void;
  onStartSandbox: () => void;
  onLoadDemoClients: () => Promise<DemoClient[]>;
  /** The selected profile's stored secret (described, never the value); undefined when ad hoc. */
  savedSecret?: SavedSecret;
  /** The selected profile's saved merchants; undefined when ad hoc. */
  merchants?: SavedMerchantsControl;
  /** The typed secret: outside the stores, read by the send action when it sends. */
  secret: SecretHolder;
  /** The token store's send action (it checks, asks about Production, and sends). */
  onSend: () => void;
  /** Ad hoc only: open New profile with these fields and the typed secret. */
  onSaveAsProfile?: (clientSecret: string) => void;
  onCopyAsCode: () => void;
  /** "Probe client authentication…": with the typed secret; not offered when left out. */
  onProbeClientAuth?: (clientSecret: string) => void;
  /** In the send bar, beside the environment: the active sandbox faults. */
  chips?: ReactNode;
}

const OVERRIDE_HINT = 'Leave empty to use the saved secret. A value typed here is used for the next request only.';

export function RequestForm(props: RequestFormProps) {
  const { form, onFormChange, busy, savedSecret } = props;
  const [clientSecret, setClientSecret] = useHeldSecret(props.secret);
  const checks = checkForm(form, clientSecret, savedSecret);
  const selected = props.environments.find((env) => env.id === form.environmentId);
  const localEnvironment = localEnvironmentOf(form.environmentId);

  function send() {
    if (checks.blockers.length > 0) {
      // Ctrl+Enter on a blocked form: take the user to the field at fault.
      focusFirstInvalid(formRef.current);
      return;
    }
    props.onSend();
  }

  const formRef = useRef<HTMLFormElement>(null);
  // Ctrl+Enter / Cmd+Enter anywhere on the page, always with the latest form values — but not while the console
  // is hidden (the guided flow is showing): a shortcut must not send a form nobody can see.
  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    // Not behind an open dialog (Inspect, Decode…), and not while the console is hidden.
    if (shortcutBlocked(formRef.current)) return;
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

  const sendBar = (
    <div className="send-bar">
      <EnvironmentPicker
        environments={props.environments}
        environmentId={form.environmentId}
        customTokenUrl={form.customTokenUrl}
        urlCheck={checks.url}
        sandbox={props.sandbox}
        onEnvironmentChange={(environmentId) => onFormChange({ environmentId })}
        onCustomTokenUrlChange={(customTokenUrl) => onFormChange({ customTokenUrl })}
        chips={props.chips}
      />
      <div className="send-row">
        <SendButton busy={busy} blocked={checks.blockers.length > 0} />
        <SendStatus
          busy={busy}
          outcome={props.outcome}
          onShowResponse={props.onShowResponse}
          blockers={checks.blockers}
        />
      </div>
    </div>
  );

  return (
    <form ref={formRef} className="request-pane" aria-label="Token request" onSubmit={onSubmit} noValidate>
      {sendBar}
      <div className="pane-body">
        {localEnvironment && (
          <SandboxPanel
            // Each local environment has its own demo clients: switching starts with an empty list.
            key={localEnvironment}
            label={LOCAL_LABELS[localEnvironment]}
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
          recentVats={props.recentVats}
          merchants={props.merchants}
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
        <FormExtras
          busy={busy}
          blocked={checks.blockers.length > 0}
          onCopyAsCode={props.onCopyAsCode}
          onProbe={props.onProbeClientAuth ? () => props.onProbeClientAuth?.(clientSecret) : undefined}
          onSaveAsProfile={
            !savedSecret && props.onSaveAsProfile ? () => props.onSaveAsProfile?.(clientSecret) : undefined
          }
        />
      </div>
      {props.confirmingProduction && (
        <ProductionConfirm
          clientId={form.clientId}
          tokenUrl={selected?.tokenUrl}
          onCancel={props.onCancelProduction}
          onConfirm={props.onConfirmProduction}
        />
      )}
    </form>
  );
}

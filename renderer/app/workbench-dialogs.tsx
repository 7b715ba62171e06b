import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { credentialsReadSameEitherWay } from '../../shared/domain/credential-hygiene';
import { onDemand } from '../components/on-demand';
import { PanelBoundary } from '../components/panel-boundary';
import type { ProbeLaunch } from '../features/probes/probe-request';
import type { ConsoleStores } from './use-console-stores';

// Tools opened from a button or the palette load when first opened.
const InspectTokenDialog = onDemand(
  async () => (await import('../features/claims/inspect-token-dialog')).InspectTokenDialog,
  'Inspect a pasted token',
);
const ClientAuthProbeDialog = onDemand(
  async () => (await import('../features/probes/client-auth-probe-dialog')).ClientAuthProbeDialog,
  'Probe client authentication',
);
const SnippetsDialog = onDemand(
  async () => (await import('../features/snippets/snippets-dialog')).SnippetsDialog,
  'Copy as code',
);
const BasicHeaderDialog = onDemand(
  async () => (await import('../features/probes/basic-header-dialog')).BasicHeaderDialog,
  'Decode a Basic header',
);

export type ToolDialog = 'snippets' | 'inspect' | 'decode-basic';

interface WorkbenchDialogsProps {
  stores: ConsoleStores;
  dialog?: ToolDialog;
  onCloseDialog: () => void;
  probe?: ProbeLaunch;
  onCloseProbe: () => void;
}

/** The console's tool dialogs (at most one open), each loaded the first time it is opened. */
export function WorkbenchDialogs({ stores, dialog, onCloseDialog, probe, onCloseProbe }: WorkbenchDialogsProps) {
  const { store, secret } = stores;
  const form = useStore(store, (s) => s.form);
  const environments = useStore(
    store,
    useShallow((s) => s.environments),
  );
  // A dialog that fails says so in a dialog of its own; Close ends it as the dialog's own Close would.
  const onClose = dialog ? onCloseDialog : onCloseProbe;
  return (
    <PanelBoundary name="Dialog" onCloseDialog={onClose} resetKey={`${dialog ?? ''}:${probe ? 'probe' : ''}`}>
      {dialog === 'snippets' && (
        <SnippetsDialog
          form={form}
          // A typed secret that reads the same either way gets the plain curl -u; a saved one is unknown here.
          plainCredentials={secret.get() ? credentialsReadSameEitherWay(form.clientId, secret.get()) : undefined}
          onClose={onCloseDialog}
        />
      )}
      {dialog === 'decode-basic' && <BasicHeaderDialog onClose={onCloseDialog} />}
      {probe && (
        <ClientAuthProbeDialog
          {...probe}
          onUseEncoding={(basicEncoding) => store.getState().updateForm({ basicEncoding })}
          onClose={onCloseProbe}
        />
      )}
      {dialog === 'inspect' && (
        <InspectTokenDialog
          environments={environments}
          initialEnvironment={form.environmentId}
          onClose={onCloseDialog}
        />
      )}
    </PanelBoundary>
  );
}

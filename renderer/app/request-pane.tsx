import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { TokenAttempt } from '../../shared/ipc/contract';
import type { ProfileFormValues } from '../features/profiles/profile-values';
import { selectedSavedSecret } from '../features/profiles/use-profiles-store';
import { probeLaunch } from '../features/probes/probe-request';
import type { ProbeLaunch } from '../features/probes/probe-request';
import { RequestForm } from '../features/token/request-form';
import { requestOutcome } from '../features/token/request-outcome';
import { localEnvironmentOf } from '../lib/local-environments';
import { seedFrom } from './console-actions';
import { savedMerchantsControl } from './saved-merchants-control';
import type { ConsoleStores } from './use-console-stores';
import type { ToolDialog } from './workbench-dialogs';

interface RequestPaneProps {
  stores: ConsoleStores;
  /** The attempt the response pane shows (its outcome is told under Request token when it is the last request's). */
  attempt?: TokenAttempt;
  onSend: () => void;
  onShowResponse: () => void;
  onOpenDialog: (dialog: ToolDialog) => void;
  onProbe: (launch: ProbeLaunch | undefined) => void;
  onSaveAsProfile: (seed: ProfileFormValues) => void;
  /** The active sandbox faults, in the send bar. */
  chips: ReactNode;
}

/** The selected profile's saved secret (described) and merchants, for the form. */
function useSelectedProfile({ profilesStore }: ConsoleStores) {
  const selectedId = useStore(profilesStore, (s) => s.selectedId);
  const selectedMerchants = useStore(profilesStore, (s) => s.profiles.find((p) => p.id === s.selectedId)?.merchants);
  const merchants =
    selectedId && selectedMerchants ? savedMerchantsControl(profilesStore, selectedId, selectedMerchants) : undefined;
  const savedSecret = useStore(profilesStore, useShallow(selectedSavedSecret));
  return { selectedId, merchants, savedSecret };
}

/** The request pane: the token form with its send bar, wired to the token store and the selected profile. */
export function RequestPane({ stores, attempt, chips, ...props }: RequestPaneProps) {
  const { store, secret } = stores;
  const { selectedId, merchants, savedSecret } = useSelectedProfile(stores);
  const form = useStore(store, (s) => s.form);
  const environments = useStore(
    store,
    useShallow((s) => s.environments),
  );
  const sandboxes = useStore(store, (s) => s.sandboxes);
  const busy = useStore(store, (s) => s.busy);
  const source = useStore(store, (s) => s.attemptSource);
  const lastRequest = useStore(store, (s) => s.lastRequest);
  const confirmingProduction = useStore(store, (s) => s.confirmingProduction);
  const recentVats = useStore(
    store,
    useShallow((s) => s.recentVats),
  );
  const actions = store.getState();
  const localEnvironment = localEnvironmentOf(form.environmentId);
  const sandbox = localEnvironment ? sandboxes[localEnvironment] : undefined;
  return (
    <RequestForm
      // A new selection starts with an empty secret field: nothing typed for one profile goes with another.
      key={selectedId ?? 'ad-hoc'}
      form={form}
      environments={environments}
      sandbox={sandbox}
      busy={busy}
      outcome={requestOutcome(lastRequest, source === 'request' ? attempt : undefined)}
      onShowResponse={props.onShowResponse}
      recentVats={recentVats}
      confirmingProduction={confirmingProduction}
      onConfirmProduction={actions.confirmProduction}
      onCancelProduction={actions.cancelProduction}
      secret={secret}
      savedSecret={savedSecret}
      merchants={merchants}
      onFormChange={actions.updateForm}
      onStartSandbox={() => void actions.startSandbox(localEnvironment)}
      onLoadDemoClients={() => actions.fetchDemoClients(localEnvironment)}
      onSend={props.onSend}
      onSaveAsProfile={(typed) => props.onSaveAsProfile(seedFrom(form, typed))}
      onCopyAsCode={() => props.onOpenDialog('snippets')}
      onProbeClientAuth={(typed) => props.onProbe(probeLaunch(form, typed, savedSecret, environments, sandbox))}
      chips={chips}
    />
  );
}

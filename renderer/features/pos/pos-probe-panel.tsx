import { useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { EnvironmentSummary, TokenAttempt } from '../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/error-alert';
import { useApi } from '../../lib/api-context';
import '../../diagnosis.css';
import { Sensitive } from '../../components/sensitive';
import { PosCallView } from './pos-call-view';
import { boundVat, initialPosOptions } from './pos-options';
import type { PosOptions, PosResource } from './pos-options';
import { PosRequestFields } from './pos-request-fields';
import { PosResourceActions } from './pos-resource-actions';
import { createPosStore } from './use-pos-store';

interface PosProbePanelProps {
  /** An attempt with a token; main holds the usable token under its id (the renderer never has it). */
  attempt: TokenAttempt;
  environments: EnvironmentSummary[];
  /** The request form's VAT: the header's starting value when the token is not bound to a merchant. */
  formVat: string;
}

/** "Call the PoS API with this token": read-only PoS V10 calls, each captured and diagnosed like a token attempt. */
export function PosProbePanel({ attempt, environments, formVat }: PosProbePanelProps) {
  const api = useApi();
  const [store] = useState(() => createPosStore(api, attempt.id));
  const [options, setOptions] = useState<PosOptions>(() => initialPosOptions(attempt, formVat));
  const [pickedStore, setPickedStore] = useState('');
  const [pickedPos, setPickedPos] = useState('');
  const busy = useStore(store, (s) => s.busy);
  const last = useStore(store, (s) => s.last);
  const error = useStore(store, (s) => s.error);
  const storeIds = useStore(
    store,
    useShallow((s) => s.storeIds),
  );
  const posIds = useStore(
    store,
    useShallow((s) => s.posIds),
  );
  const storeId = storeIds.includes(pickedStore) ? pickedStore : (storeIds[0] ?? '');
  const posId = posIds.includes(pickedPos) ? pickedPos : (posIds[0] ?? '');
  const vat = boundVat(attempt);

  function call(resource: PosResource, id?: string) {
    void store.getState().call(resource, options, id);
  }

  return (
    <section className="panel pos-panel" aria-labelledby="pos-heading" aria-busy={busy !== undefined}>
      <div className="panel-header">
        <h2 id="pos-heading">Call the PoS API with this token</h2>
      </div>
      <p className="muted">
        Minted by {attempt.environment.label};{' '}
        {vat ? (
          <>
            bound to merchant <Sensitive kind="vat" value={vat} label="Merchant VAT" /> (merchant_vat claim)
          </>
        ) : (
          'not bound to a merchant (no merchant_vat claim)'
        )}
        . The token stays in the app&apos;s main process; calls are read-only.
      </p>
      <div className="pos-fields">
        <PosRequestFields
          options={options}
          onChange={(patch) => setOptions((current) => ({ ...current, ...patch }))}
          environments={environments}
          mintedBy={attempt.environment}
          boundVat={vat}
        />
      </div>
      <PosResourceActions
        busy={busy}
        storeIds={storeIds}
        posIds={posIds}
        storeId={storeId}
        posId={posId}
        onStoreChange={setPickedStore}
        onPosChange={setPickedPos}
        onCall={call}
      />
      {busy && (
        <p className="muted" role="status">
          Calling the PoS API…
        </p>
      )}
      {error && (
        <ErrorAlert
          title="The PoS call could not be made"
          message={error.message}
          onDismiss={store.getState().dismissError}
        />
      )}
      {last ? (
        <PosCallView key={last.id} call={last} />
      ) : (
        <p className="empty-state empty-state-small">No PoS call yet. Start with GET /stores.</p>
      )}
    </section>
  );
}

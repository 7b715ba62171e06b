import { useId } from 'react';
import type { PosResource } from './pos-options';

interface PosResourceActionsProps {
  busy?: PosResource;
  storeIds: string[];
  posIds: string[];
  storeId: string;
  posId: string;
  onStoreChange: (id: string) => void;
  onPosChange: (id: string) => void;
  onCall: (resource: PosResource, id?: string) => void;
}

function CallButton({
  label,
  resource,
  busy,
  onClick,
}: {
  label: string;
  resource: PosResource;
  busy?: PosResource;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button-secondary" aria-busy={busy === resource} onClick={onClick}>
      {busy === resource && <span className="spinner" aria-hidden="true" />}
      {label}
    </button>
  );
}

function IdPicker({
  label,
  ids,
  value,
  onChange,
}: {
  label: string;
  ids: string[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(event) => onChange(event.target.value)}>
        {ids.map((item) => (
          <option key={item} value={item}>
            {item}
          </option>
        ))}
      </select>
    </div>
  );
}

/** GET /stores first; its answer offers the stores, a store's points of sale, and single reads. */
export function PosResourceActions(props: PosResourceActionsProps) {
  const { busy, storeIds, posIds, storeId, posId, onCall } = props;
  return (
    <div className="pos-actions">
      <div className="button-row">
        <CallButton label="GET /stores" resource="stores" busy={busy} onClick={() => onCall('stores')} />
      </div>
      {storeIds.length > 0 && (
        <div className="pos-picker">
          <IdPicker label="Store" ids={storeIds} value={storeId} onChange={props.onStoreChange} />
          <div className="button-row">
            <CallButton
              label="GET /pointofsales"
              resource="pointofsales"
              busy={busy}
              onClick={() => onCall('pointofsales', storeId)}
            />
            <CallButton
              label="GET /stores/{storeId}"
              resource="store"
              busy={busy}
              onClick={() => onCall('store', storeId)}
            />
          </div>
        </div>
      )}
      {posIds.length > 0 && (
        <div className="pos-picker">
          <IdPicker label="Point of sale" ids={posIds} value={posId} onChange={props.onPosChange} />
          <div className="button-row">
            <CallButton
              label="GET /pointofsales/{posId}"
              resource="pointofsale"
              busy={busy}
              onClick={() => onCall('pointofsale', posId)}
            />
          </div>
        </div>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { SavedMerchant } from '../../../shared/domain/profile';

/** The selected profile's merchants and a way to add the VAT in the field as one of them. */
export interface SavedMerchantsControl {
  list: readonly SavedMerchant[];
  /** Resolves to an error message, or undefined when saved. */
  save(name: string, vat: string): Promise<string | undefined>;
}

interface SavedMerchantsProps {
  control: SavedMerchantsControl;
  /** The VAT in the field, when it is well-formed. */
  currentVat?: string;
  masked: boolean;
  onPick: (vat: string) => void;
}

/** Saved merchants (name + VAT) per profile: pick one, or save the VAT in the field under a name. */
export function SavedMerchants({ control, currentVat, masked, onPick }: SavedMerchantsProps) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string>();
  const known = control.list.some((merchant) => merchant.vat === currentVat);

  async function save() {
    if (!currentVat) return;
    const problem = await control.save(name.trim(), currentVat);
    setMessage(problem ?? `Saved ${name.trim()} to this profile.`);
    if (!problem) setName('');
  }

  return (
    <div className="saved-merchants">
      {control.list.length > 0 && (
        <div className="chip-group" role="group" aria-labelledby="saved-merchants-label">
          <span id="saved-merchants-label" className="muted chip-group-label">
            Saved merchants:
          </span>
          {control.list.map((merchant) => (
            <button
              key={merchant.vat}
              type="button"
              className="chip"
              aria-pressed={currentVat === merchant.vat}
              onClick={() => onPick(merchant.vat)}
            >
              {merchant.name}
              {!masked && <span className="muted"> {merchant.vat}</span>}
            </button>
          ))}
        </div>
      )}
      {currentVat && !known && (
        <div className="inline-form">
          <label htmlFor="merchant-name">Merchant name</label>
          <input
            id="merchant-name"
            value={name}
            placeholder="e.g. Café Nord"
            onChange={(event) => setName(event.target.value)}
          />
          <button
            type="button"
            className="button button-ghost"
            disabled={name.trim() === ''}
            onClick={() => void save()}
          >
            Save merchant
          </button>
        </div>
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </div>
  );
}

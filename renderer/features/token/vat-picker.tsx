import type { VatCheck } from '../../../shared/domain/vat';
import type { FieldMessageValue } from '../../components/field-message';
import { TextField } from '../../components/text-field';
import { SavedMerchants, type SavedMerchantsControl } from './saved-merchants';
import { Sensitive } from '../../components/sensitive';

interface VatPickerProps {
  value: string;
  check: VatCheck;
  /** Recently used VATs, newest first. */
  recentVats: string[];
  onChange: (value: string) => void;
  /** Presentation mode: the field shows dots and the recent VATs are partly masked. */
  masked?: boolean;
  /** With a saved profile: its merchants, and saving the typed VAT as one. */
  merchants?: SavedMerchantsControl;
}

export const NO_VAT_HINT = 'No VAT: unbound token — PoS calls then need the X-MobilePay-Merchant-VAT-Number header';
export const NO_VAT_LABEL = 'No VAT — unbound token';

function vatMessage(check: VatCheck): FieldMessageValue {
  switch (check.status) {
    case 'empty':
      return { tone: 'hint', text: NO_VAT_HINT };
    case 'malformed':
      return { tone: 'error', text: check.message };
    case 'checksum-warning':
      return { tone: 'warning', text: check.message };
    case 'valid':
      return {
        tone: 'hint',
        text: `Valid ${check.country === 'DK' ? 'CVR' : 'Y-tunnus'}: the token will be bound to this merchant.`,
      };
  }
}

/** Merchant VAT: typed (validated as you type), one of the recent ones, or explicitly none (an unbound token). */
export function VatPicker({ value, check, recentVats, onChange, masked = false, merchants }: VatPickerProps) {
  const current = value.trim();
  return (
    <div className="vat-picker">
      <TextField
        id="merchant-vat"
        label="Merchant VAT"
        value={value}
        placeholder="Optional: DK or FI + 8 digits"
        message={vatMessage(check)}
        onChange={onChange}
        masked={masked}
      />
      <div className="chip-row">
        {recentVats.length > 0 && (
          <div className="chip-group" role="group" aria-labelledby="recent-vats-label">
            <span id="recent-vats-label" className="muted chip-group-label">
              Recent:
            </span>
            {recentVats.map((vat) => (
              <button
                key={vat}
                type="button"
                className="chip"
                aria-pressed={current === vat}
                onClick={() => onChange(vat)}
              >
                <Sensitive kind="vat" value={vat} label="Recent VAT" revealable={false} />
              </button>
            ))}
          </div>
        )}
        <button
          type="button"
          className="chip"
          aria-pressed={current === ''}
          aria-describedby="no-vat-explanation"
          onClick={() => onChange('')}
        >
          {NO_VAT_LABEL}
        </button>
        <span id="no-vat-explanation" className="visually-hidden">
          Sends no merchant_vat: the token is not bound to a merchant, so every PoS call must carry the
          X-MobilePay-Merchant-VAT-Number header.
        </span>
      </div>
      {merchants && (
        <SavedMerchants
          control={merchants}
          currentVat={check.status === 'valid' || check.status === 'checksum-warning' ? value.trim() : undefined}
          masked={masked}
          onPick={onChange}
        />
      )}
    </div>
  );
}

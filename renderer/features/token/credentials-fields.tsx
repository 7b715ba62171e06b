import { useState } from 'react';
import type { VatCheck } from '../../../shared/domain/vat';
import { TextField } from '../../components/text-field';
import type { FieldMessageValue } from '../../components/field-message';
import { hasStrayWhitespace } from './token-request';

interface CredentialsFieldsProps {
  clientId: string;
  clientSecret: string;
  merchantVat: string;
  vatCheck: VatCheck;
  onClientIdChange: (value: string) => void;
  onClientSecretChange: (value: string) => void;
  onMerchantVatChange: (value: string) => void;
  /** With a saved profile: says which stored secret is used while the field is empty. */
  secretPlaceholder?: string;
  /** With a saved profile: explains what typing here does. */
  secretHint?: string;
}

export const NO_VAT_HINT = 'No VAT: unbound token — PoS calls then need the X-MobilePay-Merchant-VAT-Number header';

function vatMessage(check: VatCheck): FieldMessageValue {
  switch (check.status) {
    case 'empty':
      return { tone: 'hint', text: NO_VAT_HINT };
    case 'malformed':
      return { tone: 'error', text: check.message };
    case 'checksum-warning':
      return { tone: 'warning', text: check.message };
    case 'valid':
      return { tone: 'hint', text: `Valid ${check.country === 'DK' ? 'CVR' : 'Y-tunnus'}: the token will be bound to this merchant.` };
  }
}

function whitespaceWarning(value: string, what: string): FieldMessageValue | undefined {
  if (!hasStrayWhitespace(value)) return undefined;
  return { tone: 'warning', text: `${what} starts or ends with whitespace or contains a line break; it is sent exactly as typed.` };
}

/** Client ID, Client secret (masked, with a show/hide toggle) and the optional Merchant VAT. */
export function CredentialsFields(props: CredentialsFieldsProps) {
  const [showSecret, setShowSecret] = useState(false);
  return (
    <fieldset className="group">
      <legend className="group-title">Credentials</legend>
      <TextField
        id="client-id"
        label="Client ID"
        value={props.clientId}
        placeholder="e.g. 7a1c2f0e-…"
        message={whitespaceWarning(props.clientId, 'Client ID')}
        onChange={props.onClientIdChange}
      />
      <TextField
        id="client-secret"
        label="Client secret"
        type={showSecret ? 'text' : 'password'}
        sensitive
        value={props.clientSecret}
        placeholder={props.secretPlaceholder}
        message={whitespaceWarning(props.clientSecret, 'Client secret') ?? (props.secretHint ? { tone: 'hint', text: props.secretHint } : undefined)}
        onChange={props.onClientSecretChange}
        trailing={
          <button
            type="button"
            className="button button-ghost"
            aria-label={showSecret ? 'Hide client secret' : 'Show client secret'}
            aria-pressed={showSecret}
            onClick={() => setShowSecret((shown) => !shown)}
          >
            {showSecret ? 'Hide' : 'Show'}
          </button>
        }
      />
      <TextField
        id="merchant-vat"
        label="Merchant VAT"
        value={props.merchantVat}
        placeholder="Optional, e.g. DK12345678"
        message={vatMessage(props.vatCheck)}
        onChange={props.onMerchantVatChange}
      />
    </fieldset>
  );
}

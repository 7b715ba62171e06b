import { useState } from 'react';
import type { VatCheck } from '../../../shared/domain/vat';
import { CredentialHygieneHint, type HygieneField } from '../../components/credential-hygiene-hint';
import { TextField } from '../../components/text-field';
import type { FieldMessageValue } from '../../components/field-message';
import { usePresentation, useRememberSensitive } from '../../lib/presentation';
import { hasStrayWhitespace } from '../../lib/token-form';
import type { SavedMerchantsControl } from './saved-merchants';
import { VatPicker } from './vat-picker';

interface CredentialsFieldsProps {
  clientId: string;
  clientSecret: string;
  merchantVat: string;
  vatCheck: VatCheck;
  recentVats: string[];
  onClientIdChange: (value: string) => void;
  onClientSecretChange: (value: string) => void;
  onMerchantVatChange: (value: string) => void;
  /** With a saved profile: says which stored secret is used while the field is empty. */
  secretPlaceholder?: string;
  /** With a saved profile: explains what typing here does. */
  secretHint?: string;
  merchants?: SavedMerchantsControl;
}

function whitespaceWarning(value: string, what: string): FieldMessageValue | undefined {
  if (!hasStrayWhitespace(value)) return undefined;
  return {
    tone: 'warning',
    text: `${what} starts or ends with whitespace or contains a line break; it is sent exactly as typed.`,
  };
}

/** Client ID, Client secret (masked, with a show/hide toggle) and the optional Merchant VAT. */
export function CredentialsFields(props: CredentialsFieldsProps) {
  const [showSecret, setShowSecret] = useState(false);
  // Presentation mode: id and VAT as dots, never in the markup; the secret cannot be shown at all.
  const { on: presenting, maskText } = usePresentation();
  // What the form holds is masked wherever it shows up in free text (findings, raw views, exports).
  useRememberSensitive('request-form', [
    { kind: 'clientId', value: props.clientId.trim() },
    { kind: 'vat', value: props.merchantVat.trim() },
  ]);
  return (
    <fieldset className="group">
      <legend className="group-title">Credentials</legend>
      <TextField
        id="client-id"
        label="Client ID"
        value={props.clientId}
        placeholder="e.g. 7a1c2f0e-…"
        masked={presenting}
        message={whitespaceWarning(props.clientId, 'Client ID')}
        onChange={props.onClientIdChange}
      />
      <TextField
        id="client-secret"
        label="Client secret"
        type={showSecret && !presenting ? 'text' : 'password'}
        sensitive
        value={props.clientSecret}
        placeholder={props.secretPlaceholder && maskText(props.secretPlaceholder)}
        message={
          whitespaceWarning(props.clientSecret, 'Client secret') ??
          (props.secretHint ? { tone: 'hint', text: props.secretHint } : undefined)
        }
        onChange={props.onClientSecretChange}
        trailing={
          <button
            type="button"
            className="button button-ghost"
            aria-label={showSecret ? 'Hide client secret' : 'Show client secret'}
            aria-pressed={showSecret && !presenting}
            disabled={presenting}
            onClick={() => setShowSecret((shown) => !shown)}
          >
            {showSecret ? 'Hide' : 'Show'}
          </button>
        }
      />
      <CredentialHygieneHint
        clientId={props.clientId}
        clientSecret={props.clientSecret}
        onSplit={(clientId, clientSecret) => {
          props.onClientIdChange(clientId);
          props.onClientSecretChange(clientSecret);
        }}
        onClean={(field: HygieneField, cleaned) =>
          (field === 'clientId' ? props.onClientIdChange : props.onClientSecretChange)(cleaned)
        }
      />
      <VatPicker
        value={props.merchantVat}
        check={props.vatCheck}
        recentVats={props.recentVats}
        onChange={props.onMerchantVatChange}
        masked={presenting}
        merchants={props.merchants}
      />
    </fieldset>
  );
}

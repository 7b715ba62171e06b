import { useState } from 'react';
import { ENVIRONMENTS } from '../../../shared/domain/environments';
import type { EnvironmentId } from '../../../shared/domain/environments';
import type { SecretDescription } from '../../../shared/domain/vault';
import type { VatCheck } from '../../../shared/domain/vat';
import type { FieldMessageValue } from '../../components/field-message';
import { FieldMessage } from '../../components/field-message';
import { TextField } from '../../components/text-field';
import { usePresentation } from '../../lib/presentation';
import { RequestOptions } from '../../components/request-options';
import type { ProfileField, ProfileFormValues, ProfileValueChecks } from './profile-values';
import { describeSecret } from '../../lib/secret-text';

interface ProfileFormFieldsProps {
  values: ProfileFormValues;
  checks: ProfileValueChecks;
  /** Errors on untouched empty fields appear only after a save attempt. */
  showAllErrors: boolean;
  /** Edit only: what is stored now; a blank Client secret keeps it. */
  storedSecret?: SecretDescription;
  onChange: (patch: Partial<ProfileFormValues>) => void;
}

function vatHint(check: VatCheck): FieldMessageValue {
  if (check.status === 'checksum-warning') return { tone: 'warning', text: check.message };
  if (check.status === 'malformed') return { tone: 'error', text: check.message };
  return { tone: 'hint', text: 'Optional. Filled into Merchant VAT when the profile is selected.' };
}

function secretHint(stored: SecretDescription | undefined): FieldMessageValue {
  if (!stored) return { tone: 'hint', text: 'Optional. Goes straight to the vault; it is never shown again.' };
  return { tone: 'hint', text: `Leave blank to keep the stored one (${describeSecret(stored)}).` };
}

function maskMessage(message: FieldMessageValue, maskText: (text: string) => string): FieldMessageValue {
  return { ...message, text: maskText(message.text) };
}

export function ProfileFormFields({ values, checks, showAllErrors, storedSecret, onChange }: ProfileFormFieldsProps) {
  const [showSecret, setShowSecret] = useState(false);
  // Presentation mode: id and VAT as dots (never in the markup), the secret cannot be shown, fingerprints masked.
  const { on: presenting, maskText } = usePresentation();
  const error = (field: ProfileField): FieldMessageValue | undefined => {
    const message = checks.errors[field];
    const typed = values[field] !== '';
    return message && (showAllErrors || typed) ? { tone: 'error', text: message } : undefined;
  };
  const production = ENVIRONMENTS.find((env) => env.id === values.environment)?.production ?? false;
  return (
    <div className="dialog-fields">
      <TextField
        id="profile-name"
        label="Name"
        value={values.name}
        message={error('name')}
        onChange={(name) => onChange({ name })}
      />
      <div className="field">
        <label className="field-label" htmlFor="profile-environment">
          Environment
        </label>
        <select
          id="profile-environment"
          className="input select"
          value={values.environment}
          onChange={(event) => onChange({ environment: event.target.value as EnvironmentId })}
        >
          {ENVIRONMENTS.map((env) => (
            <option key={env.id} value={env.id}>
              {env.label} — {env.badge}
            </option>
          ))}
        </select>
        {production && (
          <FieldMessage
            id="profile-environment-message"
            message={{ tone: 'warning', text: 'PRODUCTION: live MobilePay, real merchants.' }}
          />
        )}
      </div>
      {values.environment === 'custom' && (
        <TextField
          id="profile-token-url"
          label="Token endpoint URL"
          type="url"
          value={values.customTokenUrl}
          placeholder="https://host/integrator-authentication/connect/token"
          message={error('customTokenUrl')}
          onChange={(customTokenUrl) => onChange({ customTokenUrl })}
        />
      )}
      <TextField
        id="profile-client-id"
        label="Client ID"
        value={values.clientId}
        message={error('clientId')}
        onChange={(clientId) => onChange({ clientId })}
        masked={presenting}
      />
      <TextField
        id="profile-client-secret"
        label="Client secret"
        type={showSecret && !presenting ? 'text' : 'password'}
        sensitive
        value={values.clientSecret}
        autoComplete="new-password"
        placeholder={storedSecret ? 'Leave blank to keep the stored secret' : ''}
        message={error('clientSecret') ?? maskMessage(secretHint(storedSecret), maskText)}
        onChange={(clientSecret) => onChange({ clientSecret })}
        trailing={
          <button
            type="button"
            className="button button-ghost"
            aria-label={showSecret ? 'Hide profile client secret' : 'Show profile client secret'}
            aria-pressed={showSecret && !presenting}
            disabled={presenting}
            onClick={() => setShowSecret((shown) => !shown)}
          >
            {showSecret ? 'Hide' : 'Show'}
          </button>
        }
      />
      <TextField
        id="profile-vat"
        label="Default merchant VAT"
        value={values.defaultMerchantVat}
        placeholder="Optional: DK or FI + 8 digits"
        masked={presenting}
        message={error('defaultMerchantVat') ?? vatHint(checks.vat)}
        onChange={(defaultMerchantVat) => onChange({ defaultMerchantVat })}
      />
      <RequestOptions
        idPrefix="profile-"
        basicEncoding={values.basicEncoding}
        sendIbmClientId={values.sendIbmClientId}
        onBasicEncodingChange={(basicEncoding) => onChange({ basicEncoding })}
        onSendIbmClientIdChange={(sendIbmClientId) => onChange({ sendIbmClientId })}
      />
      <div className="field">
        <label className="field-label" htmlFor="profile-notes">
          Notes
        </label>
        <textarea
          id="profile-notes"
          className="input textarea"
          rows={3}
          value={values.notes}
          aria-invalid={checks.errors.notes ? true : undefined}
          aria-describedby={checks.errors.notes ? 'profile-notes-message' : undefined}
          onChange={(event) => onChange({ notes: event.target.value })}
        />
        <FieldMessage id="profile-notes-message" message={error('notes')} />
      </div>
    </div>
  );
}

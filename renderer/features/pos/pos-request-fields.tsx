import type { EnvironmentId } from '../../../shared/domain/environments';
import type { EnvironmentSummary } from '../../../shared/ipc/contract';
import { TextField } from '../../components/text-field';
import { usePresentation } from '../../lib/presentation';
import { TAMPER_CHOICES } from './pos-options';
import type { PosOptions } from './pos-options';

interface PosRequestFieldsProps {
  options: PosOptions;
  onChange: (patch: Partial<PosOptions>) => void;
  environments: EnvironmentSummary[];
  /** Where the token came from, to say what calling another environment's API reproduces. */
  mintedBy: { id: EnvironmentId; label: string };
  boundVat?: string;
}

function vatHint(boundVat: string | undefined, value: string): string {
  if (boundVat)
    return `The token carries merchant_vat ${boundVat}, so no header is needed; a value typed here is sent anyway.`;
  return value.trim() === ''
    ? 'The token is not bound to a merchant: without this header the API answers 400 (code 1151).'
    : 'Sent because the token is not bound to a merchant (it has no merchant_vat claim).';
}

/** Where to call and with which headers, and which of them to get wrong on purpose. */
export function PosRequestFields({ options, onChange, environments, mintedBy, boundVat }: PosRequestFieldsProps) {
  const targets = environments.filter((env) => env.id !== 'custom');
  const target = targets.find((env) => env.id === options.environment);
  const elsewhere = options.environment !== mintedBy.id;
  const { on: presenting, maskText } = usePresentation();
  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor="pos-environment">
          PoS API of
        </label>
        <select
          id="pos-environment"
          className="input select"
          value={options.environment}
          aria-describedby="pos-environment-hint"
          onChange={(event) => onChange({ environment: event.target.value as EnvironmentId })}
        >
          {targets.map((env) => (
            <option key={env.id} value={env.id}>
              {env.label}
              {env.id === mintedBy.id ? ' (minted this token)' : ''}
            </option>
          ))}
        </select>
        <p
          id="pos-environment-hint"
          className={`field-message ${elsewhere ? 'field-message-warning' : 'field-message-hint'}`}
        >
          {elsewhere
            ? `The token was minted by ${mintedBy.label}: ${target?.label ?? 'this environment'}'s PoS API should refuse it. This reproduces "a token from the other environment".`
            : 'The environment that minted the token.'}
        </p>
      </div>
      <TextField
        id="pos-version"
        label="X-MobilePay-Client-System-Version"
        value={options.clientSystemVersion}
        message={{ tone: 'hint', text: "Your system's version, Major.Minor.Build. Required on every call." }}
        onChange={(clientSystemVersion) => onChange({ clientSystemVersion })}
      />
      <TextField
        id="pos-vat"
        label="X-MobilePay-Merchant-VAT-Number"
        value={options.merchantVat}
        placeholder={boundVat ? 'not needed: the token is bound' : 'DK or FI + 8 digits'}
        message={{ tone: 'hint', text: maskText(vatHint(boundVat, options.merchantVat)) }}
        onChange={(merchantVat) => onChange({ merchantVat })}
        masked={presenting}
      />
      <fieldset className="radio-group pos-tamper">
        <legend className="field-label">Reproduce a mistake</legend>
        {TAMPER_CHOICES.map((choice) => (
          <label key={choice.key} className="choice">
            <input
              type="checkbox"
              checked={options.tamper[choice.key] === true}
              onChange={(event) => onChange({ tamper: { ...options.tamper, [choice.key]: event.target.checked } })}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}

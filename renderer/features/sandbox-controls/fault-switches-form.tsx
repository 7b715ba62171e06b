import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  NUMBER_FAULT_LABELS,
  NUMBER_FAULT_RANGES,
  type NumberFault,
  type SandboxFaults,
} from '../../../shared/domain/sandbox-faults';
import { BusyButton } from '../../components/busy-button';
import { FieldMessage } from '../../components/field-message';
import { draftFrom, faultsFromDraft, fieldsNamedIn, numberProblems } from './fault-draft';
import type { FaultDraft, ServerErrorChoice } from './fault-draft';

interface FaultSwitchesFormProps {
  idPrefix: string;
  /** The sandbox's current switches; fields not edited here follow them. */
  faults: SandboxFaults;
  busy: boolean;
  /** The sandbox's INVALID_INPUT message for the last Apply, if it refused. */
  rejection?: string;
  onApply: (faults: SandboxFaults) => Promise<boolean>;
}

const { tokenLifetimeSeconds: lifetime, clockSkewSeconds: skew, delayMs: delay } = NUMBER_FAULT_RANGES;

/**
 * The console's token request gives up after 10 s (electron/handlers/tokens.ts, electron/services/http-capture.ts);
 * that lives in main only, so the Delay hint states the number.
 */
const NUMBER_FIELDS: { name: NumberFault; hint: string }[] = [
  {
    name: 'tokenLifetimeSeconds',
    hint: `expires_in and exp − iat of new tokens, ${lifetime.min} to ${lifetime.max}; MobilePay uses 3700.`,
  },
  {
    name: 'clockSkewSeconds',
    hint: `The sandbox's clock, ahead (+) or behind (−) this machine's, by at most ${skew.max} (366 days).`,
  },
  {
    name: 'delayMs',
    hint: `Every token and PoS answer comes this much later, ${delay.min} to ${delay.max}. Above 10000 a token request hits the console's 10 s timeout: a timeout on purpose.`,
  },
];

/** The sandbox's fault switches as a form; nothing changes until Apply, and Apply waits for numbers main accepts. */
export function FaultSwitchesForm({ idPrefix, faults, busy, rejection, onApply }: FaultSwitchesFormProps) {
  const [edits, setEdits] = useState<Partial<FaultDraft>>({});
  const draft: FaultDraft = { ...draftFrom(faults), ...edits };
  const problems = numberProblems(draft);
  const blocked = Object.keys(problems).length > 0;
  const rejected = rejection ? fieldsNamedIn(rejection) : [];
  const edit = (patch: Partial<FaultDraft>) => setEdits((current) => ({ ...current, ...patch }));

  async function apply(event: FormEvent) {
    event.preventDefault();
    const checked = faultsFromDraft(draft);
    if (checked.ok && (await onApply(checked.faults))) setEdits({});
  }

  return (
    <form className="fault-form" aria-label="Fault switches" onSubmit={(event) => void apply(event)} noValidate>
      {NUMBER_FIELDS.map(({ name, hint }) => {
        const id = `${idPrefix}-${name}`;
        const problem = problems[name] ?? (rejected.includes(name) ? rejection : undefined);
        return (
          <div className="field" key={name}>
            <label className="field-label" htmlFor={id}>
              {NUMBER_FAULT_LABELS[name]}
            </label>
            <input
              id={id}
              className="input"
              inputMode="numeric"
              value={draft[name]}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${id}-message`}
              onChange={(event) => edit({ [name]: event.target.value })}
            />
            <FieldMessage
              id={`${id}-message`}
              message={problem ? { tone: 'error', text: problem } : { tone: 'hint', text: hint }}
            />
          </div>
        );
      })}
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-server-error`}>
          Server error
        </label>
        <select
          id={`${idPrefix}-server-error`}
          className="input select"
          value={draft.serverError}
          onChange={(event) => edit({ serverError: event.target.value as ServerErrorChoice })}
        >
          <option value="none">None</option>
          <option value="500">500 with an HTML body</option>
          <option value="503">503 with an HTML body</option>
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-basic-decoding`}>
          Basic decoding
        </label>
        <select
          id={`${idPrefix}-basic-decoding`}
          className="input select"
          value={draft.basicDecoding}
          onChange={(event) => edit({ basicDecoding: event.target.value as FaultDraft['basicDecoding'] })}
        >
          <option value="form">Form-decoded (RFC 6749, default)</option>
          <option value="raw">Read as is, not form-decoded</option>
        </select>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.dropConnection}
          onChange={(event) => edit({ dropConnection: event.target.checked })}
        />
        Drop the connection (no answer)
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.requireIbmClientId}
          onChange={(event) => edit({ requireIbmClientId: event.target.checked })}
        />
        Require x-ibm-client-id
      </label>
      <div className="button-row">
        <BusyButton
          type="submit"
          className="button button-primary"
          busy={busy}
          disabled={blocked}
          aria-describedby={blocked ? `${idPrefix}-apply-blocked` : undefined}
        >
          Apply
        </BusyButton>
        {blocked && (
          <span id={`${idPrefix}-apply-blocked`} className="muted">
            Correct the marked fields to apply.
          </span>
        )}
      </div>
    </form>
  );
}

import { Hint } from './hint';
import type { BasicEncoding } from '../../shared/ipc/schemas';

interface RequestOptionsProps {
  basicEncoding: BasicEncoding;
  sendIbmClientId: boolean;
  onBasicEncodingChange: (value: BasicEncoding) => void;
  onSendIbmClientIdChange: (value: boolean) => void;
  /** Keeps radio names and ids unique when a second copy sits in a dialog (the profile form). */
  idPrefix?: string;
}

const ENCODINGS: { value: BasicEncoding; label: string }[] = [
  { value: 'form', label: 'RFC 6749 form-encoded (default)' },
  { value: 'raw', label: 'Raw' },
];

export function RequestOptions(props: RequestOptionsProps) {
  const prefix = props.idPrefix ?? '';
  return (
    <fieldset className="group">
      <legend className="group-title">Options</legend>
      <fieldset className="radio-group radio-group-inline">
        <legend className="field-label">
          Basic encoding{' '}
          <Hint topic="Basic encoding">
            How the id and secret are joined into the Authorization: Basic header. They differ only for characters like
            + / = % &amp; : and spaces.
          </Hint>
        </legend>
        {ENCODINGS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`${prefix}basic-encoding`}
              value={option.value}
              checked={props.basicEncoding === option.value}
              onChange={() => props.onBasicEncodingChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={props.sendIbmClientId}
          onChange={(event) => props.onSendIbmClientIdChange(event.target.checked)}
        />
        Send x-ibm-client-id header
      </label>
    </fieldset>
  );
}

import type { ReactNode } from 'react';
import { FieldMessage } from './field-message';
import type { FieldMessageValue } from './field-message';
import { useUnmirroredValue } from './use-unmirrored-value';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  message?: FieldMessageValue;
  placeholder?: string;
  readOnly?: boolean;
  /** A control shown inside the field row, e.g. a show/hide toggle. */
  trailing?: ReactNode;
  autoComplete?: string;
  /** May hold a secret: the value is never written into the markup (see useUnmirroredValue). */
  sensitive?: boolean;
  /** Shown as dots (presentation mode) and, like `sensitive`, never written into the markup. */
  masked?: boolean;
  /** Label beside the control instead of above it (the send bar's compact rows). */
  inline?: boolean;
}

/** A labelled text input with its validation message wired up for assistive technology. */
export function TextField(props: TextFieldProps) {
  const {
    id,
    label,
    value,
    onChange,
    type = 'text',
    message,
    placeholder,
    readOnly,
    trailing,
    autoComplete = 'off',
    masked = false,
  } = props;
  const sensitive = props.sensitive === true || masked;
  const messageId = `${id}-message`;
  const sensitiveRef = useUnmirroredValue<HTMLInputElement>(value);
  return (
    <div className={props.inline ? 'field field-inline' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-row">
        <input
          // A new element when the field turns sensitive, so a value React wrote into the markup goes with the old one.
          key={sensitive ? 'unmirrored' : 'mirrored'}
          id={id}
          className={`input${readOnly ? ' input-readonly' : ''}${masked ? ' masked-text' : ''}`}
          type={type}
          {...(sensitive ? { ref: sensitiveRef } : { value })}
          readOnly={readOnly}
          placeholder={placeholder}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-invalid={message?.tone === 'error' ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          onChange={(event) => onChange?.(event.target.value)}
        />
        {trailing}
      </div>
      <FieldMessage id={messageId} message={message} />
    </div>
  );
}

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
}

/** A labelled text input with its validation message wired up for assistive technology. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, type = 'text', message, placeholder, readOnly, trailing, autoComplete = 'off', sensitive = false } = props;
  const messageId = `${id}-message`;
  const sensitiveRef = useUnmirroredValue<HTMLInputElement>(value);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-row">
        <input
          id={id}
          className={`input${readOnly ? ' input-readonly' : ''}`}
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

type MessageTone = 'hint' | 'warning' | 'error';

export interface FieldMessageValue {
  tone: MessageTone;
  text: string;
}

/** The line under a control; its id goes into the control's aria-describedby. */
export function FieldMessage({ id, message }: { id: string; message?: FieldMessageValue }) {
  if (!message) return null;
  const prefix = message.tone === 'error' ? 'Error: ' : message.tone === 'warning' ? 'Warning: ' : '';
  return (
    <p id={id} className={`field-message field-message-${message.tone}`}>
      {prefix && <span className="visually-hidden">{prefix}</span>}
      {message.text}
    </p>
  );
}

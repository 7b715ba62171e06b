interface CodeBlockProps {
  text: string;
  /** Accessible name of the scrollable region. */
  label: string;
  emptyText?: string;
}

/** Raw wire text: monospace, wrapped, focusable so keyboard users can scroll it. */
export function CodeBlock({ text, label, emptyText = '(empty)' }: CodeBlockProps) {
  return (
    <pre className="code-block" aria-label={label} tabIndex={0}>
      {text === '' ? <span className="muted">{emptyText}</span> : text}
    </pre>
  );
}

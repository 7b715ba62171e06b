import { usePresentation } from '../lib/presentation';

interface CodeBlockProps {
  text: string;
  /** Accessible name of the scrollable region. */
  label: string;
  emptyText?: string;
}

/** Raw wire text: monospace, wrapped, focusable so keyboard users can scroll it. Masked in presentation mode. */
export function CodeBlock({ text, label, emptyText = '(empty)' }: CodeBlockProps) {
  const { maskText } = usePresentation();
  return (
    <pre className="code-block" aria-label={label} tabIndex={0}>
      {text === '' ? <span className="muted">{emptyText}</span> : maskText(text)}
    </pre>
  );
}

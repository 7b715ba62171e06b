import { useEffect, useState } from 'react';
import { usePresentation } from '../lib/presentation';

/** What a code block may be highlighted as. */
export type CodeLanguage = 'json' | 'http' | 'bash' | 'powershell' | 'csharp' | 'python' | 'javascript';

interface CodeBlockProps {
  text: string;
  /** Accessible name of the scrollable region. */
  label: string;
  emptyText?: string;
  /** Highlighted once the highlighter has loaded (on demand); plain text until then. */
  language?: CodeLanguage;
}

type Highlighted = { source: string; html: string };

/** The highlighted HTML of `text`, once the lazily loaded highlighter has it; undefined meanwhile. */
function useHighlighted(text: string, language: CodeLanguage | undefined): string | undefined {
  const [result, setResult] = useState<Highlighted>();
  useEffect(() => {
    if (!language || text === '') return;
    let current = true;
    void import('./highlighter').then(({ highlight }) => {
      const html = highlight(text, language);
      if (current && html !== undefined) setResult({ source: `${language}\n${text}`, html });
    });
    return () => {
      current = false;
    };
  }, [text, language]);
  return result && result.source === `${language}\n${text}` ? result.html : undefined;
}

/** Raw wire text: monospace, wrapped, focusable so keyboard users can scroll it. Masked in presentation mode. */
export function CodeBlock({ text, label, emptyText = '(empty)', language }: CodeBlockProps) {
  const { maskText } = usePresentation();
  const shown = maskText(text);
  const html = useHighlighted(shown, language);
  if (html !== undefined) {
    // highlight.js escapes the text; only its own <span class="hljs-…"> markup is added.
    return (
      <pre className="code-block hljs" aria-label={label} tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />
    );
  }
  return (
    <pre className="code-block" aria-label={label} tabIndex={0}>
      {text === '' ? <span className="muted">{emptyText}</span> : shown}
    </pre>
  );
}

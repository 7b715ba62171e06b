import type { CodeSnippet } from '../../shared/domain/code-snippet';
import { CodeBlock, type CodeLanguage } from './code-block';
import { CopyButton } from './copy-button';
import { Tabs } from './tabs';

/** How each copy-as-code language is highlighted (Windows cmd is shown plain). */
const SNIPPET_LANGUAGES: Record<CodeSnippet['language'], CodeLanguage | undefined> = {
  curl: 'bash',
  cmd: undefined,
  powershell: 'powershell',
  csharp: 'csharp',
  python: 'python',
  node: 'javascript',
};

/** One tab per language, each with its code highlighted and a Copy code button: token and PoS snippets alike. */
function SnippetTabs({ snippets }: { snippets: readonly CodeSnippet[] }) {
  return (
    <Tabs
      label="Language"
      items={snippets.map((snippet) => ({
        id: snippet.language,
        label: snippet.label,
        content: (
          <>
            <div className="view-bar">
              <span className="muted">{snippet.label}</span>
              <CopyButton text={snippet.code} label="Copy code" />
            </div>
            <CodeBlock
              label={`${snippet.label} code`}
              text={snippet.code}
              language={SNIPPET_LANGUAGES[snippet.language]}
            />
          </>
        ),
      }))}
    />
  );
}

/** Snippets that main generates: a status line while they come, the reason when they could not be made, then the tabs. */
export function GeneratedSnippets({ snippets, error }: { snippets?: readonly CodeSnippet[]; error?: string }) {
  if (error !== undefined) {
    return (
      <p className="field-message field-message-error" role="alert">
        The snippets could not be generated: {error}
      </p>
    );
  }
  if (!snippets) {
    return (
      <p className="muted" role="status">
        Generating snippets…
      </p>
    );
  }
  return <SnippetTabs snippets={snippets} />;
}

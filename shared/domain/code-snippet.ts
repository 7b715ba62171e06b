export interface CodeSnippet {
  language: 'curl' | 'cmd' | 'powershell' | 'csharp' | 'python' | 'node';
  label: string;
  /** The id and secret (or the access token) are read from environment variables, never written in. */
  code: string;
}

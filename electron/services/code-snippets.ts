import type { CodeSnippet } from '../../shared/ipc/contract';
import { HTTPSnippet, type HarRequest } from 'httpsnippet';
import type { BasicEncoding } from '../../shared/ipc/schemas';
import {
  bashPrelude,
  bashUserOption,
  CLIENT_ID_VARIABLE,
  csharpPrelude,
  nodePrelude,
  powershellPrelude,
  pythonPrelude,
} from './code-snippet-preludes';
import { buildTokenRequest } from './token-exchange';

export { CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE } from './code-snippet-preludes';

/**
 * "Copy as code" for the token request. httpsnippet writes the request (URL, form body, headers, boilerplate) from
 * a HAR built by buildTokenRequest itself; the Authorization header comes from a short per-language prelude that
 * reads the id and secret from environment variables. The secret is never an input, so it cannot leak into a snippet.
 */
export type { CodeSnippet };
export type SnippetLanguage = CodeSnippet['language'];

export interface SnippetInput {
  tokenUrl: string;
  merchantVat?: string;
  basicEncoding: BasicEncoding;
  sendIbmClientId: boolean;
}

const AUTHORIZATION_MARK = 'IC_AUTHORIZATION_FROM_PRELUDE';
const CLIENT_ID_MARK = 'IC_CLIENT_ID_FROM_ENVIRONMENT';
/** The user's program identifies itself, not as this console. */
const LEFT_OUT_HEADERS = new Set(['user-agent', 'content-length']);

/** The same request buildTokenRequest sends, with marks where the credentials go. */
export function tokenRequestHar(input: SnippetInput): HarRequest {
  const { wire } = buildTokenRequest({ ...input, clientId: CLIENT_ID_MARK, clientSecret: 'not-used' });
  const headers = wire.headers
    .filter(([name]) => !LEFT_OUT_HEADERS.has(name.toLowerCase()))
    .map(([name, value]) => ({ name, value: name.toLowerCase() === 'authorization' ? AUTHORIZATION_MARK : value }));
  const params = [...new URLSearchParams(wire.body ?? '')].map(([name, value]) => ({ name, value }));
  return {
    method: wire.method,
    url: wire.url,
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers,
    queryString: [],
    headersSize: -1,
    bodySize: -1,
    postData: { mimeType: 'application/x-www-form-urlencoded', params, text: wire.body ?? '' },
  };
}

/** Replaces text the generator must have produced exactly once; a library change then fails loudly, not silently. */
function splice(code: string, search: string, replacement: string, required = true): string {
  const count = code.split(search).length - 1;
  if (count > 1 || (required && count === 0)) throw new Error(`code snippet: expected "${search}" once, found ${count} times`);
  return code.replace(search, () => replacement);
}

function convert(snippet: HTTPSnippet, target: 'shell' | 'powershell' | 'csharp' | 'python' | 'javascript', client: string): string {
  const output = snippet.convert(target, client);
  if (typeof output !== 'string') throw new Error(`httpsnippet produced no ${target}/${client} snippet`);
  return output;
}

function curl(snippet: HTTPSnippet, encoding: BasicEncoding): string {
  let code = convert(snippet, 'shell', 'curl');
  code = splice(code, `--header 'Authorization: ${AUTHORIZATION_MARK}'`, bashUserOption(encoding));
  code = splice(code, `--header 'x-ibm-client-id: ${CLIENT_ID_MARK}'`, `--header "x-ibm-client-id: $${CLIENT_ID_VARIABLE}"`, false);
  return `${bashPrelude(encoding)}\n${code}`;
}

function powershell(snippet: HTTPSnippet, encoding: BasicEncoding): string {
  let code = convert(snippet, 'powershell', 'restmethod');
  code = splice(code, `"${AUTHORIZATION_MARK}"`, '$authorization');
  code = splice(code, `"${CLIENT_ID_MARK}"`, `$env:${CLIENT_ID_VARIABLE}`, false);
  // -ContentType already sets it; PowerShell 7 refuses it twice.
  code = splice(code, '$headers.Add("Content-Type", "application/x-www-form-urlencoded")\n', '', false);
  return `${powershellPrelude(encoding)}\n${code}\n$response\n`;
}

function csharp(snippet: HTTPSnippet, encoding: BasicEncoding): string {
  let code = convert(snippet, 'csharp', 'httpclient');
  code = splice(code, `"${AUTHORIZATION_MARK}"`, 'authorization');
  code = splice(code, `"${CLIENT_ID_MARK}"`, 'clientId', false);
  return splice(code, 'var client = new HttpClient();', `${csharpPrelude(encoding)}\n\nvar client = new HttpClient();`)
    .replace(/^using System\.Net\.Http\.Headers;\n/, 'using System.Net.Http.Headers;\nusing System.Text;\n\n');
}

function python(snippet: HTTPSnippet, encoding: BasicEncoding): string {
  let code = convert(snippet, 'python', 'requests');
  code = splice(code, `"${AUTHORIZATION_MARK}"`, 'authorization');
  code = splice(code, `"${CLIENT_ID_MARK}"`, 'client_id', false);
  return splice(code, 'import requests\n', `${pythonPrelude(encoding)}\n`);
}

/** httpsnippet's node/fetch target still requires node-fetch; its javascript/fetch output is what Node 18+ runs. */
function node(snippet: HTTPSnippet, encoding: BasicEncoding): string {
  let code = convert(snippet, 'javascript', 'fetch');
  code = splice(code, `'${AUTHORIZATION_MARK}'`, 'authorization');
  code = splice(code, `'${CLIENT_ID_MARK}'`, 'clientId', false);
  return `${nodePrelude(encoding)}\n\n${code}`;
}

const GENERATORS: { language: SnippetLanguage; label: string; generate: (snippet: HTTPSnippet, encoding: BasicEncoding) => string }[] = [
  { language: 'curl', label: 'curl (bash)', generate: curl },
  { language: 'powershell', label: 'PowerShell (Invoke-RestMethod)', generate: powershell },
  { language: 'csharp', label: 'C# (HttpClient)', generate: csharp },
  { language: 'python', label: 'Python (requests)', generate: python },
  { language: 'node', label: 'Node.js (fetch)', generate: node },
];

export function tokenRequestSnippets(input: SnippetInput): CodeSnippet[] {
  const snippet = new HTTPSnippet(tokenRequestHar(input));
  return GENERATORS.map(({ language, label, generate }) => {
    const code = generate(snippet, input.basicEncoding);
    if (code.includes(AUTHORIZATION_MARK) || code.includes(CLIENT_ID_MARK)) throw new Error(`code snippet: ${language} kept a placeholder`);
    return { language, label, code: code.endsWith('\n') ? code : `${code}\n` };
  });
}

import type { CodeSnippet } from '../../shared/domain/code-snippet';
import { HTTPSnippet, type HarRequest } from 'httpsnippet';
import type { BasicEncoding } from '../../shared/ipc/schemas';
import { showErrorBody } from './code-snippet-output';
import {
  bashPrelude,
  bashUserOption,
  CLIENT_ID_VARIABLE,
  CLIENT_SECRET_VARIABLE,
  csharpPrelude,
  nodePrelude,
  powershellPrelude,
  pythonPrelude,
  READS,
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
  /** The id and secret read the same form-encoded (no reserved characters): no encoding helper is needed. */
  plainCredentials?: boolean;
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
  if (count > 1 || (required && count === 0))
    throw new Error(`code snippet: expected "${search}" once, found ${count} times`);
  return code.replace(search, () => replacement);
}

function convert(
  snippet: HTTPSnippet,
  target: 'shell' | 'powershell' | 'csharp' | 'python' | 'javascript',
  client: string,
): string {
  const output = snippet.convert(target, client);
  if (typeof output !== 'string') throw new Error(`httpsnippet produced no ${target}/${client} snippet`);
  return output;
}

/** The form body and headers as curl -d/-H options, for the short snippets (curl sets POST and the form type itself). */
function curlOptions(input: SnippetInput, variable: (name: string) => string): string[] {
  const params = new URLSearchParams({
    grant_type: 'client_credentials',
    ...(input.merchantVat ? { merchant_vat: input.merchantVat } : {}),
  });
  return [
    `-u "${variable(CLIENT_ID_VARIABLE)}:${variable(CLIENT_SECRET_VARIABLE)}"`,
    ...[...params].map(([name, value]) => `-d ${name}=${value}`),
    '-H "Accept: application/json"',
    ...(input.sendIbmClientId ? [`-H "x-ibm-client-id: ${variable(CLIENT_ID_VARIABLE)}"`] : []),
    input.tokenUrl,
  ];
}

/** Where encoding does not matter: one plain curl -u line (raw Basic is exactly what curl -u sends). */
function plainCurl(input: SnippetInput): string {
  const options = curlOptions(input, (name) => `$${name}`);
  return [
    `# ${READS}`,
    `curl ${[...options.slice(0, 1), "-sS -w '\\n%{http_code}\\n'", ...options.slice(1)].join(' \\\n  ')}`,
    '',
  ].join('\n');
}

/** Windows cmd.exe (curl.exe ships with Windows 10 and later). cmd cannot form-encode, so only where that is not needed. */
function cmdCurl(input: SnippetInput): string {
  const options = curlOptions(input, (name) => `%${name}%`);
  return [`rem ${READS}`, `curl.exe ${[...options.slice(0, 1), '-sS', ...options.slice(1)].join(' ^\r\n  ')}`, ''].join(
    '\r\n',
  );
}

function curl(snippet: HTTPSnippet, encoding: BasicEncoding): string {
  let code = convert(snippet, 'shell', 'curl');
  code = splice(code, `--header 'Authorization: ${AUTHORIZATION_MARK}'`, bashUserOption(encoding));
  code = splice(
    code,
    `--header 'x-ibm-client-id: ${CLIENT_ID_MARK}'`,
    `--header "x-ibm-client-id: $${CLIENT_ID_VARIABLE}"`,
    false,
  );
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
  code = showErrorBody(code);
  return splice(
    code,
    'var client = new HttpClient();',
    `${csharpPrelude(encoding)}\n\nvar client = new HttpClient();`,
  ).replace(/^using System\.Net\.Http\.Headers;\n/, 'using System.Net.Http.Headers;\nusing System.Text;\n\n');
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

const GENERATORS: {
  language: SnippetLanguage;
  label: string;
  generate: (snippet: HTTPSnippet, encoding: BasicEncoding) => string;
}[] = [
  { language: 'curl', label: 'curl (bash)', generate: curl },
  { language: 'powershell', label: 'PowerShell (Invoke-RestMethod)', generate: powershell },
  { language: 'csharp', label: 'C# (HttpClient)', generate: csharp },
  { language: 'python', label: 'Python (requests)', generate: python },
  { language: 'node', label: 'Node.js (fetch)', generate: node },
];

export function tokenRequestSnippets(input: SnippetInput): CodeSnippet[] {
  const snippet = new HTTPSnippet(tokenRequestHar(input));
  const encodingMatters = input.basicEncoding === 'form' && input.plainCredentials !== true;
  // The bash encoding helper only where the encoding changes the bytes; otherwise plain curl -u, and a cmd variant.
  const generators = GENERATORS.map((generator) =>
    generator.language === 'curl' && !encodingMatters ? { ...generator, generate: () => plainCurl(input) } : generator,
  );
  if (!encodingMatters)
    generators.splice(1, 0, { language: 'cmd', label: 'curl (Windows cmd)', generate: () => cmdCurl(input) });
  return generators.map(({ language, label, generate }) => {
    const code = generate(snippet, input.basicEncoding);
    if (code.includes(AUTHORIZATION_MARK) || code.includes(CLIENT_ID_MARK))
      throw new Error(`code snippet: ${language} kept a placeholder`);
    return { language, label, code: code.endsWith('\n') ? code : `${code}\n` };
  });
}

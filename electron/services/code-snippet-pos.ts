import { HTTPSnippet, type HarRequest } from 'httpsnippet';
import type { CapturedRequest } from '../../shared/domain/exchange';
import type { CodeSnippet } from '../../shared/domain/code-snippet';
import { showErrorBody } from './code-snippet-output';

/**
 * "Copy as code" for a PoS V10 call the console made: the same URL and headers (client-system version, merchant
 * VAT, whatever was left out on purpose), the token read from MOBILEPAY_ACCESS_TOKEN. Built from the captured
 * request, whose Authorization is already redacted: no usable token can reach a snippet.
 */
export const ACCESS_TOKEN_VARIABLE = 'MOBILEPAY_ACCESS_TOKEN';
const MARK = 'IC_BEARER_FROM_ENVIRONMENT';
const LEFT_OUT = new Set(['user-agent', 'content-length', 'accept-encoding', 'host', 'connection']);
const READS = `Reads the access token from ${ACCESS_TOKEN_VARIABLE} (e.g. the token the console copied); nothing secret is written here.`;

function harOf(request: CapturedRequest): { har: HarRequest; bearer: boolean } {
  let bearer = true;
  const headers = request.headers
    .filter(([name]) => !LEFT_OUT.has(name.toLowerCase()))
    .map(([name, value]) => {
      if (name.toLowerCase() !== 'authorization') return { name, value };
      bearer = /^bearer\s/i.test(value);
      return { name, value: MARK };
    });
  const url = new URL(request.url);
  const queryString = [...url.searchParams].map(([name, value]) => ({ name, value }));
  return {
    har: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers,
      queryString,
      headersSize: -1,
      bodySize: -1,
      postData: { mimeType: '' },
    } as HarRequest,
    bearer,
  };
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

const prefix = (bearer: boolean) => (bearer ? 'Bearer ' : '');

export function posCallSnippets(request: CapturedRequest): CodeSnippet[] {
  const { har, bearer } = harOf(request);
  const snippet = new HTTPSnippet(har);
  const v = ACCESS_TOKEN_VARIABLE;
  const curl = [
    `# ${READS}`,
    `: "\${${v}:?Set ${v}}"`,
    `${convert(snippet, 'shell', 'curl').replace(`'Authorization: ${MARK}'`, `"Authorization: ${prefix(bearer)}$${v}"`)} \\\n  --silent --show-error --write-out '\\n%{http_code}\\n'`,
  ].join('\n');
  const powershell = [
    `# ${READS}`,
    `if (-not $env:${v}) { throw 'Set ${v} first.' }`,
    convert(snippet, 'powershell', 'restmethod').replace(`"${MARK}"`, `"${prefix(bearer)}$env:${v}"`),
    '$response | ConvertTo-Json -Depth 5',
  ].join('\n');
  const csharp = showErrorBody(convert(snippet, 'csharp', 'httpclient'))
    .replace(`"${MARK}"`, bearer ? '$"Bearer {accessToken}"' : 'accessToken')
    .replace(
      'var client = new HttpClient();',
      `// ${READS}\nvar accessToken = Environment.GetEnvironmentVariable("${v}") ?? throw new InvalidOperationException("Set ${v}");\n\nvar client = new HttpClient();`,
    );
  const python = convert(snippet, 'python', 'requests')
    .replace('import requests\n', `import os\n\nimport requests\n\n# ${READS}\naccess_token = os.environ["${v}"]\n`)
    .replace(`"${MARK}"`, bearer ? 'f"Bearer {access_token}"' : 'access_token')
    .replace('print(response.json())', 'print(response.status_code)\nprint(response.text)');
  const node = `// Node.js 18+ (built-in fetch). Save as pos.mjs: it uses top-level await.\n// ${READS}\nif (!process.env.${v}) throw new Error('Set ${v}');\n${convert(
    snippet,
    'javascript',
    'fetch',
  )
    .replace(`'${MARK}'`, `\`${prefix(bearer)}\${process.env.${v}}\``)
    .replace(
      'const data = await response.json();\n  console.log(data);',
      'console.log(response.status, await response.text());',
    )}`;
  const all: CodeSnippet[] = [
    { language: 'curl', label: 'curl (bash)', code: curl },
    { language: 'powershell', label: 'PowerShell (Invoke-RestMethod)', code: powershell },
    { language: 'csharp', label: 'C# (HttpClient)', code: csharp },
    { language: 'python', label: 'Python (requests)', code: python },
    { language: 'node', label: 'Node.js (fetch)', code: node },
  ];
  for (const { language, code } of all)
    if (code.includes(MARK)) throw new Error(`code snippet: ${language} kept a placeholder`);
  return all.map((item) => ({ ...item, code: item.code.endsWith('\n') ? item.code : `${item.code}\n` }));
}

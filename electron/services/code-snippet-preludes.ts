import type { BasicEncoding } from '../../shared/ipc/schemas';

/**
 * The few lines each "Copy as code" snippet needs before the request: read the id and secret from environment
 * variables and build the Basic header from them. Form encoding (RFC 6749 §2.3.1) matches formEncodeCredential in
 * basic-auth.ts byte for byte: UTF-8, everything but A-Z a-z 0-9 - . _ * percent-encoded in upper-case hex, and
 * space as "+".
 */
export const CLIENT_ID_VARIABLE = 'MOBILEPAY_CLIENT_ID';
export const CLIENT_SECRET_VARIABLE = 'MOBILEPAY_CLIENT_SECRET';

export const READS = `Reads the credentials from ${CLIENT_ID_VARIABLE} and ${CLIENT_SECRET_VARIABLE}; nothing secret is written here.`;
const RFC = 'RFC 6749 §2.3.1: form-url-encode the id and the secret before joining them with ":".';
const RAW = 'Raw Basic encoding: id and secret joined with ":" exactly as they are (no form-url-encoding).';

/** bash: pure shell, no jq or python; byte-wise under LC_ALL=C so UTF-8 is encoded per byte. */
export function bashPrelude(encoding: BasicEncoding): string {
  const check = `: "\${${CLIENT_ID_VARIABLE}:?Set ${CLIENT_ID_VARIABLE}}" "\${${CLIENT_SECRET_VARIABLE}:?Set ${CLIENT_SECRET_VARIABLE}}"`;
  if (encoding === 'raw') return [`# ${READS}`, check, `# ${RAW}`].join('\n');
  return [
    `# ${READS}`,
    check,
    `# ${RFC}`,
    'form_encode() {',
    '  local LC_ALL=C s="$1" out="" c n i',
    '  for ((i = 0; i < ${#s}; i++)); do',
    '    c="${s:i:1}"',
    '    case "$c" in',
    '      [A-Za-z0-9.*_-]) out+="$c" ;;',
    "      ' ') out+='+' ;;",
    `      *) printf -v n '%d' "'$c"; printf -v c '%%%02X' "$((n & 255))"; out+="$c" ;;`,
    '    esac',
    '  done',
    '  printf \'%s\' "$out"',
    '}',
  ].join('\n');
}

export function bashUserOption(encoding: BasicEncoding): string {
  return encoding === 'raw'
    ? `--user "$${CLIENT_ID_VARIABLE}:$${CLIENT_SECRET_VARIABLE}"`
    : `--user "$(form_encode "$${CLIENT_ID_VARIABLE}"):$(form_encode "$${CLIENT_SECRET_VARIABLE}")"`;
}

/** EscapeDataString is RFC 3986 on .NET 4.5+/Core but RFC 2396 before; the replacements give the same result on both. */
const DOTNET_FORM_FIXUPS = `.Replace("%20", "+").Replace("~", "%7E").Replace("%2A", "*").Replace("!", "%21").Replace("'", "%27").Replace("(", "%28").Replace(")", "%29")`;

export function powershellPrelude(encoding: BasicEncoding): string {
  const lines = [
    `# ${READS}`,
    `if (-not $env:${CLIENT_ID_VARIABLE} -or -not $env:${CLIENT_SECRET_VARIABLE}) { throw 'Set ${CLIENT_ID_VARIABLE} and ${CLIENT_SECRET_VARIABLE} first.' }`,
  ];
  if (encoding === 'raw') {
    lines.push(`# ${RAW}`, `$pair = "$($env:${CLIENT_ID_VARIABLE}):$($env:${CLIENT_SECRET_VARIABLE})"`);
  } else {
    lines.push(
      `# ${RFC}`,
      `function ConvertTo-FormEncoded([string]$Value) { [uri]::EscapeDataString($Value)${DOTNET_FORM_FIXUPS} }`,
      `$pair = "$(ConvertTo-FormEncoded $env:${CLIENT_ID_VARIABLE}):$(ConvertTo-FormEncoded $env:${CLIENT_SECRET_VARIABLE})"`,
    );
  }
  lines.push(`$authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))`);
  return lines.join('\n');
}

export function csharpPrelude(encoding: BasicEncoding): string {
  const read = (name: string) =>
    `Environment.GetEnvironmentVariable("${name}") ?? throw new InvalidOperationException("Set ${name}")`;
  const lines = [
    `// ${READS}`,
    `var clientId = ${read(CLIENT_ID_VARIABLE)};`,
    `var clientSecret = ${read(CLIENT_SECRET_VARIABLE)};`,
  ];
  if (encoding === 'raw') {
    lines.push(`// ${RAW}`, 'var pair = $"{clientId}:{clientSecret}";');
  } else {
    lines.push(
      `// ${RFC}`,
      `static string FormEncode(string value) => Uri.EscapeDataString(value)${DOTNET_FORM_FIXUPS};`,
      'var pair = $"{FormEncode(clientId)}:{FormEncode(clientSecret)}";',
    );
  }
  lines.push('var authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));');
  return lines.join('\n');
}

export function pythonPrelude(encoding: BasicEncoding): string {
  const imports =
    encoding === 'raw'
      ? ['import base64', 'import os']
      : ['import base64', 'import os', 'from urllib.parse import quote_plus'];
  const lines = [
    ...imports,
    '',
    'import requests',
    '',
    `# ${READS}`,
    `client_id = os.environ["${CLIENT_ID_VARIABLE}"]`,
    `client_secret = os.environ["${CLIENT_SECRET_VARIABLE}"]`,
  ];
  if (encoding === 'raw') {
    lines.push(`# ${RAW}`, 'pair = f"{client_id}:{client_secret}"');
  } else {
    lines.push(
      '',
      '',
      `# ${RFC}`,
      'def form_encode(value):',
      '    return quote_plus(value, safe="*").replace("~", "%7E")',
      '',
      '',
      'pair = f"{form_encode(client_id)}:{form_encode(client_secret)}"',
    );
  }
  lines.push('authorization = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")');
  return lines.join('\n');
}

export function nodePrelude(encoding: BasicEncoding): string {
  const lines = [
    '// Node.js 18+ (built-in fetch). Save as token.mjs: it uses top-level await.',
    `// ${READS}`,
    'function requireEnv(name) {',
    '  if (!process.env[name]) throw new Error(`Set ${name}`);',
    '  return process.env[name];',
    '}',
    `const clientId = requireEnv('${CLIENT_ID_VARIABLE}');`,
    `const clientSecret = requireEnv('${CLIENT_SECRET_VARIABLE}');`,
  ];
  if (encoding === 'raw') {
    lines.push(`// ${RAW}`, 'const pair = `${clientId}:${clientSecret}`;');
  } else {
    lines.push(
      `// ${RFC}`,
      "const formEncode = (value) => encodeURIComponent(value).replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');",
      'const pair = `${formEncode(clientId)}:${formEncode(clientSecret)}`;',
    );
  }
  lines.push("const authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;");
  return lines.join('\n');
}

import { describeActiveFaults } from './faults';
import type { RunningSandbox } from './index';

/** The `--json` line: what scripts and tests read. */
export function formatJsonLine(sandbox: RunningSandbox): string {
  const { authBase, tokenUrl, discoveryUrl, jwksUrl, clients, flavor, posBase } = sandbox;
  return JSON.stringify({
    authBase,
    tokenUrl,
    discoveryUrl,
    jwksUrl,
    clients,
    flavor,
    posBase,
    faults: sandbox.faults(),
    kid: sandbox.signingKid(),
  });
}

/** The human-readable block: URLs, the (public) demo credentials and ready-to-paste curl commands. */
export function formatBanner(sandbox: RunningSandbox, dataDir: string): string {
  const title = sandbox.flavor === 'production' ? 'Local production' : 'Local sandbox';
  const lines = [
    `${title}: local MobilePay PoS V10 Integrator Authentication is running`,
    '',
    `  Auth base       ${sandbox.authBase}`,
    `  Token endpoint  ${sandbox.tokenUrl}`,
    `  Discovery       ${sandbox.discoveryUrl}`,
    `  JWKS            ${sandbox.jwksUrl}`,
    `  PoS V10 API     ${sandbox.posBase}  (GET /stores, /stores/{id}, /pointofsales, /pointofsales/{id})`,
    `  Signing key     ${sandbox.signingKid()}`,
    `  Data dir        ${dataDir}`,
    `  Faults          ${describeActiveFaults(sandbox.faults())}`,
    '',
    'Demo credentials (public; they work only against this local environment):',
  ];
  for (const client of sandbox.clients) {
    lines.push(
      '',
      `  ${client.label}`,
      `    client_id      ${client.clientId}`,
      `    client_secret  ${client.clientSecret}`,
    );
    lines.push(`    ${client.note}`);
  }
  const [plain, reserved] = sandbox.clients;
  if (plain) {
    lines.push('', 'Request a token:', `  ${curlWithUserFlag(sandbox.tokenUrl, plain.clientId, plain.clientSecret)}`);
    lines.push(
      '',
      'Call the PoS API with it (the token above is bound to DK12345678):',
      `  curl -s -H 'Authorization: Bearer <access_token>' -H 'X-MobilePay-Client-System-Version: 1.0.0' ${shellQuote(`${sandbox.posBase}/stores`)}`,
    );
  }
  if (reserved) {
    lines.push(
      '',
      `For "${reserved.label}" curl -u would send the secret raw (and get 401); send the form-encoded header:`,
      `  ${curlWithBasicHeader(sandbox.tokenUrl, reserved.clientId, reserved.clientSecret)}`,
    );
  }
  lines.push('', 'Ctrl+C stops the sandbox.');
  return lines.join('\n');
}

function curlWithUserFlag(tokenUrl: string, clientId: string, clientSecret: string): string {
  return [
    'curl -s',
    `-u ${shellQuote(`${clientId}:${clientSecret}`)}`,
    '--data-urlencode grant_type=client_credentials',
    '--data-urlencode merchant_vat=DK12345678',
    shellQuote(tokenUrl),
  ].join(' ');
}

function curlWithBasicHeader(tokenUrl: string, clientId: string, clientSecret: string): string {
  return [
    'curl -s',
    `-H ${shellQuote(`Authorization: Basic ${formEncodedBasic(clientId, clientSecret)}`)}`,
    '--data-urlencode grant_type=client_credentials',
    shellQuote(tokenUrl),
  ].join(' ');
}

/** RFC 6749 §2.3.1: application/x-www-form-urlencoded id and secret, joined by ':' and Base64-encoded. */
export function formEncodedBasic(clientId: string, clientSecret: string): string {
  const encode = (text: string): string => new URLSearchParams([['', text]]).toString().slice(1);
  return Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`, 'utf8').toString('base64');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** One line on stderr and exit 1: what failed to start, with a hint for a taken port. */
export function reportStartFailure(error: unknown): never {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const hint =
    code === 'EADDRINUSE' ? ' (that port is taken; pick another with --port, or omit it for a free one)' : '';
  process.stderr.write(`sandbox: failed to start: ${message}${hint}\n`);
  process.exit(1);
}

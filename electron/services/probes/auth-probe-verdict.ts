import type { ProbeMethod, ProbeRow } from './auth-probe-types';

/** One or two sentences that say what the probe's table means. */

const LABELS: Record<ProbeMethod, string> = {
  'basic-form': 'form-encoded Basic',
  'basic-raw': 'raw Basic',
  post: 'client_secret_post',
};

function list(methods: ProbeMethod[]): string {
  const names = methods.map((method) => LABELS[method]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function probeVerdict(rows: readonly ProbeRow[], secretDiffers: boolean): string {
  const failed = rows.find((row) => row.outcome === 'network-error');
  if (failed) {
    return `The token endpoint could not be reached (${failed.exchange.failure?.message ?? 'network error'}), so no credentials were checked.`;
  }
  const accepted = rows.filter((row) => row.accepted).map((row) => row.method);
  const refused = rows.filter((row) => !row.accepted).map((row) => row.method);
  const has = (method: ProbeMethod) => accepted.includes(method);
  if (refused.length === 0) {
    return secretDiffers
      ? 'The server accepts all three, although form-encoded and raw Basic send different bytes for this secret: it tolerates both.'
      : 'The server accepts all three. This secret has no characters that form-encoding changes, so form-encoded and raw Basic send the same bytes and either setting works.';
  }
  if (accepted.length === 0) {
    const allInvalidClient = rows.every((row) => row.oauthError?.error === 'invalid_client' || row.status === 401);
    return allInvalidClient
      ? 'The server refuses all three as invalid client credentials: the id or secret is wrong for this environment (or the client is unknown); the encoding is not the problem.'
      : 'The server refuses all three; the statuses and bodies in the table say why. The problem is not the way the credentials are encoded.';
  }
  if (has('basic-form') && has('post') && !has('basic-raw')) {
    return 'The server accepts form-encoded Basic and client_secret_post but refuses raw Basic: it decodes credentials as RFC 6749 says. Use the form-encoded (RFC) setting.';
  }
  if (has('basic-raw') && !has('basic-form')) {
    return `The server accepts ${list(accepted)} but refuses ${list(refused)}: it does not form-decode Basic credentials. Use the raw setting for this server.`;
  }
  if (has('post') && accepted.length === 1) {
    return 'Only client_secret_post works: the server refuses this client’s Basic credentials either way. Send id and secret in the form body.';
  }
  return `The server accepts ${list(accepted)} and refuses ${list(refused)}.`;
}

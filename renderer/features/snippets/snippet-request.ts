import { checkCustomTokenUrl } from '../../../shared/domain/environments';
import { MERCHANT_VAT_PATTERN } from '../../../shared/domain/vat';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { TokenForm } from '../../lib/token-form';

export type SnippetPlan =
  { ok: true; request: RequestOf<'token:snippets'>; notes: string[] } | { ok: false; message: string };

/** The snippet request for the form as it is: never the id or the secret, which the snippets read from env vars. */
export function planSnippets(form: TokenForm, plainCredentials?: boolean): SnippetPlan {
  const notes: string[] = [];
  const request: RequestOf<'token:snippets'> = {
    environment: form.environmentId,
    basicEncoding: form.basicEncoding,
    sendIbmClientId: form.sendIbmClientId,
    ...(plainCredentials !== undefined ? { plainCredentials } : {}),
  };
  if (form.environmentId === 'custom') {
    const url = checkCustomTokenUrl(form.customTokenUrl);
    if (!url.ok) return { ok: false, message: `Type a valid Token endpoint URL first. ${url.message}` };
    request.customTokenUrl = url.url;
  }
  const vat = form.merchantVat.trim();
  if (MERCHANT_VAT_PATTERN.test(vat)) request.merchantVat = vat;
  else if (vat !== '') notes.push('The Merchant VAT is left out: it is not DK or FI followed by 8 digits.');
  else notes.push('No merchant_vat is sent: the token will be unbound.');
  return { ok: true, request, notes };
}

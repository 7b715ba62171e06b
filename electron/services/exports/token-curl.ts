import { headerValue } from '../../../shared/domain/exchange';
import type { TokenAttempt } from '../../../shared/domain/attempts';
import { tokenRequestSnippets, type SnippetInput } from '../code-snippets';

/**
 * The "Copy as code" input that repeats this attempt, read back from the redacted request: the Basic encoding is
 * named in the redacted Authorization header ("… form-encoded" / "… raw"), x-ibm-client-id is there or not.
 */
function snippetInputOf(attempt: TokenAttempt): SnippetInput {
  const headers = attempt.exchange.request.headers;
  const authorization = headerValue(headers, 'authorization') ?? '';
  return {
    tokenUrl: attempt.tokenUrl,
    ...(attempt.merchantVat ? { merchantVat: attempt.merchantVat } : {}),
    basicEncoding: /\braw\)$/.test(authorization) ? 'raw' : 'form',
    sendIbmClientId: headerValue(headers, 'x-ibm-client-id') !== undefined,
  };
}

/** The curl snippet (credentials from environment variables) for this attempt; undefined if none can be made. */
export function tokenCurlFor(attempt: TokenAttempt): string | undefined {
  try {
    return tokenRequestSnippets(snippetInputOf(attempt)).find((snippet) => snippet.language === 'curl')?.code;
  } catch {
    return undefined;
  }
}

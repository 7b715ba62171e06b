import { describe, expect, it } from 'vitest';
import { parseBasicHeader } from './basic-header';

// "demo-integrator:s3cret" and "demo:a%2Bb+c" in Base64 (no Buffer in shared/).
const PLAIN = 'ZGVtby1pbnRlZ3JhdG9yOnMzY3JldA==';
const FORM = 'ZGVtbzphJTJCYitj';

describe('parseBasicHeader (pure; main fingerprints the secret)', () => {
  it('splits the decoded value at the first colon', () => {
    expect(parseBasicHeader(`Authorization: Basic ${PLAIN}`)).toEqual({
      clientId: 'demo-integrator',
      secret: 's3cret',
      looksFormEncoded: false,
      problems: [],
      encoding: { verdict: 'same', reason: expect.any(String) },
    });
  });

  it('form-decodes a value with %XX and +', () => {
    const parsed = parseBasicHeader(`Basic ${FORM}`);
    expect(parsed).toMatchObject({
      clientId: 'demo',
      secret: 'a%2Bb+c',
      looksFormEncoded: true,
      formDecoded: { clientId: 'demo', secret: 'a+b c' },
    });
  });

  it.each([
    'base64(client_id:client_secret)',
    'Basic base64(client_id + ":" + client_secret)',
    'Basic {{base64 client_id:client_secret}}',
    'Basic ${CREDENTIALS}',
  ])('spots pasted pseudo-code: %s', (pasted) => {
    const parsed = parseBasicHeader(pasted);
    expect(parsed.clientId).toBeUndefined();
    expect(parsed.problems).toEqual([expect.stringContaining('pseudo-code')]);
  });
});

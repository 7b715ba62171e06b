import { describe, expect, it } from 'vitest';
import { fieldForKey, MAX_CREDENTIAL_BLOCK_LENGTH, parseCredentialBlock } from './credential-import';

const SECRET = 'S3cr3t+/value==';

describe('parseCredentialBlock reads the usual shapes', () => {
  it.each([
    ['colon lines', `client_id: my-client\nclient_secret: ${SECRET}`],
    ['labelled lines', `Client ID = my-client\nClient Secret = ${SECRET}`],
    ['camelCase key=value', `clientSecret=${SECRET}\nclientId=my-client`],
    ['upper-case env file', `CLIENT_ID=my-client\r\nCLIENT_SECRET=${SECRET}\r\n`],
    ['shell exports', `export CLIENT_ID=my-client\nexport MOBILEPAY_CLIENT_SECRET=${SECRET}`],
    ['short aliases', `ID: my-client\nSecret: ${SECRET}`],
    ['bulleted mail', `Hello,\n\n- Client-ID: my-client\n* Client secret (keep it safe): ${SECRET}\n\nRegards`],
    ['markdown bold', `**Client ID**: my-client\n**Client Secret**: ${SECRET}`],
    ['YAML with comments', `# credentials\nclient_id:   my-client\nclient_secret:\t${SECRET}`],
    ['snake JSON', JSON.stringify({ client_id: 'my-client', client_secret: SECRET })],
    ['camel JSON', JSON.stringify({ clientSecret: SECRET, clientId: 'my-client' })],
    ['nested JSON', JSON.stringify({ credentials: { clientId: 'my-client', clientSecret: SECRET } })],
    ['JSON with a BOM', `\uFEFF${JSON.stringify({ client_id: 'my-client', client_secret: SECRET })}`],
    ['JSON with a trailing comma', `{\n  "client_id": "my-client",\n  "client_secret": "${SECRET}",\n}`],
  ])('%s', (_label, text) => {
    const block = parseCredentialBlock(text);
    expect(block.clientId).toBe('my-client');
    expect(block.clientSecret).toBe(SECRET);
    for (const field of block.fields) expect(field.anomalies).toEqual([]);
  });

  it('reads merchant VAT, name and environment too', () => {
    const block = parseCredentialBlock(
      'Name: Shop North\nMerchant VAT: DK12345678\nEnvironment: Production\nclient_id: a\nsecret: b',
    );
    expect(block).toMatchObject({
      name: 'Shop North',
      merchantVat: 'DK12345678',
      environmentHint: 'production',
      problems: [],
    });
    expect(block.fields.map((f) => f.field)).toEqual(['name', 'merchantVat', 'clientId', 'clientSecret']);
  });

  it.each([
    ['env: sandbox', 'sandbox'],
    ['environment: TEST', 'sandbox'],
    ['environment: live', 'production'],
    ['token_url: https://api.sandbox.mobilepay.dk/integrator-authentication/connect/token', 'sandbox'],
    ['token_url: https://api.mobilepay.dk/integrator-authentication/connect/token', 'production'],
    ['nothing: here', undefined],
  ])('hints the environment from %j', (line, hint) => {
    expect(parseCredentialBlock(`client_id: a\nclient_secret: b\n${line}`).environmentHint).toBe(hint);
  });
});

describe('parseCredentialBlock shows what a copy-paste added', () => {
  it('keeps the raw value and suggests a cleaned one for a trailing space and a zero-width space', () => {
    const block = parseCredentialBlock(`client_id: my\u200B-client\nclient_secret: ${SECRET} `);
    expect(block.clientId).toBe('my\u200B-client');
    expect(block.clientSecret).toBe(`${SECRET} `);
    expect(block.fields).toEqual([
      {
        field: 'clientId',
        raw: 'my\u200B-client',
        cleaned: 'my-client',
        anomalies: [
          expect.objectContaining({ kind: 'zero-width', description: 'a zero-width space (U+200B) at position 3' }),
        ],
      },
      {
        field: 'clientSecret',
        raw: `${SECRET} `,
        cleaned: SECRET,
        anomalies: [expect.objectContaining({ kind: 'trailing-whitespace', description: 'a space at the end' })],
      },
    ]);
  });

  it.each([
    ['quotes in a .env file', 'CLIENT_ID="my-client"', 'wrapping-quotes'],
    ['a non-breaking space after the colon', 'client_id:\u00A0my-client', 'non-breaking-space'],
    ['a newline inside a JSON value', JSON.stringify({ client_id: 'my-\nclient' }), 'line-break'],
    ['a tab at the end of a JSON value', JSON.stringify({ client_id: 'my-client\t' }), 'trailing-whitespace'],
    ['leading spaces in a JSON value', JSON.stringify({ client_id: '  my-client' }), 'leading-whitespace'],
    ['a BOM in a JSON value', JSON.stringify({ client_id: '\uFEFFmy-client' }), 'zero-width'],
  ])('%s', (_label, text, kind) => {
    const [field] = parseCredentialBlock(text).fields;
    expect(field?.cleaned).toBe('my-client');
    expect(field?.anomalies.map((a) => a.kind)).toEqual([kind]);
  });
});

describe('parseCredentialBlock problems', () => {
  const problemsOf = (text: string) => parseCredentialBlock(text).problems.join('\n');

  it('says what is missing', () => {
    expect(problemsOf('merchant_vat: DK12345678')).toMatch(/No client ID found[\s\S]*No client secret found/);
    expect(parseCredentialBlock('').fields).toEqual([]);
  });

  it('uses the first of two values and says so', () => {
    const block = parseCredentialBlock('client_id: first\nclient_id: second\nsecret: x');
    expect(block.clientId).toBe('first');
    expect(block.problems).toContain('Client ID appears more than once (line 2); the first one is used.');
  });

  it('reports empty, non-text and unknown entries', () => {
    expect(problemsOf('client_id:\nsecret: x')).toContain('Client ID (line 1) is empty.');
    expect(problemsOf(JSON.stringify({ client_id: true, secret: 'x' }))).toContain(
      'Client ID (JSON key "client_id") is not text',
    );
    expect(problemsOf('client_id: a\nsecret: x\nscope: integrator_scope')).toContain(
      'Not used (not a client ID, client secret, merchant VAT, name or environment): line 3.',
    );
    expect(problemsOf('client_id: a\nsecret: x\nenvironment: mars')).toMatch(
      /environment \(line 3\) was not recognised/,
    );
    expect(problemsOf('{"client_id": "a", oops}')).toMatch(/not valid JSON/);
  });

  it('reads numbers in JSON as text', () => {
    expect(parseCredentialBlock(JSON.stringify({ client_id: 12345, secret: 'x' })).clientId).toBe('12345');
  });

  it('never quotes a pasted value in a problem, even a secret on a line of its own', () => {
    const loose = 'dGhpc2lzYXNlY3JldA==';
    const block = parseCredentialBlock(
      `client_id: a\nclient_secret: ${SECRET}\n${loose}\nanother-loose-secret-line\nclient_secret: ${SECRET}2`,
    );
    const problems = block.problems.join('\n');
    expect(problems).toMatch(/line 3/);
    expect(problems).toMatch(/Line 4 could not be read/);
    for (const value of [SECRET, loose, 'dGhpc2lzYXNlY3JldA', 'another-loose-secret-line'])
      expect(problems).not.toContain(value);
  });

  it('refuses text too long to be credentials', () => {
    expect(parseCredentialBlock('x'.repeat(MAX_CREDENTIAL_BLOCK_LENGTH + 1))).toEqual({
      fields: [],
      problems: [expect.stringMatching(/too long/)],
    });
  });
});

describe('fieldForKey', () => {
  it.each([
    ['client_id', 'clientId'],
    ['Client ID', 'clientId'],
    ['clientid', 'clientId'],
    ['CLIENT-ID', 'clientId'],
    ['"client_id"', 'clientId'],
    ['id', 'clientId'],
    ['X-IBM-Client-Id', 'clientId'],
    ['client secret', 'clientSecret'],
    ['secret', 'clientSecret'],
    ['Client_Secret (confidential)', 'clientSecret'],
    ['merchant vat', 'merchantVat'],
    ['VAT', 'merchantVat'],
    ['merchant_vat', 'merchantVat'],
    ['name', 'name'],
    ['env', 'environment'],
    ['scope', undefined],
    ['grant_type', undefined],
    ['client', undefined],
  ])('%j → %s', (key, field) => {
    expect(fieldForKey(key)).toBe(field);
  });
});

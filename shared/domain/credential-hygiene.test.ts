import { describe, expect, it } from 'vitest';
import { clientIdHoldsSecret, invisibleCharacters, splitCredentialsBlock } from './credential-hygiene';

const ID = '0b7ebbc9-d801-4ba9-8bea-3953f4cae655';
const SECRET = 'Mp7+Rx/Qk=%3D&Zt9w:Lb4+Vn2/Hs';

describe('splitCredentialsBlock: a whole block pasted into Client ID', () => {
  it.each([
    ['labelled lines', `client_id: ${ID}\nclient_secret: ${SECRET}`, 'labelled'],
    ['labelled, e-mail style', `Client ID: ${ID}\r\nClient Secret: ${SECRET}\r\n`, 'labelled'],
    ['labelled with a name line', `Name: Test shop\nclient_id: ${ID}\nclient_secret: ${SECRET}`, 'labelled'],
    ['JSON', JSON.stringify({ client_id: ID, client_secret: SECRET }), 'json'],
    ['pretty JSON', JSON.stringify({ clientId: ID, clientSecret: SECRET }, null, 2), 'json'],
    ['nested JSON', JSON.stringify({ mobilepay: { client_id: ID, client_secret: SECRET } }), 'json'],
    ['key=value (.env)', `MOBILEPAY_CLIENT_ID=${ID}\nMOBILEPAY_CLIENT_SECRET=${SECRET}`, 'key-value'],
    ['export key=value', `export CLIENT_ID=${ID}\nexport CLIENT_SECRET=${SECRET}`, 'key-value'],
    ['two bare lines', `${ID}\n${SECRET}`, 'two-lines'],
    ['two bare lines with blank lines', `\n${ID}\n\n${SECRET}\n`, 'two-lines'],
    ['one line', `client_id: ${ID} client_secret: ${SECRET}`, 'one-line'],
    ['one line, comma and quotes', `client_id="${ID}", client_secret="${SECRET}"`, 'one-line'],
  ])('%s', (_name, pasted, format) => {
    expect(splitCredentialsBlock(pasted)).toEqual({ clientId: ID, clientSecret: SECRET, format });
    expect(clientIdHoldsSecret(pasted)).toBe(true);
  });

  it.each([
    ['a GUID', ID],
    ['a GUID with a trailing space', `${ID} `],
    ['a GUID with a line break at the end', `${ID}\n`],
    ['a short id', 'demo-integrator'],
    ['an id containing a colon', 'urn:client:42'],
    ['an id with an equals sign', 'abc=def'],
    ['three bare lines', `${ID}\n${SECRET}\nextra`],
    ['a block with no secret', `client_id: ${ID}`],
  ])('leaves %s alone', (_name, typed) => {
    expect(splitCredentialsBlock(typed)).toBeUndefined();
    expect(clientIdHoldsSecret(typed)).toBe(false);
  });

  it('still refuses an id that names a secret even when the block cannot be split', () => {
    expect(clientIdHoldsSecret(`${ID} secret=${SECRET}`)).toBe(true);
    expect(clientIdHoldsSecret('client_secret')).toBe(true);
  });
});

describe('invisibleCharacters: flagged while typing', () => {
  it.each([
    ['a zero-width space', `abc\u200Bdef`, /zero-width space \(U\+200B\) at position 4/],
    ['a non-breaking space', `abc\u00A0def`, /no-break space|non-breaking space/i],
    ['a soft hyphen', `abc\u00ADdef`, /soft hyphen/i],
    ['a BOM at the start', `\uFEFFabcdef`, /U\+FEFF/],
    ['a word joiner', `ab\u2060cd`, /word joiner/],
  ])('%s', (_name, value, description) => {
    const result = invisibleCharacters(value);
    expect(result.invisible.join(' ')).toMatch(description);
    expect(result.cleaned).not.toBe(value);
  });

  it.each(['plain-value', 'with+reserved/chars=%&', ''])('says nothing about %j', (value) => {
    expect(invisibleCharacters(value).invisible).toEqual([]);
  });

  it('never quotes the value in its descriptions', () => {
    expect(invisibleCharacters(`s3cret\u200Bvalue`).invisible.join(' ')).not.toMatch(/s3cret|value/);
  });
});

import { describe, expect, it } from 'vitest';
import { basicAuthorization, fingerprintSecret, formEncodeCredential } from '../basic-auth';
import { decodeBasicHeader, type FindProfileBySecret } from './basic-decoder';

const ID = '0b7ebbc9-d801-4ba9-8bea-3953f4cae655';
const RESERVED = 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs';
const PLAIN = 'yCGhTVKTr1Vxqr8DBB7LFC1LPdAXkPsuCFiV5fUMSFA';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('decodeBasicHeader', () => {
  it('has test inputs that mean what they say', () => {
    expect(b64url('demo:ab?>?>~~')).toMatch(/[-_]/);
    expect(b64('demo:ab')).toMatch(/[^=]==$/);
  });

  it.each([
    ['the whole header line', `Authorization: ${basicAuthorization('demo-integrator', PLAIN, 'raw')}`],
    ['the value only', basicAuthorization('demo-integrator', PLAIN, 'raw')],
    ['a lower-case header name', `authorization: ${basicAuthorization('demo-integrator', PLAIN, 'raw')}`],
  ])('reads %s: the client id and only a fingerprint of the secret', async (_name, pasted) => {
    const report = await decodeBasicHeader(pasted);
    expect(report).toEqual({
      clientId: 'demo-integrator',
      secret: fingerprintSecret(PLAIN),
      looksFormEncoded: false,
      problems: [],
      encoding: { verdict: 'same', reason: expect.stringMatching(/^Either way/) },
    });
    expect(JSON.stringify(report)).not.toContain(PLAIN);
  });

  it('recognises form-encoded credentials and gives the decoded secret as a fingerprint', async () => {
    const report = await decodeBasicHeader(basicAuthorization(ID, RESERVED, 'form'));
    expect(report.looksFormEncoded).toBe(true);
    expect(report.secret).toEqual(fingerprintSecret(formEncodeCredential(RESERVED)));
    expect(report.formDecoded).toEqual({
      clientIdChanged: false,
      secretFingerprint: fingerprintSecret(RESERVED).fingerprint,
      secretLength: RESERVED.length,
    });
    expect(JSON.stringify(report)).not.toContain(RESERVED);
  });

  it('warns that a raw + is read as a space by a form-decoding server', async () => {
    const report = await decodeBasicHeader(basicAuthorization('demo', 'ab+cd', 'raw'));
    expect(report.looksFormEncoded).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/contains "\+".*reads it as a space/)]);
  });

  it.each([
    [
      'whitespace around the value',
      `  ${basicAuthorization('demo', PLAIN, 'raw')}\n`,
      /whitespace around the pasted value/,
    ],
    ['quotes around it', `"${basicAuthorization('demo', PLAIN, 'raw')}"`, /wrapped in quotes/],
    ['no Basic scheme', b64(`demo:${PLAIN}`), /"Basic " is missing/],
    ['a misspelt scheme', `Basci ${b64(`demo:${PLAIN}`)}`, /"Basci" is a misspelling of the scheme "Basic"/],
    ['another scheme', `Token ${b64(`demo:${PLAIN}`)}`, /"Token" is not the scheme "Basic"/],
    ['lower-case basic', `basic ${b64(`demo:${PLAIN}`)}`, /written "basic"/],
    ['no space after Basic', `Basic${b64(`demo:${PLAIN}`)}`, /no space between "Basic"/],
    ['two spaces after Basic', `Basic  ${b64(`demo:${PLAIN}`)}`, /exactly one space/],
    [
      'a line-wrapped Base64',
      `Basic ${b64(`demo:${PLAIN}`).slice(0, 20)}\n${b64(`demo:${PLAIN}`).slice(20)}`,
      /line break at position 21/,
    ],
    ['base64url', `Basic ${b64url('demo:ab?>?>~~')}`, /base64url alphabet/],
    ['missing padding', `Basic ${b64('demo:ab').replace(/=+$/, '')}`, /padding is missing \(2 expected/],
    ['wrong padding', `Basic ${b64('demo:ab')}=`, /padding is wrong: 3 found, 2 expected/],
    ['a secret with a trailing newline', `Basic ${b64(`demo:${PLAIN}\n`)}`, /The secret has a line break at the end/],
    [
      'an id with a zero-width space',
      `Basic ${b64(`de\u200bmo:${PLAIN}`)}`,
      /The client id has a zero-width space \(U\+200B\) at position 3/,
    ],
  ])('decodes despite %s and says so', async (_name, pasted, problem) => {
    const report = await decodeBasicHeader(pasted);
    expect(report.clientId).toMatch(/^(demo|de\u200bmo|0b7ebbc9-.*)$/);
    expect(report.problems).toContainEqual(expect.stringMatching(problem));
  });

  it.each([
    ['an empty paste', '   ', /Nothing to decode/],
    ["the doc's pseudo-code", 'Authorization: Basic base64(client_id:client_secret)', /pseudo-code pasted literally/],
    ['pseudo-code with placeholders', 'Basic <base64 of client_id:client_secret>', /pseudo-code/],
    ['a Bearer header', 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln', /Bearer header/],
    ['the word Basic alone', 'Basic', /only the word "Basic"/],
    ['not Base64', 'Basic !!!not-base64!!!', /not Base64: it contains "!" at position 1/],
    ['a cut-off value', 'Basic ZGVtbzph1', /impossible length/],
    ['no colon', `Basic ${b64('demo-integrator')}`, /no colon/],
    ['bytes that are not UTF-8', `Basic ${Buffer.from([0xff, 0xfe, 0x3a, 0xff]).toString('base64')}`, /not UTF-8/],
  ])('explains %s without decoding', async (_name, pasted, problem) => {
    const report = await decodeBasicHeader(pasted);
    expect(report.clientId).toBeUndefined();
    expect(report.secret).toBeUndefined();
    expect(report.problems).toContainEqual(expect.stringMatching(problem));
  });

  it('flags empty halves and broken form-encoding', async () => {
    expect((await decodeBasicHeader(`Basic ${b64(':secret')}`)).problems).toContainEqual(
      expect.stringMatching(/client id .* is empty/),
    );
    expect((await decodeBasicHeader(`Basic ${b64('demo:')}`)).problems).toContainEqual(
      expect.stringMatching(/secret .* is empty/),
    );
    const broken = await decodeBasicHeader(`Basic ${b64('demo:50%+off')}`);
    expect(broken.problems).toContainEqual(expect.stringMatching(/not followed by two hex digits/));
    expect(broken.formDecoded).toBeUndefined();
  });
});

describe('matching a saved profile', () => {
  const vault = new Map([
    [`${ID}:${RESERVED}`, { profileId: 'p-1', name: 'Reserved demo', secretInside: 'never copied' }],
    [`demo-integrator:${PLAIN}`, { profileId: 'p-2', name: 'Plain demo' }],
  ]);
  const findProfileBySecret: FindProfileBySecret = async (clientId, secret) => vault.get(`${clientId}:${secret}`);

  it('matches raw credentials', async () => {
    const report = await decodeBasicHeader(basicAuthorization('demo-integrator', PLAIN, 'raw'), {
      findProfileBySecret,
    });
    expect(report.matchesProfile).toEqual({ profileId: 'p-2', name: 'Plain demo', via: 'raw' });
  });

  it('matches form-encoded credentials after decoding, passing nothing else through', async () => {
    const report = await decodeBasicHeader(basicAuthorization(ID, RESERVED, 'form'), { findProfileBySecret });
    expect(report.matchesProfile).toEqual({ profileId: 'p-1', name: 'Reserved demo', via: 'form-decoded' });
  });

  it('says nothing when no profile matches', async () => {
    const report = await decodeBasicHeader(basicAuthorization('demo-integrator', 'other', 'raw'), {
      findProfileBySecret,
    });
    expect(report.matchesProfile).toBeUndefined();
  });
});

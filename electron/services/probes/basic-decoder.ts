import { parseBasicHeader, type BasicHeaderReport } from '../../../shared/domain/basic-header';
import { fingerprintSecret } from '../basic-auth';

/**
 * The Basic header decoder, main side: parses a pasted header, fingerprints the secret, and asks the vault
 * (through the callback) whether a saved profile has these credentials. The report never holds the secret.
 */
type ProfileMatch = { profileId: string; name: string };
export type FindProfileBySecret = (
  clientId: string,
  secret: string,
) => ProfileMatch | undefined | Promise<ProfileMatch | undefined>;

export interface BasicDecoderOptions {
  findProfileBySecret?: FindProfileBySecret;
}

export async function decodeBasicHeader(text: string, options: BasicDecoderOptions = {}): Promise<BasicHeaderReport> {
  const parsed = parseBasicHeader(text);
  const report: BasicHeaderReport = {
    looksFormEncoded: parsed.looksFormEncoded,
    problems: parsed.problems,
    ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
    ...(parsed.source ? { source: parsed.source } : {}),
  };
  if (parsed.clientId === undefined || parsed.secret === undefined) return report;
  report.clientId = parsed.clientId;
  report.secret = fingerprintSecret(parsed.secret);
  const { formDecoded } = parsed;
  if (formDecoded) {
    const decodedSecret = fingerprintSecret(formDecoded.secret);
    report.formDecoded = {
      clientIdChanged: formDecoded.clientId !== parsed.clientId,
      secretFingerprint: decodedSecret.fingerprint,
      secretLength: decodedSecret.length,
    };
  }
  const find = options.findProfileBySecret;
  if (!find) return report;
  const raw = await find(parsed.clientId, parsed.secret);
  if (raw) return { ...report, matchesProfile: { ...pick(raw), via: 'raw' } };
  const decoded = formDecoded ? await find(formDecoded.clientId, formDecoded.secret) : undefined;
  return decoded ? { ...report, matchesProfile: { ...pick(decoded), via: 'form-decoded' } } : report;
}

/** Only the two fields, whatever else the callback's object carries. */
function pick(match: ProfileMatch): ProfileMatch {
  return { profileId: match.profileId, name: match.name };
}

import { formEncodeCredential } from '../basic-auth';

/**
 * Which characters of a secret RFC 6749 form-encoding changes, for the probe's table. Only ASCII punctuation and
 * spaces are named (they are what the encodings disagree on); any other character is reported by class, and its
 * encoding masked, so the list never spells out the secret.
 */
import type { DifferingCharacter } from '../../../shared/domain/probes';

export type { DifferingCharacter };

const NAMES: Record<string, string> = { ' ': 'space', '\t': 'tab', '\n': 'line break', '\r': 'carriage return' };

function nameOf(ch: string, encoded: string): { char: string; formEncoded: string } {
  if (NAMES[ch] !== undefined) return { char: NAMES[ch], formEncoded: encoded };
  const code = ch.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return { char: ch, formEncoded: encoded };
  const masked = encoded.replace(/%[0-9A-F]{2}/g, '%XX');
  return { char: code < 0x80 ? 'control character' : 'non-ASCII character', formEncoded: masked };
}

export function differingCharacters(secret: string): DifferingCharacter[] {
  const found: DifferingCharacter[] = [];
  let position = 0;
  for (const ch of secret) {
    position += 1;
    const encoded = formEncodeCredential(ch);
    if (encoded !== ch) found.push({ position, ...nameOf(ch, encoded) });
  }
  return found;
}

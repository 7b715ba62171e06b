import { createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';

/**
 * The machine's raw RS256 rate, single-threaded: as many signatures as fit in `durationMs`, one after another.
 * Measured with the library the sandbox signs with (jose, whose sign goes through WebCrypto) and with node:crypto's
 * synchronous sign, on a key of the sandbox's size, over a payload shaped like the sandbox's tokens.
 */
export interface SigningRates {
  modulusBits: number;
  jose: number;
  nodeCrypto: number;
}

export function rsaKeyOfSize(modulusBits: number): KeyObject {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: modulusBits, publicExponent: 0x10001 });
  return createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
}

async function perSecond(durationMs: number, once: () => unknown): Promise<number> {
  for (let i = 0; i < 50; i++) await once(); // warm up
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  while ((elapsed = performance.now() - started) < durationMs) {
    await once();
    count++;
  }
  return count / (elapsed / 1000);
}

export async function measureSigningRates(options: {
  modulusBits: number;
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  durationMs: number;
}): Promise<SigningRates> {
  const key = rsaKeyOfSize(options.modulusBits);
  const header = { ...options.header, alg: 'RS256' };
  // A fresh jti each time, as every token the sandbox issues has one.
  const claims = () => ({ ...options.claims, jti: randomBytes(24).toString('base64url') });
  const jose = await perSecond(options.durationMs, () => new SignJWT(claims()).setProtectedHeader(header).sign(key));
  const signingInput = () =>
    `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}`;
  const nodeCrypto = await perSecond(options.durationMs, () => sign('sha256', Buffer.from(signingInput()), key));
  return { modulusBits: options.modulusBits, jose, nodeCrypto };
}

import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign,
  webcrypto,
  X509Certificate,
} from 'node:crypto';
import type { JsonWebKey, KeyObject } from 'node:crypto';
import type { ExternalSigningKey } from 'oidc-provider';
import type { OidcProviderLibrary } from './load-oidc-provider';

/**
 * The sandbox's token-signing key and its self-signed certificate, published the way IdentityServer (and so
 * MobilePay) publishes them: `kid` = SHA-1 thumbprint of the certificate in uppercase hex, `x5t` = the same
 * thumbprint base64url, `x5c` = [base64 DER].
 */
export interface SigningMaterial {
  kid: string;
  x5t: string;
  certificateDer: Buffer;
  /** RSA private JWK (kty, n, e, d, p, q, dp, dq, qi) without kid/use/alg. */
  privateJwk: JsonWebKey;
}

const RSA_PARAMS = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

const PRIVATE_JWK_FIELDS = ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;
const CERT_LIFETIME_MS = 10 * 365 * 24 * 3600 * 1000;

export async function generateSigningMaterial(): Promise<SigningMaterial> {
  // Loaded only to make a certificate (first start, rotation): a sandbox that finds its key never pays its memory.
  // @peculiar/x509 2 resolves its services through tsyringe, which needs the Reflect metadata API loaded first.
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  const keys = await webcrypto.subtle.generateKey(RSA_PARAMS, true, ['sign', 'verify']);
  const now = Date.now();
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // positive INTEGER
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial.toString('hex'),
      name: 'CN=Integrator Console local MobilePay sandbox, O=Integrator Console',
      notBefore: new Date(now - 24 * 3600 * 1000),
      notAfter: new Date(now + CERT_LIFETIME_MS),
      signingAlgorithm: RSA_PARAMS,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      ],
    },
    webcrypto as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[1],
  );
  const exported = await webcrypto.subtle.exportKey('jwk', keys.privateKey);
  return signingMaterialFrom(Buffer.from(certificate.rawData), exported as JsonWebKey);
}

/**
 * Builds (and checks) signing material from a certificate and its private key. Throws when they are not a
 * usable RSA pair, e.g. from a damaged key file.
 */
export function signingMaterialFrom(certificateDer: Buffer, jwk: JsonWebKey): SigningMaterial {
  const privateJwk: JsonWebKey = {};
  for (const field of PRIVATE_JWK_FIELDS) {
    const value = jwk[field];
    if (typeof value !== 'string' || value.length === 0) throw new Error(`private key lacks "${field}"`);
    privateJwk[field] = value;
  }
  if (privateJwk.kty !== 'RSA') throw new Error('private key is not RSA');
  const certificate = new X509Certificate(certificateDer);
  const privateKey = createPrivateKey({ key: privateJwk, format: 'jwk' });
  if (!certificate.checkPrivateKey(privateKey)) throw new Error('certificate does not match the private key');
  const thumbprint = createHash('sha1').update(certificateDer).digest();
  return {
    kid: thumbprint.toString('hex').toUpperCase(),
    x5t: thumbprint.toString('base64url'),
    certificateDer,
    privateJwk,
  };
}

/**
 * The key as oidc-provider signs with it: an external signing key that signs with node:crypto. While other clients
 * are connected it signs on libuv's thread pool (crypto.sign with a callback), so the RSA work runs on another core
 * while the main thread serves the next request; with one client (or none) nothing can be waiting, and signing
 * inline spares the hand-off to the pool and back. oidc-provider's own path (jose over WebCrypto) signs on the pool
 * but prepares each job on the main thread, about half again the CPU of one RS256 signature per token.
 */
export function nodeSigningKey(
  library: Pick<OidcProviderLibrary, 'ExternalSigningKey'>,
  material: SigningMaterial,
  othersConnected: () => boolean = () => true,
): ExternalSigningKey {
  const privateKey = createPrivateKey({ key: material.privateJwk, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  const x5c = [material.certificateDer.toString('base64')];
  class NodeSigningKey extends library.ExternalSigningKey {
    override keyObject(): KeyObject {
      return publicKey;
    }
    override sign(data: Buffer): Promise<Buffer> {
      if (!othersConnected()) return Promise.resolve(sign('sha256', data, privateKey));
      return new Promise((resolve, reject) => {
        sign('sha256', data, privateKey, (error, signature) => (error ? reject(error) : resolve(signature)));
      });
    }
    get x5c(): string[] {
      return x5c;
    }
  }
  const key = new NodeSigningKey();
  key.kid = material.kid;
  key.alg = 'RS256';
  return key;
}

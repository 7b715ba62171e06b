import { isLoopbackHostname } from '../../../shared/domain/environments';

/**
 * Credentials and tokens go over https, or plain http only to this machine (the local sandbox), the same rule the
 * custom token endpoint follows. The probes check it themselves because they send secrets several times.
 */
export function assertSafeTarget(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError('The URL is not a complete URL.');
  }
  if (parsed.username || parsed.password) throw new RangeError('The URL must not contain credentials.');
  if (parsed.protocol === 'https:') return;
  if (parsed.protocol === 'http:' && isLoopbackHostname(parsed.hostname)) return;
  throw new RangeError('Credentials and tokens are only sent over https, or over http to this machine.');
}

import { ENVIRONMENTS, type EnvironmentId } from '../../../shared/domain/environments';

/**
 * Which environment minted a pasted token, read from its `iss` before any key is looked up. MobilePay's SandBox
 * used a production-style issuer (DOMAIN.md §2), so that issuer names both MobilePay environments.
 */
export interface TokenOrigin {
  environmentIds: EnvironmentId[];
  /** "Local production", "MobilePay Production or MobilePay SandBox". */
  label: string;
  iss: string;
}

const trim = (url: string) => url.replace(/\/+$/, '').toLowerCase();

/** `authBases`: what each environment's issuer is now (the local sandboxes' while they run, Custom's typed URL). */
export function tokenOrigin(iss: unknown, authBases: Partial<Record<EnvironmentId, string>>): TokenOrigin | undefined {
  if (typeof iss !== 'string' || iss === '') return undefined;
  const matches = ENVIRONMENTS.filter((env) => {
    const base = authBases[env.id] ?? env.authBase;
    return base !== undefined && trim(base) === trim(iss);
  });
  // MobilePay's SandBox issued tokens with production's issuer.
  if (matches.some((env) => env.id === 'mp-production') && !matches.some((env) => env.id === 'mp-sandbox')) {
    const sandbox = ENVIRONMENTS.find((env) => env.id === 'mp-sandbox');
    if (sandbox) matches.push(sandbox);
  }
  if (matches.length === 0) return undefined;
  return { environmentIds: matches.map((env) => env.id), label: matches.map((env) => env.label).join(' or '), iss };
}

/** The sentence in front of the signature check: who minted it, whose keys it was checked against. */
export function originSentence(
  origin: TokenOrigin | undefined,
  iss: unknown,
  checkedId: EnvironmentId,
  checkedLabel: string,
): string {
  if (!origin) {
    return typeof iss === 'string' && iss !== ''
      ? `Its iss (${iss}) is none of the console's environments; checked against ${checkedLabel}'s keys.`
      : `It has no iss, so the environment that minted it is unknown; checked against ${checkedLabel}'s keys.`;
  }
  if (origin.environmentIds.includes(checkedId))
    return `Minted by ${origin.label} (iss ${origin.iss}), checked against ${checkedLabel}'s keys.`;
  return `Minted by ${origin.label} (iss ${origin.iss}), checked against ${checkedLabel}'s keys: choose ${origin.label} as the environment to check it against its own keys.`;
}

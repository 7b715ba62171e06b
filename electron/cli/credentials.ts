import type { EnvironmentId } from '../../shared/domain/environments';
import { isLocalEnvironmentId } from '../../shared/domain/sandbox-faults';
import type { ProfileSummary } from '../../shared/domain/profile';
import type { HandlerDeps } from '../handlers/deps';
import { KEYCHAIN_UNAVAILABLE } from './app-data';
import { badInput } from './exit-codes';
import { firstLine, readStdin } from './terminal';

export interface CredentialFlags {
  env?: EnvironmentId;
  tokenUrl?: string;
  profile?: string;
  clientId?: string;
  secretStdin?: boolean;
  demo?: boolean;
  vat?: string;
  encoding?: 'form' | 'raw';
  ibmClientId?: boolean;
}

/** A token request's fields, the secret either here or (profileId) in the vault: main's own request shape. */
export interface ResolvedRequest {
  environment: EnvironmentId;
  customTokenUrl?: string;
  profileId?: string;
  clientId: string;
  clientSecret?: string;
  merchantVat?: string;
  basicEncoding: 'form' | 'raw';
  sendIbmClientId: boolean;
}

function findProfile(deps: HandlerDeps, wanted: string): ProfileSummary {
  const profiles = deps.profiles.list();
  const match =
    profiles.find((profile) => profile.id === wanted) ??
    profiles.filter((profile) => profile.name.toLowerCase() === wanted.toLowerCase())[0];
  if (!match) {
    const names = profiles.map((profile) => `"${profile.name}"`).join(', ');
    throw badInput(
      `No saved profile is called "${wanted}". ${names ? `Saved profiles: ${names}.` : 'The app has no saved profiles here (see --data-dir).'}`,
    );
  }
  return match;
}

function environmentOf(flags: CredentialFlags, profile: ProfileSummary | undefined): EnvironmentId {
  if (flags.tokenUrl) return 'custom';
  return flags.env ?? profile?.environment ?? 'local';
}

async function secretFrom(flags: CredentialFlags, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (flags.secretStdin) {
    const secret = firstLine(await readStdin());
    if (secret === '')
      throw badInput('--secret-stdin read an empty line: pipe the client secret in, e.g. from your secret store.');
    return secret;
  }
  return env.MOBILEPAY_CLIENT_SECRET || undefined;
}

/**
 * Where the credentials come from, never the command line: MOBILEPAY_CLIENT_ID / MOBILEPAY_CLIENT_SECRET, stdin,
 * a saved profile of the app, or the public demo client of a local sandbox (--demo).
 */
export async function resolveRequest(
  deps: HandlerDeps,
  flags: CredentialFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedRequest> {
  const profile = flags.profile ? findProfile(deps, flags.profile) : undefined;
  const environment = environmentOf(flags, profile);
  const demo = flags.demo ? demoClient(deps, environment) : undefined;
  const clientId = flags.clientId ?? demo?.clientId ?? (env.MOBILEPAY_CLIENT_ID || undefined) ?? profile?.clientId;
  if (!clientId)
    throw badInput(
      'No client id: set MOBILEPAY_CLIENT_ID, pass --client-id, choose --profile, or --demo for a local sandbox.',
    );
  const clientSecret = demo?.clientSecret ?? (await secretFrom(flags, env));
  if (clientSecret === undefined && !profile) {
    throw badInput(
      'No client secret: set MOBILEPAY_CLIENT_SECRET or pipe it with --secret-stdin (never as an argument: it would stay in shell history and the process list).',
    );
  }
  if (clientSecret === undefined && profile && profile.secret.state !== 'present')
    throw badInput(`Profile "${profile.name}": ${KEYCHAIN_UNAVAILABLE}`);
  const merchantVat = flags.vat ?? profile?.defaultMerchantVat;
  const customTokenUrl = flags.tokenUrl ?? (environment === 'custom' ? profile?.customTokenUrl : undefined);
  return {
    environment,
    ...(customTokenUrl ? { customTokenUrl } : {}),
    ...(profile && clientSecret === undefined ? { profileId: profile.id } : {}),
    clientId,
    ...(clientSecret !== undefined ? { clientSecret } : {}),
    ...(merchantVat ? { merchantVat } : {}),
    basicEncoding: flags.encoding ?? profile?.basicEncoding ?? 'form',
    sendIbmClientId: flags.ibmClientId ?? profile?.sendIbmClientId ?? false,
  };
}

function demoClient(deps: HandlerDeps, environment: EnvironmentId) {
  if (!isLocalEnvironmentId(environment))
    throw badInput('--demo uses the public demo client of a local sandbox: add --env local or --env local-production.');
  const client = deps.demoClients[environment][0];
  if (!client) throw badInput('This sandbox has no demo client.');
  return client;
}

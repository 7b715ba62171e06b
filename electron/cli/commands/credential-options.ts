import type { Argv } from 'yargs';
import { ENVIRONMENT_IDS } from '../../../shared/domain/environments';

/** The request options token, diagnose, probe and pos share. No option takes a secret. */
export function withCredentialOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('env', {
      alias: 'e',
      choices: ENVIRONMENT_IDS,
      describe: "environment (default: the profile's, else local)",
    })
    .option('token-url', { type: 'string', describe: 'a custom token endpoint (implies --env custom)' })
    .option('profile', { alias: 'p', type: 'string', describe: 'a saved profile of the app, by name or id' })
    .option('client-id', { type: 'string', describe: "client id (default: $MOBILEPAY_CLIENT_ID, else the profile's)" })
    .option('secret-stdin', {
      type: 'boolean',
      describe: 'read the client secret from the first line of stdin (default: $MOBILEPAY_CLIENT_SECRET)',
    })
    .option('demo', { type: 'boolean', describe: 'use the public demo client of a local sandbox' })
    .option('vat', { type: 'string', describe: 'merchant_vat to bind the token to, e.g. DK12345678' })
    .option('encoding', {
      choices: ['form', 'raw'] as const,
      describe: 'how the Basic header encodes id and secret (default form, RFC 6749)',
    })
    .option('ibm-client-id', { type: 'boolean', describe: 'also send x-ibm-client-id (the 2020–2022 gateway)' });
}

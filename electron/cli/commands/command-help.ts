/**
 * What `--help` lists for each command, apart from the commands' code: listing them (and strict parsing) loads
 * none of it. Each command module registers its command with these same words.
 */
export const COMMAND_HELP = {
  token: { command: 'token', describe: 'Request a token: status, findings and the decoded claims (signature hidden)' },
  diagnose: {
    command: 'diagnose',
    describe: 'The same request, findings first; the exit code says what happened, so CI can branch on it',
  },
  probe: {
    command: 'probe',
    describe:
      'Which client authentication the server accepts: Basic form-encoded, Basic raw, client_secret_post (asks first)',
  },
  'decode-basic': {
    command: 'decode-basic [text]',
    describe:
      "What an Authorization: Basic header says: the client id, the secret's length and fingerprint (never the secret)",
  },
  inspect: {
    command: 'inspect [text]',
    describe:
      'Decode a token (a bare JWT, "Bearer …", a log line, a token response); --env also verifies its signature',
  },
  pos: {
    command: 'pos <resource> [id]',
    describe: 'Call a PoS V10 read endpoint with a token, with the same headers and diagnosis as the app',
  },
  'import-zip': {
    command: 'import-zip <file>',
    describe:
      "Open the onboarding zip in memory (ZipCrypto or AES): the client id and the secret's fingerprint; --diagnose tries them",
  },
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

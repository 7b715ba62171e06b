import { z } from 'zod';
import { ENVIRONMENT_IDS } from '../domain/environments';
import { CLIENT_ID_HOLDS_SECRET_MESSAGE, clientIdHoldsSecret } from '../domain/credential-hygiene';
import { PROFILE_LIMITS } from '../domain/profile';
import { profileCreateSchema, profilePatchSchema } from '../domain/profile-schema';
import {
  LOCAL_ENVIRONMENT_IDS,
  NUMBER_FAULT_RANGES,
  numberFaultRangeMessage,
  type NumberFault,
} from '../domain/sandbox-faults';
import { MERCHANT_VAT_PATTERN } from '../domain/vat';

/** One zod schema per invoke channel. Objects are strict: an unknown field is INVALID_INPUT, not ignored. */
const empty = z.object({}).strict();

const basicEncodingSchema = z.enum(['form', 'raw']);

const profileId = z.string().min(1).max(64);

/** A client id that carries a pasted credentials block is refused here, so its secret never reaches History or a HAR. */
const sentClientId = z
  .string()
  .min(1, 'Client ID is empty.')
  .max(PROFILE_LIMITS.clientId)
  .refine((value) => !clientIdHoldsSecret(value), CLIENT_ID_HOLDS_SECRET_MESSAGE);
const byId = z.object({ id: profileId }).strict();

/**
 * The secret comes either typed in this request (ad hoc, demo credentials) or from a saved profile's vault entry
 * (`profileId`, `clientSecret` left out): main reads it; the renderer never holds a stored secret.
 */
const tokenRequestSchema = z
  .object({
    environment: z.enum(ENVIRONMENT_IDS),
    customTokenUrl: z.string().max(2048).optional(),
    profileId: profileId.optional(),
    clientId: sentClientId,
    clientSecret: z.string().min(1, 'Client secret is empty.').max(PROFILE_LIMITS.clientSecret).optional(),
    merchantVat: z
      .string()
      .regex(MERCHANT_VAT_PATTERN, 'Merchant VAT must be DK or FI followed by 8 digits.')
      .optional(),
    basicEncoding: basicEncodingSchema,
    sendIbmClientId: z.boolean(),
    timeoutMs: z.number().int().min(100).max(120_000).optional(),
  })
  .strict()
  .refine((request) => request.clientSecret !== undefined || request.profileId !== undefined, {
    message: 'Type the client secret or choose a saved profile.',
    path: ['clientSecret'],
  });

const attemptRef = z.object({ attemptId: z.string().min(1).max(64) }).strict();

/** Where a request goes, without credentials: enough to build code snippets or find an environment's keys. */
const targetShape = {
  environment: z.enum(ENVIRONMENT_IDS),
  customTokenUrl: z.string().max(2048).optional(),
};

/** Which embedded sandbox; the Local sandbox when left out. */
const localTarget = z.object({ environment: z.enum(LOCAL_ENVIRONMENT_IDS).optional() }).strict();

/** One message for every way a fault number can be wrong, the same sentence the fault form says as one types. */
function wholeNumberField(name: NumberFault) {
  const { min, max } = NUMBER_FAULT_RANGES[name];
  const message = numberFaultRangeMessage(name);
  return z.number(message).int(message).min(min, message).max(max, message);
}

const faultPatchSchema = z
  .object({
    tokenLifetimeSeconds: wholeNumberField('tokenLifetimeSeconds'),
    clockSkewSeconds: wholeNumberField('clockSkewSeconds'),
    serverError: z.union([z.literal(500), z.literal(503), z.null()], 'Server error must be off, 500 or 503.'),
    delayMs: wholeNumberField('delayMs'),
    dropConnection: z.boolean(),
    requireIbmClientId: z.boolean(),
    basicDecoding: z.enum(['form', 'raw']),
  })
  .partial()
  .strict();

/** Pasted text has limits a person can hit (a whole log line, a HAR); say which paste and how long it may be. */
const TOKEN_MAX = 20_000;
const BASIC_HEADER_MAX = 10_000;
const pastedToken = z
  .string()
  .min(1, 'Paste a token to inspect.')
  .max(
    TOKEN_MAX,
    `The token is too long: at most ${TOKEN_MAX.toLocaleString('en-US')} characters. Paste only the token.`,
  );
const pastedBasicHeader = z
  .string()
  .min(1, 'Paste a Basic header to decode.')
  .max(
    BASIC_HEADER_MAX,
    `The Basic header is too long: at most ${BASIC_HEADER_MAX.toLocaleString('en-US')} characters. Paste only the Authorization header.`,
  );

const ZIP_BASE64_MAX = 960_000;

export const requestSchemas = {
  'app:bootstrap': empty,
  'app:info': empty,
  'environments:list': empty,
  'sandbox:status': localTarget,
  'sandbox:start': localTarget,
  'sandbox:demo-clients': localTarget,
  'sandbox:set-faults': z
    .object({ environment: z.enum(LOCAL_ENVIRONMENT_IDS).optional(), faults: faultPatchSchema })
    .strict(),
  'sandbox:rotate-key': localTarget,
  'token:request': tokenRequestSchema,
  /** `always`: from now on (this run), send the extra request right away for this attempt's environment. */
  'token:settle-encoding': z.object({ attemptId: z.string().min(1).max(64), always: z.boolean().optional() }).strict(),
  'app:notices': empty,
  'profiles:list': empty,
  'profiles:create': profileCreateSchema,
  'profiles:update': z.object({ id: profileId, patch: profilePatchSchema }).strict(),
  'profiles:duplicate': byId,
  'profiles:delete': byId,
  'profiles:select': byId,
  'profiles:deselect': empty,
  'profiles:copy-secret': byId,
  'profiles:compare-secret': z
    .object({ id: profileId, candidate: z.string().min(1).max(PROFILE_LIMITS.clientSecret) })
    .strict(),
  'profiles:export': empty,
  'profiles:import': z.object({ json: z.string().max(5_000_000) }).strict(),
  'vault:allow-weak-encryption': z.object({ allow: z.boolean() }).strict(),
  'token:verify': attemptRef,
  'token:copy': attemptRef,
  'token:inspect': z.object({ ...targetShape, token: pastedToken }).strict(),
  'token:snippets': z
    .object({
      ...targetShape,
      merchantVat: z.string().regex(MERCHANT_VAT_PATTERN).optional(),
      basicEncoding: basicEncodingSchema,
      sendIbmClientId: z.boolean(),
      /** The typed id and secret read the same form-encoded: a plain curl -u then (no secret crosses, only this). */
      plainCredentials: z.boolean().optional(),
    })
    .strict(),
  /** "Copy as code" for a PoS call made this run (its captured request; the token comes from an environment variable). */
  'pos:snippets': z.object({ posAttemptId: z.string().min(1).max(64) }).strict(),
  'history:list': empty,
  'history:get': byId,
  'history:delete': byId,
  'history:clear': empty,
  'probe:client-auth': z
    .object({
      ...targetShape,
      profileId: profileId.optional(),
      clientId: sentClientId,
      clientSecret: z.string().min(1).max(PROFILE_LIMITS.clientSecret).optional(),
      merchantVat: z.string().regex(MERCHANT_VAT_PATTERN).optional(),
      sendIbmClientId: z.boolean(),
    })
    .strict()
    .refine((request) => request.clientSecret !== undefined || request.profileId !== undefined, {
      message: 'Type the client secret or choose a saved profile.',
      path: ['clientSecret'],
    }),
  'probe:decode-basic': z.object({ text: pastedBasicHeader }).strict(),
  'pos:call': z
    .object({
      attemptId: z.string().min(1).max(64),
      /** Whose PoS API to call; the environment that minted the token when left out. */
      environment: z.enum(ENVIRONMENT_IDS).optional(),
      resource: z.enum(['stores', 'store', 'pointofsales', 'pointofsale']),
      id: z
        .string()
        .regex(/^[A-Za-z0-9-]{1,64}$/)
        .optional(),
      clientSystemVersion: z.string().max(64).optional(),
      /** Sent as X-MobilePay-Merchant-VAT-Number; by default only when the token has no merchant_vat claim. */
      merchantVat: z.string().max(32).optional(),
      tamper: z
        .object({
          omitAuthorization: z.boolean(),
          omitBearerPrefix: z.boolean(),
          garbleToken: z.boolean(),
          omitVersion: z.boolean(),
          garbleVersion: z.boolean(),
          omitVat: z.boolean(),
          garbleVat: z.boolean(),
        })
        .partial()
        .strict()
        .optional(),
    })
    .strict(),
  'export:har': z
    .object({
      /** One attempt (token request or PoS call) or everything this run did. */
      scope: z.enum(['attempt', 'run']),
      attemptId: z.string().min(1).max(64).optional(),
    })
    .strict(),
  'export:support-text': z.object({ attemptId: z.string().min(1).max(64) }).strict(),
  'settings:get': empty,
  'settings:update': z
    .object({ presentationMode: z.boolean().optional(), welcomeSeen: z.boolean().optional() })
    .strict(),
  'credentials:open-zip': z
    .object({
      /** The zip, Base64. Onboarding zips are a few KB; the bound keeps both transports' request limits. */
      data: z
        .string()
        .min(1, 'Choose a zip file.')
        .max(
          ZIP_BASE64_MAX,
          'The zip is larger than 700 KB; an onboarding zip is a few KB. Choose the zip you received.',
        )
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The zip could not be read.'),
      password: z.string().max(256, 'The password is too long: at most 256 characters.').optional(),
    })
    .strict(),
} as const;

export type RequestSchemas = typeof requestSchemas;
export type TokenRequestInput = z.infer<typeof tokenRequestSchema>;
export type BasicEncoding = z.infer<typeof basicEncodingSchema>;

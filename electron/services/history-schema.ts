import { z } from 'zod';
import { FINDING_IDS } from '../../shared/domain/diagnosis';
import { ENVIRONMENT_IDS } from '../../shared/domain/environments';
import { NETWORK_FAILURE_KINDS } from '../../shared/domain/exchange';

/**
 * One History entry, checked in full when it is read back: every field the viewer, the exports and the diagnosis
 * read. A file edited by hand or written by another version can hold anything; an entry that does not match is set
 * aside on its own instead of reaching the window (where one malformed attempt used to blank the whole UI).
 */
const text = z.string().max(2000);
const optionalText = text.optional();
const headerList = z.array(z.tuple([z.string(), z.string()]));
const record = z.record(z.string(), z.unknown());
const epoch = z.number().finite();

const environmentSchema = z.object({ id: z.enum(ENVIRONMENT_IDS), label: text, production: z.boolean() });

const summarySchema = z.object({
  id: z.string().min(1).max(200),
  at: z.string().max(64),
  environment: environmentSchema,
  profileId: optionalText,
  profileName: optionalText,
  clientId: optionalText,
  merchantVat: optionalText,
  status: z.number().int().optional(),
  outcome: z.enum(['token', 'oauth-error', 'http-error', 'network-error']),
  durationMs: z.number().finite(),
});

const exchangeSchema = z.object({
  startedAt: z.string().max(64),
  durationMs: z.number().finite(),
  request: z.object({ method: z.enum(['GET', 'POST']), url: z.string(), headers: headerList, body: z.string() }),
  response: z
    .object({
      status: z.number().int(),
      statusText: z.string(),
      headers: headerList,
      body: z.string(),
      size: z.number().finite(),
      truncated: z.boolean(),
    })
    .optional(),
  failure: z
    .object({ kind: z.enum(NETWORK_FAILURE_KINDS), message: z.string(), code: z.string().optional() })
    .optional(),
  serverDate: z.string().optional(),
  clockSkewMs: z.number().finite().optional(),
});

const findingSchema = z.object({
  id: z.enum(FINDING_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  certainty: z.enum(['certain', 'likely', 'possible']),
  cause: z.string(),
  evidence: z.array(z.string()),
  nextStep: z.string(),
});

const attemptSchema = z.looseObject({
  id: z.string().min(1).max(200),
  environment: environmentSchema,
  tokenUrl: z.string(),
  merchantVat: optionalText,
  profileId: optionalText,
  outcome: summarySchema.shape.outcome,
  exchange: exchangeSchema,
  receivedAt: epoch,
  tokenResponse: z
    .object({ expiresIn: z.number().optional(), tokenType: z.string().optional(), scope: z.string().optional() })
    .optional(),
  token: z
    .object({
      header: record,
      claims: record,
      redacted: z.string(),
      iat: epoch.optional(),
      nbf: epoch.optional(),
      exp: epoch.optional(),
    })
    .optional(),
  tokenProblem: z.string().optional(),
  oauthError: z.object({ error: z.string(), description: z.string().optional() }).optional(),
  findings: z.array(findingSchema),
});

export const entrySchema = z
  .object({ summary: summarySchema, attempt: attemptSchema })
  .refine((entry) => entry.summary.id === entry.attempt.id, 'the summary and the attempt name different ids');

/** The snapshot file's frame; its entries are checked one by one with entrySchema. */
export const snapshotSchema = z.object({
  format: z.literal('integrator-console-history'),
  version: z.literal(1),
  entries: z.array(z.unknown()),
});

import { z } from 'zod';
import type { Finding } from '../../shared/domain/diagnosis';
import type { TokenView } from '../../shared/domain/token-view';
import type { PosAttempt, TokenAttempt } from '../../shared/ipc/contract';
import { stripSignaturesDeep } from '../services/exports/export-redaction';
import type { ExitCode } from './exit-codes';

/** The `--json` contract scripts rely on; tests validate every command's output against these schemas. */
const findingSchema = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  certainty: z.enum(['certain', 'likely', 'possible']),
  cause: z.string(),
  evidence: z.array(z.string()),
  nextStep: z.string(),
});

const tokenViewSchema = z.object({
  /** header.payload.<signature hidden>: never usable. */
  redacted: z.string().regex(/^[\w-]+\.[\w-]+\.<signature hidden>$/),
  header: z.record(z.string(), z.unknown()),
  claims: z.record(z.string(), z.unknown()),
  expiresAt: z.string().optional(),
});

const environmentSchema = z.object({ id: z.string(), label: z.string(), production: z.boolean() });

export const tokenJsonSchema = z.object({
  command: z.enum(['token', 'diagnose', 'import-zip']),
  exitCode: z.number().int(),
  outcome: z.enum(['token', 'oauth-error', 'http-error', 'network-error']),
  /** One line a ticket can hold. */
  summary: z.string(),
  status: z.number().int().optional(),
  environment: environmentSchema,
  tokenUrl: z.string(),
  durationMs: z.number(),
  oauthError: z.object({ error: z.string(), description: z.string().optional() }).optional(),
  findings: z.array(findingSchema),
  token: tokenViewSchema.optional(),
  /** The captured exchange, redacted like the app's exports: secret → fingerprint, token signature hidden. */
  exchange: z.unknown(),
});

export const posJsonSchema = z.object({
  command: z.literal('pos'),
  exitCode: z.number().int(),
  summary: z.string(),
  status: z.number().int().optional(),
  environment: environmentSchema,
  body: z.unknown().optional(),
  findings: z.array(findingSchema),
  exchange: z.unknown(),
});

export const probeJsonSchema = z.object({
  command: z.literal('probe'),
  exitCode: z.number().int(),
  verdict: z.string(),
  rows: z.array(
    z.object({
      method: z.enum(['basic-form', 'basic-raw', 'post']),
      status: z.number().int().optional(),
      accepted: z.boolean(),
      outcome: z.string(),
    }),
  ),
});

export const errorJsonSchema = z.object({ exitCode: z.number().int(), error: z.string() });

function tokenJson(view: TokenView | undefined) {
  if (!view) return undefined;
  return {
    redacted: view.redacted,
    header: view.header,
    claims: view.claims,
    ...(view.exp ? { expiresAt: new Date(view.exp * 1000).toISOString() } : {}),
  };
}

const findingJson = ({ id, severity, certainty, cause, evidence, nextStep }: Finding) => ({
  id,
  severity,
  certainty,
  cause,
  evidence,
  nextStep,
});

export function tokenAttemptJson(
  command: 'token' | 'diagnose' | 'import-zip',
  attempt: TokenAttempt,
  exitCode: ExitCode,
  summary: string,
): z.infer<typeof tokenJsonSchema> {
  return stripSignaturesDeep({
    command,
    exitCode,
    outcome: attempt.outcome,
    summary,
    ...(attempt.exchange.response ? { status: attempt.exchange.response.status } : {}),
    environment: attempt.environment,
    tokenUrl: attempt.tokenUrl,
    durationMs: attempt.exchange.durationMs,
    ...(attempt.oauthError ? { oauthError: attempt.oauthError } : {}),
    findings: attempt.findings.map(findingJson),
    ...(attempt.token ? { token: tokenJson(attempt.token) } : {}),
    exchange: attempt.exchange,
  });
}

export function posAttemptJson(
  attempt: PosAttempt,
  exitCode: ExitCode,
  summary: string,
): z.infer<typeof posJsonSchema> {
  return stripSignaturesDeep({
    command: 'pos' as const,
    exitCode,
    summary,
    ...(attempt.exchange.response ? { status: attempt.exchange.response.status } : {}),
    environment: attempt.environment,
    ...(attempt.json !== undefined ? { body: attempt.json } : {}),
    findings: attempt.findings.map(findingJson),
    exchange: attempt.exchange,
  });
}

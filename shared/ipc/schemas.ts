import { z } from 'zod';
import { ENVIRONMENT_IDS } from '../domain/environments';
import { MERCHANT_VAT_PATTERN } from '../domain/vat';

/** One zod schema per invoke channel. Objects are strict: an unknown field is INVALID_INPUT, not ignored. */
const empty = z.object({}).strict();

export const basicEncodingSchema = z.enum(['form', 'raw']);

export const tokenRequestSchema = z
  .object({
    environment: z.enum(ENVIRONMENT_IDS),
    customTokenUrl: z.string().max(2048).optional(),
    clientId: z.string().min(1, 'Client ID is empty.').max(1024),
    clientSecret: z.string().min(1, 'Client secret is empty.').max(4096),
    merchantVat: z
      .string()
      .regex(MERCHANT_VAT_PATTERN, 'Merchant VAT must be DK or FI followed by 8 digits.')
      .optional(),
    basicEncoding: basicEncodingSchema,
    sendIbmClientId: z.boolean(),
    timeoutMs: z.number().int().min(100).max(120_000).optional(),
  })
  .strict();

export const requestSchemas = {
  'app:info': empty,
  'environments:list': empty,
  'sandbox:status': empty,
  'sandbox:start': empty,
  'sandbox:demo-clients': empty,
  'token:request': tokenRequestSchema,
} as const;

export type RequestSchemas = typeof requestSchemas;
export type TokenRequestInput = z.infer<typeof tokenRequestSchema>;
export type BasicEncoding = z.infer<typeof basicEncodingSchema>;

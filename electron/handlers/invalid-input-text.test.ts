import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './invalid-input-text';

const SECRET = 's3cr3t-VALUE-9f8e7d';

/** The message the dispatcher would show for this schema and input. */
function messageFor(schema: z.ZodType, input: unknown): string {
  const parsed = schema.safeParse(input, { error: describeIssue });
  if (parsed.success) throw new Error('expected the input to be rejected');
  return parsed.error.issues[0]!.message;
}

const field = (schema: z.ZodType) => z.object({ clientSecret: schema }).strict();

describe('describeIssue', () => {
  it.each([
    [
      'a string over its maximum',
      field(z.string().max(12)),
      { clientSecret: SECRET },
      'The client secret is too long: at most 12 characters.',
    ],
    [
      'a long maximum, with separators',
      z.object({ token: z.string().max(20_000) }),
      { token: 'x'.repeat(20_001) },
      'The token is too long: at most 20,000 characters.',
    ],
    ['an empty string', field(z.string().min(1)), { clientSecret: '' }, 'The client secret is empty.'],
    [
      'a string under its minimum',
      field(z.string().min(40)),
      { clientSecret: SECRET },
      'The client secret is too short: at least 40 characters.',
    ],
    [
      'a number over its maximum',
      z.object({ delayMs: z.number().max(120_000) }),
      { delayMs: 999_999 },
      'Delay (ms) must be at most 120000.',
    ],
    [
      'a number under its minimum',
      z.object({ delayMs: z.number().min(0) }),
      { delayMs: -5 },
      'Delay (ms) must be at least 0.',
    ],
    [
      'a number not above an exclusive minimum',
      z.object({ timeoutMs: z.number().gt(0) }),
      { timeoutMs: 0 },
      'The timeout (ms) must be more than 0.',
    ],
    [
      'a fraction where a whole number is wanted',
      z.object({ delayMs: z.number().int() }),
      { delayMs: 1.5 },
      'Delay (ms) must be a whole number.',
    ],
    [
      'a list over its maximum',
      z.object({ merchants: z.array(z.string()).max(2) }),
      { merchants: ['a', 'b', 'c'] },
      'The merchant list has too many items: at most 2.',
    ],
    [
      'an empty list',
      z.object({ merchants: z.array(z.string()).min(1) }),
      { merchants: [] },
      'The merchant list needs at least one item.',
    ],
    ['a number where text is wanted', field(z.string()), { clientSecret: 42 }, 'The client secret must be text.'],
    [
      'text where a flag is wanted',
      z.object({ sendIbmClientId: z.boolean() }),
      { sendIbmClientId: SECRET },
      'Send x-ibm-client-id must be on or off (true or false).',
    ],
    ['a missing field', field(z.string()), {}, 'The client secret is missing.'],
    ['a missing choice', z.object({ environment: z.enum(['local', 'custom']) }), {}, 'The environment is missing.'],
    [
      'a value outside an enum',
      z.object({ environment: z.enum(['local', 'custom']) }),
      { environment: SECRET },
      'The environment must be one of: local, custom.',
    ],
    [
      'a value other than a literal',
      z.object({ basicDecoding: z.literal('form') }),
      { basicDecoding: SECRET },
      'Basic decoding must be form.',
    ],
    [
      'an unknown field',
      field(z.string()),
      { clientSecret: 'a', admin: true },
      'The request has a field this version of the console does not know: admin.',
    ],
    [
      'a regex mismatch',
      z.object({ merchantVat: z.string().regex(/^DK\d{8}$/) }),
      { merchantVat: SECRET },
      'The merchant VAT number is not in the expected format.',
    ],
    [
      'a failed union',
      z.object({ serverError: z.union([z.literal(500), z.null()]) }),
      { serverError: 404 },
      'Server error is not one of the accepted values.',
    ],
    [
      'a refinement without a message',
      z.object({ clientId: z.string().refine(() => false) }),
      { clientId: SECRET },
      'The client ID is not valid.',
    ],
    [
      'a field without a label, split into words',
      z.object({ clientSystemVersion: z.string(), posUnitId: z.string() }),
      { clientSystemVersion: 'x' },
      'The pos unit id is missing.',
    ],
    [
      'a nested field, named by its own name',
      z.object({ faults: z.object({ delayMs: z.number().max(10) }) }),
      { faults: { delayMs: 11 } },
      'Delay (ms) must be at most 10.',
    ],
    ['a top-level problem', z.string(), 42, 'The request must be text.'],
  ])('phrases %s for people', (_name, schema, input, expected) => {
    expect(messageFor(schema, input)).toBe(expected);
  });

  it('lets a message written in the schema win', () => {
    expect(messageFor(field(z.string().max(4, 'Keep the secret short.')), { clientSecret: SECRET })).toBe(
      'Keep the secret short.',
    );
    const refined = z
      .object({ clientSecret: z.string().optional() })
      .refine((value) => value.clientSecret !== undefined, {
        message: 'Type the client secret.',
        path: ['clientSecret'],
      });
    expect(messageFor(refined, {})).toBe('Type the client secret.');
  });

  it('never echoes the rejected value, whatever the code', () => {
    const schemas: [z.ZodType, unknown][] = [
      [field(z.string().max(4)), { clientSecret: SECRET }],
      [field(z.number()), { clientSecret: SECRET }],
      [field(z.enum(['a', 'b'])), { clientSecret: SECRET }],
      [field(z.string().regex(/^x$/)), { clientSecret: SECRET }],
      [field(z.string().url()), { clientSecret: SECRET }],
      [field(z.union([z.number(), z.boolean()])), { clientSecret: SECRET }],
      [field(z.string().refine(() => false)), { clientSecret: SECRET }],
      [field(z.string()), { clientSecret: 'a', [SECRET]: 'x' }],
      [field(z.string()), { clientSecret: 'a', [SECRET]: 'x', admin: 'y' }],
    ];
    for (const [schema, input] of schemas) {
      const message = messageFor(schema, input);
      expect(message).not.toContain(SECRET);
      expect(message).not.toMatch(/Invalid input|Too big|Too small|: expected/);
    }
  });

  it('names unknown fields only when they look like field names, at most three', () => {
    expect(messageFor(field(z.string()), { clientSecret: 'a', [SECRET]: 1 })).toBe(
      'The request has a field this version of the console does not know.',
    );
    expect(messageFor(field(z.string()), { clientSecret: 'a', a: 1, b: 2, c: 3, d: 4 })).toBe(
      'The request has fields this version of the console does not know: a, b, c and 1 more.',
    );
  });
});

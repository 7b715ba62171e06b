import { describe, expect, it } from 'vitest';
import {
  FINDING_IDS,
  formatFindings,
  orderFindings,
  type Finding,
  type FindingId,
  type FindingSeverity,
} from './diagnosis';

const finding = (id: FindingId, severity: FindingSeverity): Finding => ({
  id,
  severity,
  certainty: 'likely',
  cause: `${id} happened.`,
  evidence: [`evidence of ${id}`],
  nextStep: `fix ${id}`,
});

describe('orderFindings', () => {
  it('puts errors first, then warnings, then notes; within a severity the catalogue order', () => {
    const ordered = orderFindings([
      finding('clock-skew', 'warning'),
      finding('invalid-client', 'error'),
      finding('vat-checksum', 'info'),
      finding('credentials-other-environment', 'error'),
    ]);
    expect(ordered.map((f) => f.id)).toEqual([
      'credentials-other-environment',
      'invalid-client',
      'clock-skew',
      'vat-checksum',
    ]);
  });

  it('keeps one finding per id', () => {
    expect(orderFindings([finding('invalid-client', 'error'), finding('invalid-client', 'warning')])).toHaveLength(1);
  });

  it('has unique ids', () => {
    expect(new Set(FINDING_IDS).size).toBe(FINDING_IDS.length);
  });
});

describe('formatFindings', () => {
  it('writes one plain-text block per finding for support', () => {
    expect(formatFindings([finding('invalid-client', 'error')])).toBe(
      '[Problem, likely] invalid-client happened.\n  - evidence of invalid-client\n  Next: fix invalid-client',
    );
  });
});

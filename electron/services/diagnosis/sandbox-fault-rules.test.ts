import { describe, expect, it } from 'vitest';
import { DEFAULT_FAULTS, type SandboxFaults } from '../../../shared/domain/sandbox-faults';
import { diagnosePosCall } from './diagnose';
import { ids, posInput } from './diagnosis-test-support';

// The PoS side of what the handler tests drive against the real sandbox, for the cases too slow to drive there.
const faults = (overrides: Partial<SandboxFaults>): SandboxFaults => ({ ...DEFAULT_FAULTS, ...overrides });
const html = (status: number) => ({
  status,
  responseHeaders: [['content-type', 'text/html']] as [string, string][],
  body: '<html><title>x</title></html>',
});

describe('PoS calls and the local sandbox fault switches', () => {
  it("names a PoS timeout the sandbox's Delay fault caused (the PoS call waits 10 s)", () => {
    const findings = diagnosePosCall(
      posInput(
        { failure: { kind: 'timeout', message: 'x' }, durationMs: 10_000 },
        { sandboxFaults: faults({ delayMs: 15_000 }) },
      ),
    );
    expect(findings[0]).toMatchObject({ id: 'network-timeout', certainty: 'certain' });
    expect(findings[0]?.cause).toMatch(/Delay fault holds each answer for 15 s/);
  });

  it('does not blame the Delay fault when it is shorter than the wait', () => {
    const findings = diagnosePosCall(
      posInput(
        { failure: { kind: 'timeout', message: 'x' }, durationMs: 10_000 },
        { sandboxFaults: faults({ delayMs: 2_000 }) },
      ),
    );
    expect(findings[0]?.cause).not.toMatch(/fault/);
  });

  it('does not blame the Server error fault for another status, nor for a JSON body', () => {
    const other = diagnosePosCall(posInput(html(500), { sandboxFaults: faults({ serverError: 503 }) }));
    expect(ids(other)).toContain('pos-non-json-body');
    expect(other.map((finding) => finding.cause).join(' ')).not.toMatch(/fault/);
    const json = diagnosePosCall(
      posInput(
        { status: 503, responseHeaders: [['content-type', 'application/json']], body: '{"code":"2001","message":"x"}' },
        { sandboxFaults: faults({ serverError: 503 }) },
      ),
    );
    expect(json[0]?.id).toBe('pos-server-error');
    expect(json[0]?.cause).toMatch(/PoS API failed on its own side/);
  });

  it('does not blame the Drop fault when it is off, nor for a refused connection', () => {
    const reset = diagnosePosCall(
      posInput({ failure: { kind: 'reset', message: 'x' } }, { sandboxFaults: DEFAULT_FAULTS }),
    );
    expect(reset[0]?.nextStep).toMatch(/proxy/);
    const refused = diagnosePosCall(
      posInput({ failure: { kind: 'refused', message: 'x' } }, { sandboxFaults: faults({ dropConnection: true }) }),
    );
    expect(refused[0]?.id).toBe('network-refused');
  });
});

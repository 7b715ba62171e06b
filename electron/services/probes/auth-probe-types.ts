/** The client-auth probe's shapes (auth-probe.ts sends, auth-probe-verdict.ts explains); results live in shared/. */
export {
  PROBE_METHODS,
  type ClientAuthProbeResult,
  type ProbeMethod,
  type ProbeRow,
} from '../../../shared/domain/probes';

export interface ClientAuthProbeInput {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  merchantVat?: string;
  sendIbmClientId: boolean;
}

export { diagnosePosCall, diagnoseTokenAttempt } from './diagnose';
export { credentialContextFor } from './credential-context';
export { CLOCK_SKEW_LIMIT_MS } from './clock-rules';
export type {
  CredentialContext,
  DiagnosedAttempt,
  EncodingCheck,
  PosDiagnosisInput,
  PreviousSuccess,
  TokenDiagnosisInput,
  VerificationSummary,
} from './types';
export { previousSuccessesFrom, type AttemptSummaryLike } from './previous-successes';

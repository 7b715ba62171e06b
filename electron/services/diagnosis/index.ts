export { diagnosePosCall, diagnoseTokenAttempt } from './diagnose';
export { credentialContextFor } from './credential-context';
export { CLOCK_SKEW_LIMIT_MS } from './clock-rules';
export type { EncodingCheck, TokenDiagnosisInput } from './types';
export { previousSuccessesFrom } from './previous-successes';

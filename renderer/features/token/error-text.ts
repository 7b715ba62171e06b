import type { ErrorCode } from '../../../shared/ipc/result';
import type { ErrorContext } from './token-state';

const CONTEXT_TITLES: Record<ErrorContext, string> = {
  load: 'The console could not load its settings',
  request: 'The token request was not sent',
  sandbox: 'The local sandbox could not start',
  demo: 'Demo credentials are not available',
  profile: 'The saved secret was not sent',
};

/** Titles chosen by error code, never by message text; the message itself comes from main and is safe to show. */
export function errorTitle(code: ErrorCode, context: ErrorContext): string {
  switch (code) {
    case 'INVALID_INPUT':
      return `${CONTEXT_TITLES[context]}: the input was rejected`;
    case 'FORBIDDEN':
      return context === 'profile'
        ? `${CONTEXT_TITLES.profile}: the request is not the profile's`
        : 'The console refused this call';
    case 'NOT_FOUND':
      return `${CONTEXT_TITLES[context]}: not found`;
    case 'ENCRYPTION_UNAVAILABLE':
      return 'Secure storage is unavailable';
    case 'SECRET_MISSING':
      return 'This profile has no saved client secret';
    case 'SECRET_NEEDS_REENTRY':
      return 'The saved client secret needs re-entry';
    case 'UNSUPPORTED':
      return 'Not available here';
    case 'NETWORK':
      return `${CONTEXT_TITLES[context]}: network problem`;
    case 'SANDBOX_UNAVAILABLE':
      return 'The local sandbox is not running';
    case 'INTERNAL':
      return `${CONTEXT_TITLES[context]}: internal error`;
  }
}

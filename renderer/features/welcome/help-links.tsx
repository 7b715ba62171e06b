import type { ReactNode } from 'react';

/** Where the app's help points (the same pages as the Help menu). Only https: main opens those in the browser. */
export const HELP_LINKS = [
  { label: 'MobilePay developer repositories (PoS V10 docs, archived)', url: 'https://github.com/MobilePayDev' },
  { label: 'OAuth 2.0 client authentication (RFC 6749 §2.3.1)', url: 'https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1' },
  { label: 'Electron safeStorage on Linux', url: 'https://www.electronjs.org/docs/latest/api/safe-storage' },
] as const;

/**
 * A link out of the app. target=_blank goes through main's window-open handler, which opens https links in the
 * user's browser and nothing else; anything but https is rendered as plain text.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!href.startsWith('https://')) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
      <span className="visually-hidden"> (opens in your browser)</span>
    </a>
  );
}

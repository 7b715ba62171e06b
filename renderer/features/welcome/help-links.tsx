import type { ReactNode } from 'react';

export { HELP_LINKS } from '../../../shared/domain/help-links';

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

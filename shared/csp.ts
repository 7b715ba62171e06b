/** The renderer's Content-Security-Policy, built in one place and pinned by a test (STYLE.md §6). */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * `npm run dev -- --electron` only: Vite's dev server injects styles and the React Refresh preamble inline and
 * reloads over a WebSocket to `devServer` (a loopback URL). Never used by a packaged app or the preview.
 */
export function devContentSecurityPolicy(devServer: string): string {
  const { host } = new URL(devServer);
  return contentSecurityPolicy()
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ws://${host}`);
}

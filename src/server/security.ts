/**
 * Security middleware: response headers (a CSP forbidding inline script), the Host
 * allow-list that blocks DNS rebinding on a loopback server, and the same-origin check
 * on writes (a page elsewhere must not be able to POST to a local dateline).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function securityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"],
      frameAncestors: ["'none'"], formAction: ["'self'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
  });
  return headers;
}

function hostName(hostHeader: string): string {
  // "[::1]:8080" → "[::1]"; "localhost:8080" → "localhost"
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(hostHeader.trim().toLowerCase());
  return m?.[1] ?? '';
}

/** Refuse requests whose Host is not one of `hosts` (undefined: any host). */
export function hostAllowList(hosts: readonly string[] | undefined): MiddlewareHandler {
  const allowed = hosts ? new Set(hosts.map((h) => h.toLowerCase())) : null;
  return async (c, next) => {
    if (allowed) {
      const h = hostName(c.req.header('Host') ?? new URL(c.req.url).host);
      if (!allowed.has(h)) return c.json({ error: `host not allowed: ${h}` }, 403);
    }
    await next();
  };
}

/** Refuse state-changing requests sent from another site. */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const site = c.req.header('Sec-Fetch-Site');
      if (site && site !== 'same-origin' && site !== 'none') {
        return c.json({ error: 'cross-site request refused' }, 403);
      }
      const origin = c.req.header('Origin');
      if (origin && origin !== 'null') {
        let originHost = '';
        try { originHost = new URL(origin).host; } catch { /* malformed: refused below */ }
        const host = c.req.header('Host') ?? new URL(c.req.url).host;
        if (originHost.toLowerCase() !== host.toLowerCase()) return c.json({ error: 'cross-origin request refused' }, 403);
      } else if (origin === 'null') {
        return c.json({ error: 'cross-origin request refused' }, 403);
      }
    }
    await next();
  };
}

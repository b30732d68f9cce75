// Request checks before any route: the Host (against DNS rebinding), the token off loopback, JSON-only writes
// from this origin (against cross-site requests), and security headers on every answer.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";

export const TOKEN_COOKIE = "ouro_token";

export interface GuardOptions {
  /** Host headers accepted (host:port); null accepts any (a token then guards the server). */
  readonly allowedHosts: readonly string[] | null;
  /** Required on every request when not null: Bearer header, cookie, or ?token= once (which sets the cookie). */
  readonly token: string | null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

export function requestGuard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    c.header(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    const host = c.req.header("host") ?? "";
    if (options.allowedHosts !== null && !options.allowedHosts.includes(host.toLowerCase())) {
      return c.json(
        { error: `unexpected Host header ${JSON.stringify(host)}; open the address ouro serve printed` },
        421,
      );
    }
    if (options.token !== null) {
      const bearer = c.req.header("authorization")?.replace(/^Bearer\s+/i, "");
      const query = c.req.query("token");
      const given = bearer ?? cookie(c.req.header("cookie"), TOKEN_COOKIE) ?? query;
      if (given === undefined || !same(given, options.token)) {
        return c.json(
          { error: "a token is required: open the address with ?token= that ouro serve printed" },
          401,
        );
      }
      if (query !== undefined && c.req.method === "GET") {
        c.header(
          "Set-Cookie",
          `${TOKEN_COOKIE}=${encodeURIComponent(options.token)}; HttpOnly; SameSite=Strict; Path=/`,
        );
      }
    }
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      const origin = c.req.header("origin");
      if (origin !== undefined && originHost(origin) !== host.toLowerCase()) {
        return c.json({ error: "cross-origin requests are refused" }, 403);
      }
      if (c.req.method !== "DELETE" && !(c.req.header("content-type") ?? "").startsWith("application/json")) {
        return c.json({ error: "send JSON (Content-Type: application/json)" }, 415);
      }
    }
    return next();
  };
}

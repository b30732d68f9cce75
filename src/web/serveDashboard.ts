// Starts the dashboard on host:port over a store: 127.0.0.1 by default, a token whenever bound elsewhere.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { inputError } from "../core/errors.js";
import { RunStore } from "../store/runStore.js";
import { createDashboardApp, type DashboardLimits } from "./dashboardApp.js";
import { isLoopback } from "./isLoopback.js";
import { JobRegistry } from "./jobRegistry.js";
import { loadStaticAssets } from "./staticAssets.js";
import { SynthesisRunner } from "./synthesisRunner.js";

export interface ServeOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly db: string;
  /** Required off loopback (generated when not given); on loopback only when given. */
  readonly token?: string;
  readonly assetDir?: string;
  readonly workerPath?: string;
  readonly limits?: DashboardLimits;
}

export interface RunningDashboard {
  /** The address to open, with ?token= when one is required. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly token: string | null;
  close(): Promise<void>;
}

export async function serveDashboard(options: ServeOptions): Promise<RunningDashboard> {
  const host = options.host ?? "127.0.0.1";
  const loopback = isLoopback(host);
  const token = options.token ?? (loopback ? null : randomBytes(24).toString("base64url"));
  const store = RunStore.open(options.db);
  const jobs = new JobRegistry(
    store,
    options.workerPath === undefined ? {} : { workerPath: options.workerPath },
  );
  const synthesis = new SynthesisRunner();
  let port = options.port ?? 7878;
  const hostInUrl = host.includes(":") ? `[${host}]` : host;
  // Loopback: only the names of this machine, on this port, are accepted (a rebound DNS name is refused).
  const allowed = (p: number): string[] | null =>
    loopback ? [`127.0.0.1:${p}`, `localhost:${p}`, `[::1]:${p}`, `${hostInUrl}:${p}`.toLowerCase()] : null;
  let allowedHosts: string[] | null = allowed(port);
  const app = createDashboardApp({
    store,
    jobs,
    synthesis,
    token,
    get allowedHosts() {
      return allowedHosts;
    },
    assets: loadStaticAssets(options.assetDir),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE" || error.code === "EACCES" || error.code === "EADDRNOTAVAIL"
          ? inputError(
              "--port",
              `${host}:${port}`,
              `a free port on an address of this machine (${error.code})`,
            )
          : error,
      ),
    );
  });
  port = (server.address() as AddressInfo).port;
  allowedHosts = allowed(port);
  const base = `http://${hostInUrl}:${port}/`;
  return {
    url: token === null ? base : `${base}?token=${encodeURIComponent(token)}`,
    host,
    port,
    token,
    async close() {
      await jobs.close();
      await synthesis.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      store.close();
    },
  };
}

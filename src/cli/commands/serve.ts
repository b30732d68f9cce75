// `ouro serve [--host 127.0.0.1] [--port 7878] [--db PATH] [--token T]` (contract "Reports and dashboard").
import { inputError } from "../../core/errors.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";

interface ServeCliOptions {
  readonly host: string;
  readonly port: string;
  readonly db?: string;
  readonly token?: string;
}

export const serveCommand: CliCommand = {
  register(program, io) {
    program
      .command("serve")
      .description("the local dashboard: browse, compare and launch runs; the CTM/BDM calculator")
      .option("--host <host>", "the address to bind (anything but loopback requires a token)", "127.0.0.1")
      .option("--port <port>", "the port (0: any free one)", "7878")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .option("--token <token>", "the access token (default: none on loopback, a random one elsewhere)")
      .action(async (options: ServeCliOptions) => {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw inputError("--port", options.port, "an integer from 0 to 65535");
        if (options.host.trim() === "") throw inputError("--host", options.host, "a host name or address");
        if (options.token !== undefined && options.token.length < 16)
          throw inputError("--token", "(hidden)", "at least 16 characters");
        // Loaded here: the server and its figure rendering are not needed by other commands.
        const { serveDashboard } = await import("../../web/serveDashboard.js");
        const dashboard = await serveDashboard({
          host: options.host,
          port,
          db: dbPath(options.db),
          ...(options.token === undefined ? {} : { token: options.token }),
        });
        io.stdout(`dashboard: ${dashboard.url}\n`);
        if (dashboard.token !== null && options.token === undefined)
          io.stderr("ouro serve: bound off loopback; the address above carries the access token\n");
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            void dashboard.close().then(resolve);
          };
          process.on("SIGINT", stop);
          process.on("SIGTERM", stop);
        });
      });
  },
};

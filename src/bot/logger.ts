/**
 * The bot's pino logger. Secrets never reach a log line: token and authorization fields are redacted
 * by path, and errors are serialized without the request URL/body (interaction callback and webhook URLs
 * carry the interaction token) and with any known secret string masked in message and stack.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";

export const REDACT_PATHS = [
  "token",
  "*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "*.*.headers.authorization",
  "err.requestBody",
  "*.requestBody",
];

const MASK = "[redacted]";

/** Interaction and webhook tokens inside Discord URLs: `/interactions/<id>/<token>/…`, `/webhooks/<app>/<token>`. */
export function maskUrlTokens(text: string): string {
  return text.replace(/(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"]+/gu, `$1${MASK}`);
}

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = maskUrlTokens(text);
  for (const secret of secrets) if (secret.length >= 8) out = out.replaceAll(secret, MASK);
  return out;
}

/** pino's error serializer minus request details, plus secret masking. */
export function errorSerializer(secrets: readonly string[] = []): (err: unknown) => Record<string, unknown> {
  return (err) => {
    const base = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
    const { requestBody: _body, rawError: _raw, ...rest } = base;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) out[key] = typeof value === "string" ? maskSecrets(value, secrets) : value;
    return out;
  };
}

export interface BotLoggerOptions {
  level?: LoggerOptions["level"];
  /** Strings to mask wherever they occur in an error (the bot token). */
  secrets?: readonly string[];
  destination?: DestinationStream;
}

export function createBotLogger({ level = "info", secrets = [], destination }: BotLoggerOptions = {}): Logger {
  const options: LoggerOptions = {
    level,
    base: { app: "verhandlungsbot" },
    redact: { paths: REDACT_PATHS, censor: MASK },
    serializers: { err: errorSerializer(secrets), error: errorSerializer(secrets) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Waits until buffered log lines are written (pino's async destinations); never throws, never hangs. */
export function flushLogger(logger: Logger, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      logger.flush(done);
    } catch {
      done();
    }
  });
}

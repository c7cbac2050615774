/**
 * The bot's pino logger. Secrets never reach a log line: token and authorization fields are redacted
 * by path, errors are serialized without the request URL/body (interaction callback and webhook URLs
 * carry the interaction token), and every line is masked for the known secrets (the bot token) as it is
 * written, whatever field or form they came in.
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
  return maskSecretForms(maskUrlTokens(text), secrets);
}

/**
 * The ways a token can show up in a log line: whole; the two parts discord.js leaves visible when it censors a
 * token for its debug log (a token without dots it prints whole); each long part alone; base64-encoded (a Basic
 * authorization header). Longest first, so a longer form is masked before a part of it.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const parts = secret.split(".");
  if (parts.length >= 3) forms.add(parts.slice(0, 2).join("."));
  for (const part of parts) if (part.length >= 16) forms.add(part);
  const base64 = Buffer.from(secret).toString("base64");
  forms.add(base64);
  forms.add(base64.replace(/=+$/, ""));
  return [...forms].filter((f) => f.length >= 8).sort((a, b) => b.length - a.length);
}

function maskSecretForms(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    for (const form of secretForms(secret)) if (out.includes(form)) out = out.replaceAll(form, MASK);
  }
  return out;
}

/** pino's error serializer minus request details, plus secret masking. */
export function errorSerializer(secrets: readonly string[] = []): (err: unknown) => Record<string, unknown> {
  return (err) => {
    const base: Record<string, unknown> = { ...pino.stdSerializers.err(err as Error) };
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
    // Last line of defence: the token in any field, message or format (discord.js's trace output) never leaves.
    hooks: { streamWrite: (line) => maskSecretForms(line, secrets) },
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

/**
 * Every setting the bot reads, validated with zod at start. `.env.example` documents each one.
 */
import path from "node:path";
import { z } from "zod";
import { formatZodError } from "../util/text.js";
import { EMBEDDED_CORPUS_DIR, PACKAGE_ROOT } from "./paths.js";

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string())
  .optional()
  .transform((s) => (s ? s : undefined));

/**
 * A number, level or flag as written: blanks around it are dropped, and an empty value ("NAME=" in .env, as
 * `.env.example` leaves the optional ones) means the default, as it does for the text settings.
 */
const blankIsUnset = (value: unknown) => {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};

function setting<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankIsUnset, schema);
}

/**
 * A number as a person writes it in .env: digits with an optional decimal point. Not what `Number()` also reads:
 * "0x10", "1e3", "0b1", "Infinity".
 */
const decimal = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/, "expected a number in digits (e.g. 5 or 0.5)").transform(Number)]);

/** The shortest feedback salt used, set (FEEDBACK_SALT) or read from the data folder (a random one has 64 hex digits). */
export const MIN_SALT_LENGTH = 16;

const snowflake = optionalText.pipe(z.string().regex(/^\d{17,20}$/, "expected a Discord id (17–20 digits)").optional());

export const envSchema = z.object({
  /** Bot token; without it `npm start` opens the local console. */
  DISCORD_TOKEN: optionalText.pipe(z.string().min(20, "looks too short for a bot token").optional()),
  /** Application id, needed by `npm run deploy-commands`. */
  DISCORD_CLIENT_ID: snowflake,
  /** Guild to register commands in (instant); global registration without it. */
  DISCORD_GUILD_ID: snowflake,
  /** REST base URL, e.g. an HTTP proxy for Discord's API (@discordjs/proxy) or a test server. */
  DISCORD_API_BASE: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Folder of article files. */
  CORPUS_DIR: optionalText.transform((d) => path.resolve(PACKAGE_ROOT, d ?? EMBEDDED_CORPUS_DIR)),
  /** Where index snapshots are cached; "off" (any case) disables them. */
  INDEX_CACHE_DIR: optionalText.transform((d) => (d?.toLowerCase() === "off" ? null : path.resolve(PACKAGE_ROOT, d ?? ".cache"))),
  LOG_LEVEL: setting(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  /** /ask questions one user may ask per window, and the window in seconds. */
  ASK_COOLDOWN_COUNT: setting(decimal.pipe(z.number().int().min(1).max(1000)).default(5)),
  ASK_COOLDOWN_SECONDS: setting(decimal.pipe(z.number().int().min(1).max(3600)).default(10)),
  /** Reload the corpus when its files change (SIGHUP always reloads). */
  CORPUS_WATCH: flag("true"),
  /** Start the bot (and accept reloads) with a corpus that has no articles; by default it refuses. */
  ALLOW_EMPTY_CORPUS: flag("false"),
  /** Folder for what the bot writes at run time (the feedback log). */
  DATA_DIR: optionalText.transform((d) => path.resolve(PACKAGE_ROOT, d ?? "data")),
  /** Salt for hashing user ids in the feedback log; without it a random salt is kept in DATA_DIR. */
  FEEDBACK_SALT: optionalText.pipe(z.string().min(MIN_SALT_LENGTH, `use at least ${MIN_SALT_LENGTH} characters`).optional()),
  /** RSS/Atom feeds the bot polls and ingests, separated by spaces, commas or new lines. */
  FEEDS: optionalText
    .transform((s) => (s ? s.split(/[\s,]+/).filter(Boolean) : []))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "expected http(s) feed URLs separated by spaces or commas" })).max(100, "at most 100 feeds")),
  /** Minutes between two polls of each feed (a failing feed waits longer, doubling up to a day). */
  FEED_INTERVAL_MINUTES: setting(decimal.pipe(z.number().int().min(1).max(1440)).default(30)),
  /** Largest page or feed the ingest fetches, in megabytes. */
  INGEST_MAX_MB: setting(decimal.pipe(z.number().min(0.01).max(100)).default(5)),
  /** Seconds one fetch (redirects and body included) may take. */
  INGEST_TIMEOUT_SECONDS: setting(decimal.pipe(z.number().min(0.1).max(300)).default(15)),
  /** /ingest from Discord may fetch private, loopback and link-local addresses (the CLI and feeds always may). */
  INGEST_ALLOW_PRIVATE: flag("false"),
});

function flag(fallback: "true" | "false") {
  return setting(
    z
      .enum(["true", "false", "1", "0"])
      .default(fallback)
      .transform((v) => v === "true" || v === "1"),
  );
}

export type Env = z.infer<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; errors: string[] };

/** Folder settings that are printed in messages (paths of problems): a token in one must never be. */
const PATH_SETTINGS = ["CORPUS_DIR", "INDEX_CACHE_DIR"] as const;

/**
 * Never echoes a value back: a token pasted into the wrong variable must not reach a log. A folder setting
 * that looks like a Discord token is refused by name only, since paths appear in messages.
 */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): EnvResult {
  const suspicious = PATH_SETTINGS.filter((key) => looksLikeToken(source[key], source.DISCORD_TOKEN)).map(
    (key) => `env: ${key}: looks like a Discord bot token, not a folder (value not shown); set ${key} to a folder path`,
  );
  const parsed = envSchema.safeParse(source);
  const errors = [...suspicious, ...(parsed.success ? [] : formatZodError("env", parsed.error, { max: Number.POSITIVE_INFINITY }).split("\n"))];
  if (parsed.success && errors.length === 0) return { ok: true, env: parsed.data };
  return { ok: false, errors };
}

/** Three dot-separated base64url parts, as Discord bot tokens are (id, timestamp, HMAC). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
/** A long random-looking base64url run (a token pasted without its dots): upper and lower case and digits. */
const SECRET_SHAPE = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9_-]{40,}$/;

/** Whether a setting's value looks like a Discord token: it contains the configured token, or a path segment has a token's shape. */
export function looksLikeToken(value: string | undefined, token?: string): boolean {
  const v = value?.trim();
  if (!v) return false;
  const secret = token?.trim();
  if (secret && secret.length >= 20 && v.includes(secret)) return true;
  return v.split(/[\\/]/).some((segment) => {
    const s = segment.replace(/^Bot\s+/, "");
    return TOKEN_SHAPE.test(s) || SECRET_SHAPE.test(s);
  });
}

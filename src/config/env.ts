/**
 * Every setting the bot reads, validated with zod at start. `.env.example` documents each one.
 */
import path from "node:path";
import { z } from "zod";
import { EMBEDDED_CORPUS_DIR, PACKAGE_ROOT } from "./paths.js";

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string())
  .optional()
  .transform((s) => (s ? s : undefined));

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
  /** Where index snapshots are cached; "off" disables them. */
  INDEX_CACHE_DIR: optionalText.transform((d) => (d === "off" ? null : path.resolve(PACKAGE_ROOT, d ?? ".cache"))),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** /ask questions one user may ask per window, and the window in seconds. */
  ASK_COOLDOWN_COUNT: z.coerce.number().int().min(1).max(1000).default(5),
  ASK_COOLDOWN_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** Reload the corpus when its files change (SIGHUP always reloads). */
  CORPUS_WATCH: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** RSS/Atom feeds the bot polls and ingests, separated by spaces, commas or new lines. */
  FEEDS: optionalText
    .transform((s) => (s ? s.split(/[\s,]+/).filter(Boolean) : []))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "expected http(s) feed URLs separated by spaces or commas" })).max(100, "at most 100 feeds")),
  /** Minutes between two polls of each feed (a failing feed waits longer, doubling up to a day). */
  FEED_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** Largest page or feed the ingest fetches, in megabytes. */
  INGEST_MAX_MB: z.coerce.number().min(0.01).max(100).default(5),
  /** Seconds one fetch (redirects and body included) may take. */
  INGEST_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(300).default(15),
});

export type Env = z.infer<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; errors: string[] };

/** Never echoes a value back: a token pasted into the wrong variable must not reach a log. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): EnvResult {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `env: ${i.path.join(".")}: ${i.message}`) };
}

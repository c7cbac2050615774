/**
 * The process's ingest: one store (and so one lock queue and one duplicate index) per corpus folder, shared by the
 * CLI, the /ingest command and the feed poller. The composition root configures it; otherwise it is built from the
 * environment on first use.
 */
import { parseEnv, type Env } from "../config/env.js";
import type { FetchLimits } from "./fetch.js";
import { Ingester } from "./ingest.js";
import { CorpusStore } from "./store.js";

export type IngestEnv = Pick<Env, "CORPUS_DIR" | "INGEST_MAX_MB" | "INGEST_TIMEOUT_SECONDS">;

export function limitsOf(env: Pick<Env, "INGEST_MAX_MB" | "INGEST_TIMEOUT_SECONDS">): Partial<FetchLimits> {
  return { maxBytes: Math.round(env.INGEST_MAX_MB * 1024 * 1024), timeoutMs: Math.round(env.INGEST_TIMEOUT_SECONDS * 1000) };
}

export function createIngester(env: IngestEnv, baseDir?: string): Ingester {
  return new Ingester({ store: new CorpusStore(env.CORPUS_DIR), limits: limitsOf(env), baseDir });
}

let shared: Ingester | undefined;

/** Sets the ingester /ingest and the poller use (the composition root, or a test). */
export function configureIngester(ingester: Ingester): void {
  shared = ingester;
}

export function sharedIngester(): Ingester {
  if (!shared) {
    const env = parseEnv(process.env);
    if (!env.ok) throw new Error(env.errors.join("; "));
    shared = createIngester(env.env);
  }
  return shared;
}

/**
 * The ingester of /ingest: the shared one, refusing private, loopback and link-local addresses unless
 * INGEST_ALLOW_PRIVATE=true (read when the command runs). The CLI and the feed poller are run by the operator and
 * may fetch any address.
 */
export function discordIngester(): Ingester {
  const env = parseEnv(process.env);
  if (!env.ok) throw new Error(env.errors.join("; "));
  return sharedIngester().withAddressPolicy(env.env.INGEST_ALLOW_PRIVATE);
}

/**
 * `cli ingest [--json] <url|file.html|file.txt>...`: adds articles to CORPUS_DIR. With --json one line per item:
 * {"url","status","file"?,"title"?,"outlet"?,"published"?,"reason"?,"code"?}; otherwise one readable line per item (no file
 * names) and a summary. Exit 0 unless an item failed unexpectedly (a refused page is an expected outcome).
 */
import type { Env } from "../config/env.js";
import type { IngestResult } from "../ingest/result.js";
import { createIngester } from "../ingest/service.js";
import { renderIngestLine, renderIngestSummary } from "../render/text/ingestText.js";
import type { CliArgs } from "./args.js";
import { callerDir } from "./callerDir.js";

/**
 * The JSON contract: exactly these keys, in this order, absent ones left out. `reason` is English; `code` is the
 * cause's stable code (src/ingest/cause.ts), absent for an unexpected error.
 */
export function ingestJson(r: IngestResult): string {
  const { url, status, file, title, outlet, published, reason, cause } = r;
  return JSON.stringify({ url, status, file, title, outlet, published, reason, code: cause?.code });
}

export async function runIngest(args: CliArgs, env: Env, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const ingester = createIngester(env, callerDir());
  const results = await ingester.ingest(args.words ?? [], (r) => out(`${args.json ? ingestJson(r) : renderIngestLine(r, args.lang)}\n`));
  if (!args.json) out(`${renderIngestSummary(results, args.lang)}\n`);
  return results.some((r) => r.error) ? 1 : 0;
}

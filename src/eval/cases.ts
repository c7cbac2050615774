/**
 * Evaluation cases, independent of where they come from (JSONL sets over the seed corpus, XQuAD):
 * a question, whether the corpus answers it, and what counts as a hit.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";

/** "tune": questions the ranking may be tuned on; "held-out": never looked at while tuning. */
export type Split = "tune" | "held-out";

/** What a scorer sees of one result (the engine's or the baseline's). */
export interface ResultView {
  file: string;
  /** The whole passage, verbatim, and its offset in the article text. */
  passage: string;
  passageStart: number;
  /** The quote shown (the baseline shows the passage). */
  quote: string;
  /** Files of the same report in other articles. */
  alsoIn: string[];
}

export interface EvalCase {
  q: string;
  answerable: boolean;
  split: Split;
  /** Whether a result answers the question (answerable cases only). */
  hit?: (r: ResultView) => boolean;
  /** Whether the first result's quote holds the answer (answerable cases only). */
  quoteHit?: (r: ResultView) => boolean;
}

export const evalItemSchema = z.union([
  z.object({ q: z.string().min(1), files: z.array(z.string()).min(1), expect: z.string().min(1), answerable: z.literal(true).optional() }),
  z.object({ q: z.string().min(1), answerable: z.literal(false) }),
]);
export type EvalItem = z.infer<typeof evalItemSchema>;

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A JSONL set: a hit is a result from one of `files` (or citing one) whose passage holds `expect`. The quote hit needs
 * `expect` in the first quote.
 */
export function casesOf(items: EvalItem[], split: (i: number) => Split): EvalCase[] {
  return items.map((item, i) => {
    if (item.answerable === false) return { q: item.q, answerable: false, split: split(i) };
    const want = fold(item.expect);
    const files = new Set(item.files);
    return {
      q: item.q,
      answerable: true,
      split: split(i),
      hit: (r) => (files.has(r.file) || r.alsoIn.some((f) => files.has(f))) && fold(r.passage).includes(want),
      quoteHit: (r) => fold(r.quote).includes(want),
    };
  });
}

export async function readEvalFile(file: string): Promise<EvalItem[]> {
  const lines = (await readFile(file, "utf8")).split("\n").filter((l) => l.trim());
  return lines.map((line, i) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`eval: ${file}:${i + 1}: not JSON`);
    }
    const parsed = evalItemSchema.safeParse(json);
    if (!parsed.success) throw new Error(`eval: ${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/**
 * Retrieval evaluation: hit@1, hit@3, MRR@5, quote hit@1 and abstention on question sets.
 * A hit at rank k: one of the top k results comes from one of the expected files
 * and its passage contains the expected words (whitespace folded).
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { answer } from "../answer/answer.js";
import type { Answer } from "../answer/types.js";
import type { Engine } from "../search/engine.js";

export const evalItemSchema = z.union([
  z.object({ q: z.string().min(1), files: z.array(z.string()).min(1), expect: z.string().min(1), answerable: z.literal(true).optional() }),
  z.object({ q: z.string().min(1), answerable: z.literal(false) }),
]);
export type EvalItem = z.infer<typeof evalItemSchema>;

export interface EvalScores {
  name: string;
  answerable: number;
  unanswerable: number;
  hit1: number;
  hit3: number;
  mrr5: number;
  quoteHit1: number;
  /** Unanswerable questions the engine answered anyway. */
  wrongAnswers: number;
  /** Answerable questions it abstained on. */
  wrongAbstentions: number;
  longestQuote: number;
  failures: Array<{ q: string; why: string }>;
}

export async function readEvalFile(file: string): Promise<EvalItem[]> {
  const lines = (await readFile(file, "utf8")).split("\n").filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = evalItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`eval: ${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

export function rankOfHit(a: Answer, files: string[], expect: string): number {
  const want = fold(expect);
  const index = a.results.findIndex(
    (r) => (files.includes(r.file) || r.alsoIn.some((o) => files.includes(o.file))) && fold(r.passage).includes(want),
  );
  return index < 0 ? 0 : index + 1;
}

export function evaluate(engine: Engine, name: string, items: EvalItem[]): EvalScores {
  const s: EvalScores = { name, answerable: 0, unanswerable: 0, hit1: 0, hit3: 0, mrr5: 0, quoteHit1: 0, wrongAnswers: 0, wrongAbstentions: 0, longestQuote: 0, failures: [] };
  for (const item of items) {
    const a = answer(engine, item.q);
    for (const r of a.results) s.longestQuote = Math.max(s.longestQuote, r.quote.length);
    if (item.answerable === false) {
      s.unanswerable++;
      if (!a.abstained) {
        s.wrongAnswers++;
        s.failures.push({ q: item.q, why: `answered: ${a.results[0]?.quote.slice(0, 80)}` });
      }
      continue;
    }
    s.answerable++;
    if (a.abstained) {
      s.wrongAbstentions++;
      s.failures.push({ q: item.q, why: `abstained (${a.reason})` });
      continue;
    }
    const rank = rankOfHit(a, item.files, item.expect);
    if (rank === 1) s.hit1++;
    if (rank >= 1 && rank <= 3) s.hit3++;
    if (rank >= 1 && rank <= 5) s.mrr5 += 1 / rank;
    const top = a.results[0];
    if (top && fold(top.quote).includes(fold(item.expect))) s.quoteHit1++;
    else s.failures.push({ q: item.q, why: `rank ${rank || "-"}; top quote: ${top?.file.slice(0, 3)} ${top?.quote.slice(0, 100)}` });
  }
  const n = Math.max(1, s.answerable);
  s.hit1 /= n;
  s.hit3 /= n;
  s.mrr5 /= n;
  s.quoteHit1 /= n;
  return s;
}

export function formatScores(rows: EvalScores[]): string {
  const head = "| set | answerable | hit@1 | hit@3 | MRR@5 | quote hit@1 | abstained correctly | wrong abstentions | longest quote |";
  const sep = "|---|---|---|---|---|---|---|---|---|";
  const lines = rows.map(
    (r) =>
      `| ${r.name} | ${r.answerable} | ${r.hit1.toFixed(2)} | ${r.hit3.toFixed(2)} | ${r.mrr5.toFixed(2)} | ${r.quoteHit1.toFixed(2)} | ${r.unanswerable - r.wrongAnswers}/${r.unanswerable} | ${r.wrongAbstentions} | ${r.longestQuote} |`,
  );
  return [head, sep, ...lines].join("\n");
}

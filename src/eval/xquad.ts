/**
 * XQuAD (DeepMind, CC-BY-SA 4.0) as an evaluation corpus: one article file per Wikipedia article, its German
 * paragraphs separated by blank lines, no date marker; German and English questions scored against it.
 * A hit: a result from the question's article whose passage lies inside the question's paragraph (its text is part
 * of the paragraph's text: offsets would shift with the whitespace the corpus loader trims). A quote hit: the first
 * result is a hit and its quote holds the German gold answer span.
 *
 * The dev half has questions for the odd-numbered articles only. They are split once more, by article, so that
 * tuning never looks at half of them: articles 1, 5, 9, … are "tune", 3, 7, 11, … are "held-out".
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { EvalCase, Split } from "./cases.js";

const squadSchema = z.object({
  data: z.array(
    z.object({
      title: z.string(),
      paragraphs: z.array(z.object({ context: z.string(), qas: z.array(z.object({ id: z.string(), question: z.string(), answers: z.array(z.object({ text: z.string() })) })) })),
    }),
  ),
});

export interface XquadCorpus {
  /** File name → article text, in data order. */
  files: Array<{ name: string; text: string }>;
  cases: { de: EvalCase[]; en: EvalCase[] };
}

/** Separator between paragraphs in an article file. */
const PARAGRAPH_GAP = "\n\n";

/** The split an article's questions belong to (odd articles only carry questions in the dev half). */
export function xquadSplit(articleIndex: number): Split {
  return articleIndex % 4 === 1 ? "tune" : "held-out";
}

export function readXquad(dir: string): XquadCorpus | null {
  const de = path.join(dir, "xquad.de.dev.json");
  const en = path.join(dir, "xquad.en.dev.json");
  if (!existsSync(de) || !existsSync(en)) return null;
  const german = squadSchema.parse(JSON.parse(readFileSync(de, "utf8")));
  const english = squadSchema.parse(JSON.parse(readFileSync(en, "utf8")));
  const englishById = new Map(english.data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => [q.id, q.question] as const))));
  const files: XquadCorpus["files"] = [];
  const cases: XquadCorpus["cases"] = { de: [], en: [] };
  german.data.forEach((article, i) => {
    const name = `${String(i).padStart(2, "0")}_${article.title.replace(/[^\p{L}\p{N}]+/gu, "_")}.txt`;
    files.push({ name, text: article.paragraphs.map((p) => p.context).join(PARAGRAPH_GAP) });
    for (const p of article.paragraphs) {
      const hit: EvalCase["hit"] = (r) => r.file === name && p.context.includes(r.passage);
      for (const qa of p.qas) {
        const answers = qa.answers.map((a) => a.text.trim()).filter(Boolean);
        const quoteHit: EvalCase["quoteHit"] = (r) => answers.length === 0 || answers.some((a) => r.quote.includes(a));
        cases.de.push({ q: qa.question, answerable: true, split: xquadSplit(i), hit, quoteHit });
        const q = englishById.get(qa.id);
        if (q) cases.en.push({ q, answerable: true, split: xquadSplit(i), hit, quoteHit });
      }
    }
  });
  return { files, cases };
}

/** Writes the corpus folder (once; rewritten when its files differ) and returns its path. */
export function writeXquadCorpus(corpus: XquadCorpus, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(corpus.files.map((f) => f.name));
  const present = new Set(readdirSync(dir).filter((n) => n.endsWith(".txt")));
  const same = wanted.size === present.size && [...wanted].every((n) => present.has(n) && readFileSync(path.join(dir, n), "utf8") === corpus.files.find((f) => f.name === n)!.text);
  if (!same) for (const f of corpus.files) writeFileSync(path.join(dir, f.name), f.text);
  return dir;
}

/**
 * `npm run bench -- parsing [--mb 2]`: how long parsing takes per MB on pathological article shapes: a run of
 * dots, dots with a letter glued on, 50,000 short lines, repeated lines, one word without spaces, "a.a.a.",
 * nested quotes, photo markers. Each shape gets its title (deriveTitle, as parseArticle does) and is split into
 * passages (blocks, captions, sentences), the best of three runs. Prints one markdown table to stdout.
 *
 * Parsing is linear: every shape should take about the same time per MB, far below a second.
 * (The caps in src/corpus/limits.ts keep files with lines over 100,000 characters out of the corpus; this bench
 * skips parseArticle's checks and parses the shapes directly, so it measures the parser whatever the caps.)
 */
import { splitSentences } from "../src/analysis/sentences.js";
import { splitBlocks } from "../src/corpus/blocks.js";
import { splitPassages } from "../src/corpus/passages.js";
import { deriveTitle } from "../src/corpus/title.js";
import type { Article } from "../src/corpus/types.js";
import { isEntryScript, runMain } from "../src/util/runMain.js";

/** Each shape as a function of the size in characters. */
export const SHAPES: Record<string, (chars: number) => string> = {
  "dots": (n) => ".".repeat(n),
  "dots, letter glued on": (n) => `${".".repeat(n - 1)}x`,
  "50,000 short lines": (n) => lines(50_000, n, (i) => `Zeile ${i} mit kurzem Text`, "."),
  "50,000 short headings": (n) => lines(50_000, n, (i) => `Kurz ${i}`),
  "one line repeated": (n) => lines(Math.floor(n / 56), n, () => "Dieselbe Bildunterschrift, mehr als vierzig Zeichen lang"),
  "no spaces": (n) => "a".repeat(n),
  "a.a.a.": (n) => "a.".repeat(n / 2),
  "1.1.1.": (n) => "1.".repeat(n / 2),
  "nested quotes": (n) => `${"„".repeat(Math.floor(n / 6))}Ja.${"“".repeat(Math.floor(n / 6))}`,
  "(M.) markers": (n) => "Lawrow (M.) ".repeat(Math.floor(n / 12)),
  "blank lines with spaces": (n) => `${" \n".repeat(n / 2 - 1)}x`,
};

/** `count` lines of equal width filling `chars`, each ending in `end`. */
function lines(count: number, chars: number, line: (i: number) => string, end = ""): string {
  const width = Math.max(1, Math.floor(chars / count) - 1 - end.length);
  return Array.from({ length: count }, (_, i) => line(i).padEnd(width, "x").slice(0, width) + end).join("\n");
}

export interface ParsingRow {
  shape: string;
  mb: number;
  titleMs: number;
  passagesMs: number;
  passages: number;
  sentencesMs: number;
  blocksMs: number;
}

function best(runs: number, f: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    f();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

export function parsingRows(mb = 2, runs = 3): ParsingRow[] {
  const chars = Math.round(mb * 1_000_000);
  const rows: ParsingRow[] = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    const text = make(chars);
    const article: Article = { id: "900_bench", file: "900_bench.txt", title: deriveTitle(text), date: null, meta: {}, text };
    let passages = 0;
    rows.push({
      shape,
      mb: Buffer.byteLength(text) / 1_000_000,
      titleMs: best(runs, () => deriveTitle(text)),
      passagesMs: best(runs, () => {
        passages = splitPassages(article).length;
      }),
      passages,
      sentencesMs: best(runs, () => splitSentences(text)),
      blocksMs: best(runs, () => splitBlocks(text)),
    });
  }
  return rows;
}

export function printParsingTable(rows: readonly ParsingRow[]): void {
  const ms = (v: number) => v.toFixed(0);
  const lines = [
    "| shape | MB | title ms | passages ms | passages | sentences ms | blocks ms | title + passages per MB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.shape} | ${r.mb.toFixed(2)} | ${ms(r.titleMs)} | ${ms(r.passagesMs)} | ${r.passages} | ${ms(r.sentencesMs)} | ${ms(r.blocksMs)} | ${ms((r.titleMs + r.passagesMs) / r.mb)} ms |`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

export async function main(argv: string[]): Promise<number> {
  const i = argv.indexOf("--mb");
  const mb = i >= 0 ? Number(argv[i + 1]) : 2;
  if (!(mb > 0 && mb <= 64)) {
    process.stderr.write("bench parsing: --mb expects a size in MB (0 < mb ≤ 64)\n");
    return 2;
  }
  printParsingTable(parsingRows(mb));
  return 0;
}

if (isEntryScript(import.meta.url)) runMain(main);

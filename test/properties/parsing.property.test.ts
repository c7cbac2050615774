/**
 * Properties of parsing on pathological shapes: long runs of dots (with and without something glued after
 * them), thousands of short lines (unique, repeated, captions), text without spaces, nested quotes.
 * Whatever the shape, sentences and blocks are verbatim, trimmed, ordered slices that together hold every
 * non-space character; passages are slices of their article; titles stay short.
 *
 * The inputs run to hundreds of thousands of characters. No test here has a time limit: linearity is the ratio of
 * the CPU time for 1 MB of each worst shape to that for 62.5 KB (16 times the text; a quadratic parser costs 256
 * times as much), and `npm run bench -- parsing` prints the speed per MB.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analysis/sentences.js";
import { splitBlocks } from "../../src/corpus/blocks.js";
import { MAX_WRAPPED_LINE, MIN_WRAPPED_LINE } from "../../src/corpus/blockSpans.js";
import { MAX_LINE_CHARS } from "../../src/config/limits.js";
import { parseArticle, withNewlines } from "../../src/corpus/parseArticle.js";
import { splitPassages } from "../../src/corpus/passages.js";
import { deriveTitle, MAX_TITLE_LENGTH } from "../../src/corpus/title.js";
import type { Article } from "../../src/corpus/types.js";
import { paragraphSpans } from "../../src/source/findSource.js";
import { resolveEventDate } from "../../src/timeline/eventDate.js";

const RUNS = 40;

/** The worst shapes, always tried first: 200,000 dots with a letter glued on; 50,000 short lines. */
const DOTS_GLUED = `${".".repeat(200_000)}x`;
const FIFTY_THOUSAND_LINES = Array.from({ length: 50_000 }, (_, i) => `Zeile ${i}`).join("\n");
const examples: Array<[string]> = [[DOTS_GLUED], [FIFTY_THOUSAND_LINES]];

const mark = fc.constantFrom(".", ".", "!", "?", "…", "?!", "...");
const glue = fc.constantFrom("", "x", "X", " und weiter", "“", "“, sagte er.", "\n", " Dann ging er.", "1", "a.b", ")");

/** A run of marks, long enough that rescanning it per mark is quadratic. */
const markRun = fc.tuple(fc.constantFrom("", "Er sagte", "15", "z. B", "(M", "„Wirklich"), mark, fc.integer({ min: 1, max: 120_000 }), glue).map(
  ([before, m, n, after]) => before + m.repeat(Math.ceil(n / m.length)) + after,
);

const shortLine = fc.constantFrom(
  "Zeile",
  "Kurz und knapp.",
  "Ukrainekrieg",
  "Lawrow (M.) spricht mit Rubio.",
  "Foto: Imago",
  "Rubio und Waltz in Dschidda (Quelle: Saul Loeb)",
  "Die Delegationen trafen sich am Dienstag in Dschidda zu Gesprächen.",
  "Die Delegationen trafen sich am Dienstag in Dschidda zu Gesprächen. Reuters/dpa",
  "„Wir sind bereit“",
  "...",
  "   ",
  "",
);
/** Thousands of short lines: repeats, captions, headings, blank lines; numbered or not. */
const manyLines = fc.tuple(fc.array(shortLine, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 8_000 }), fc.boolean(), fc.constantFrom("\n", "\r\n", "\n\n")).map(
  ([lines, count, numbered, sep]) => Array.from({ length: count }, (_, i) => (numbered ? `${lines[i % lines.length]} ${i}` : lines[i % lines.length])).join(sep),
);

/** No spaces at all: one long word, dotted words, digits and dots. */
const noSpaces = fc.tuple(fc.constantFrom("a", "Ab", "a.", "Ab.", "1.", "Wort.Wort", "𝐚.", "ä"), fc.integer({ min: 1, max: 60_000 })).map(([unit, n]) => unit.repeat(n));

/** Quotes inside quotes, with marks inside and after. */
const nestedQuotes = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom("Ja.", "Ja?", "ja!", "Ja…", ""), glue).map(
  ([depth, inner, after]) => `${"„‚»".repeat(depth)}${inner}${"«‘“".repeat(depth)}${after}`,
);

const pathological = fc.oneof(markRun, manyLines, noSpaces, nestedQuotes);
/** Several shapes after one another, as an article might mix them. */
const text = fc.array(fc.oneof(pathological, fc.constantFrom("\n\n", " ", "Die Verhandlungen gehen weiter. ")), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));

/** The first way `spans` fail to be trimmed, ordered, verbatim slices covering every non-space character; null if none. */
function coverProblem(source: string, spans: ReadonlyArray<{ start: number; end: number }>, oneLine: boolean): string | null {
  let last = 0;
  const covered: string[] = [];
  for (const [i, s] of spans.entries()) {
    if (s.start < last || s.end <= s.start) return `span ${i} [${s.start}, ${s.end}) after ${last}`;
    const slice = source.slice(s.start, s.end);
    if (slice !== slice.trim()) return `span ${i} is not trimmed`;
    if (oneLine && slice.includes("\n")) return `span ${i} holds a line break`;
    last = s.end;
    covered.push(slice);
  }
  return covered.join("").replace(/\s/g, "") === source.replace(/\s/g, "") ? null : "the spans do not hold every non-space character";
}

/**
 * The worst shapes as functions of their size in characters; the line shapes get more lines as they grow (a caption
 * detection that compares every line with every other is quadratic in the lines, not in their length).
 */
const SCALED_SHAPES: Record<string, (chars: number) => string> = {
  "dots": (n) => ".".repeat(n),
  "dots, letter glued on": (n) => `${".".repeat(n - 1)}x`,
  "short lines ending in a full stop": (n) => scaledLines(n, (i) => `Zeile ${i} mit kurzem Text.`),
  "short headings": (n) => scaledLines(n, (i) => `Kurz ${i}`),
  "distinct lines long enough to be a repeated caption's prefix": (n) => scaledLines(n, (i) => `Eine Zeile ${i} lang genug für einen Bildunterschrift-Vergleich`, 60),
  "one caption repeated": (n) => scaledLines(n, () => "Dieselbe Bildunterschrift, mehr als vierzig Zeichen lang"),
  "no spaces": (n) => "a".repeat(n),
  "a.a.a.": (n) => "a.".repeat(n / 2),
  "nested quotes": (n) => `${"„".repeat(n / 4)}Ja.${"“".repeat(n / 4)}`,
  "(M.) markers": (n) => "Lawrow (M.) ".repeat(Math.floor(n / 12)),
  "blank lines with spaces": (n) => `${" \n".repeat(n / 2 - 1)}x`,
  "blank lines ending in \\r": (n) => `${" \r".repeat(n / 2 - 1)}x`,
  "short headings ending in \\r": (n) => scaledLines(n, (i) => `Kurz ${i}`).replace(/\n/g, "\r"),
};

/** Lines of `width` characters (the last one a line break) filling `chars`. */
function scaledLines(chars: number, line: (i: number) => string, width = 40): string {
  return Array.from({ length: Math.floor(chars / width) }, (_, i) => line(i).padEnd(width - 1, "x").slice(0, width - 1)).join("\n");
}

/** What parsing an article file does to its text: the title, then blocks, captions, passages and sentences. */
function parse(file: string): number {
  const text = withNewlines(file);
  const article: Article = { id: "900_x", file: "900_x.txt", title: deriveTitle(text), date: null, meta: {}, text };
  return splitPassages(article).length;
}

/** The CPU time of `work` in microseconds, the least of `runs` runs (a run that met a garbage collection counts less). */
function leastCpu(work: () => void, runs: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    work();
    const spent = process.cpuUsage(before);
    least = Math.min(least, spent.user + spent.system);
  }
  return least;
}

describe("parsing grows linearly with the text", () => {
  /**
   * 1 MB against 62.5 KB: a linear parser costs about 16 times as much, a quadratic one 256 times. (Not 2 MB: a
   * quadratic parser would then take hours instead of a minute or two to fail; the ratio does not depend on the size.)
   */
  const BIG = 1_000_000;
  const SMALL = BIG / 16;
  /**
   * The most the ratio may be: five times linear (the garbage collector, processor caches and sorting the lines add
   * to the big text: 10–48 in three runs side by side on two cores, the short headings highest), and under a third of
   * quadratic.
   */
  const MAX_RATIO = 80;

  it.each(Object.keys(SCALED_SHAPES))(
    `GIVEN %s at 1 MB and at 62.5 KB THEN the CPU time grows with the size (a ratio under ${MAX_RATIO} for 16 times the text, never a time limit)`,
    (shape) => {
      const make = SCALED_SHAPES[shape]!;
      const small = make(SMALL);
      const big = make(BIG);
      parse(small); // JIT warm-up
      // The small text is parsed 16 times per run, so both runs handle as many characters and last about as long:
      // the collector, the timer's grain and a busy machine weigh on both alike (one 62.5 KB parse takes ~0.3 ms).
      const sixteenSmall = () => {
        for (let i = 0; i < 16; i++) parse(small);
      };
      const ratio = (16 * leastCpu(() => parse(big), 5)) / Math.max(1, leastCpu(sixteenSmall, 5));
      expect(ratio, `${shape}: 16 times the text cost ${ratio.toFixed(1)} times the CPU`).toBeLessThan(MAX_RATIO);
    },
    60_000,
  );
});

describe("parsing pathological shapes", () => {
  it("GIVEN any such text THEN its sentences are trimmed, ordered, verbatim slices that hold every non-space character", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(coverProblem(t, splitSentences(t), false)).toBeNull();
      }),
      { numRuns: RUNS, examples },
    );
  });

  it("GIVEN any such text THEN its blocks are trimmed lines (or a hard-wrapped paragraph's) that hold every non-space character, and a repeated block is a caption", () => {
    fc.assert(
      fc.property(text, (t) => {
        const blocks = splitBlocks(t);
        // Lines join only in a hard-wrapped text (blockSpans.ts), and never after a line shorter than a wrapped one.
        const hardWrapped = t.split("\n").every((line) => line.trim().length <= MAX_WRAPPED_LINE);
        expect(coverProblem(t, blocks, !hardWrapped)).toBeNull();
        const shortInner = blocks.filter((b) => t.slice(b.start, b.end).split("\n").slice(0, -1).some((line) => line.trim().length < MIN_WRAPPED_LINE));
        expect(shortInner).toEqual([]);
        const kinds = new Map<string, string>();
        const count = new Map<string, number>();
        let mixed: string | null = null;
        for (const b of blocks) {
          const s = t.slice(b.start, b.end);
          // The same line is always the same kind of block.
          if ((kinds.get(s) ?? b.kind) !== b.kind) mixed ??= s;
          kinds.set(s, b.kind);
          count.set(s, (count.get(s) ?? 0) + 1);
        }
        expect(mixed).toBeNull();
        expect([...count].filter(([s, n]) => n > 1 && kinds.get(s) !== "caption")).toEqual([]);
      }),
      { numRuns: RUNS, examples },
    );
  });

  it("GIVEN any such text as an article THEN passages and their sentences are verbatim slices in order, and the title is one short line", () => {
    fc.assert(
      fc.property(text, (t) => {
        // Built by hand: parseArticle would refuse lines over the cap (tested below), the parser must not care.
        const article: Article = { id: "900_x", file: "900_x.txt", title: deriveTitle(t), date: null, meta: {}, text: t };
        expect(article.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        expect(article.title).not.toMatch(/\n/);
        let last = 0;
        const problems: string[] = [];
        for (const p of splitPassages(article)) {
          if (p.start < last) problems.push(`${p.id} starts before the previous passage`);
          if (article.text.slice(p.start, p.start + p.text.length) !== p.text) problems.push(`${p.id} is not a slice of the article`);
          let at = 0;
          for (const s of p.sentences) {
            const found = p.text.indexOf(s, at);
            if (found < 0) problems.push(`${p.id}: a sentence is not in order in the passage`);
            else at = found + s.length;
          }
          last = p.start;
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, examples },
    );
  });

  it("GIVEN any such text as a file THEN it loads, or is refused as empty or for a line over the cap, naming the line", () => {
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseArticle("900_x.txt", new TextEncoder().encode(t));
        const longest = Math.max(...t.split("\n").map((line) => line.length));
        if (longest > MAX_LINE_CHARS) {
          expect(parsed).toMatchObject({ ok: false, code: "line_too_long", reason: expect.stringMatching(/^line \d+ is longer than 100000 characters/) });
        } else if (t.trim() === "") expect(parsed).toMatchObject({ ok: false });
        else expect(parsed.ok).toBe(true);
      }),
      { numRuns: RUNS, examples },
    );
  });

  it("GIVEN any such text (and one with a million spaces inside a paragraph) THEN /source's paragraphs are ordered, start at text and hold every non-space character", () => {
    const spaced = `a${" ".repeat(1_000_000)}b\n \n${" \t".repeat(100_000)}c`;
    fc.assert(
      fc.property(text, (t) => {
        const spans = paragraphSpans(t);
        let last = 0;
        const problems: string[] = [];
        for (const p of spans) {
          if (p.start < last || p.end <= p.start || /\s/.test(t[p.start]!)) problems.push(`[${p.start}, ${p.end})`);
          last = p.end;
        }
        expect(problems).toEqual([]);
        expect(spans.map((p) => t.slice(p.start, p.end)).join("").replace(/\s/g, "")).toBe(t.replace(/\s/g, ""));
      }),
      { numRuns: RUNS, examples: [...examples, [spaced]] },
    );
  });

  it("GIVEN a one-megabyte sentence that names a weekday in every clause THEN the timeline's date resolver dates it to a day", () => {
    const sentence = "Lawrow sagte am Montag vor drei Tagen in Riad, ".repeat(20_000);
    expect(resolveEventDate(sentence, { articleDate: "2025-03-01" })).toMatchObject({ date: "2025-02-24", precision: "day" });
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { clip, clipAtWord, formatZodError, INVISIBLE, inQuotationMarks, ONE_INVISIBLE, shorten, shortenTitle } from "../../src/util/text.js";

describe("cutting to a length", () => {
  it("GIVEN clip THEN a hard cut that never splits a surrogate pair, no mark", () => {
    expect(clip("Waffenruhe", 6)).toBe("Waffen");
    expect(clip("ab😀", 3)).toBe("ab");
    expect(clip("kurz", 10)).toBe("kurz");
  });

  it("GIVEN clipAtWord THEN no cut word at the end: back to the last whitespace, a single long word cut hard", () => {
    expect(clipAtWord("Lawrow Rubio Waffenruhe", 16)).toBe("Lawrow Rubio");
    expect(clipAtWord("Lawrow Rubio Waffenruhe", 13)).toBe("Lawrow Rubio");
    // A letter beyond the BMP (two UTF-16 units) at the cut is part of the word too.
    expect(clipAtWord("ab 𠀀𠀀cd", 5)).toBe("ab");
    expect(clipAtWord("Lawrow Rubio, Waffenruhe", 13)).toBe("Lawrow Rubio,");
    expect(clipAtWord("Waffenruhe", 6)).toBe("Waffen");
    expect(clipAtWord("ab 😀😀", 5)).toBe("ab 😀");
    expect(clipAtWord("kurz", 10)).toBe("kurz");
  });

  it("GIVEN shorten THEN a cut at a word in the last 40 % marked with …, never longer than max", () => {
    expect(shorten("Sergej Lawrow telefoniert mit Marco Rubio", 20)).toBe("Sergej Lawrow…");
    expect(shorten("Donaudampfschifffahrtsgesellschaft", 10)).toBe("Donaudamp…");
    expect(shorten("a\\\\\\ b", 4)).toBe("a…");
  });

  it("GIVEN shortenTitle THEN whitespace folded, cut at a word in the last half, no dangling comma", () => {
    expect(shortenTitle("Rubio  und\nLawrow, beraten über Schritte", 20)).toBe("Rubio und Lawrow…");
    expect(shortenTitle("  kurz  ", 20)).toBe("kurz");
  });
});

describe("invisible characters", () => {
  it("GIVEN soft hyphens, zero-width and bidi marks THEN one pattern finds them all", () => {
    expect("Waf\u00ADfen\u200Bru\u200Ehe\uFEFF".replace(INVISIBLE, "")).toBe("Waffenruhe");
    expect(ONE_INVISIBLE.test("\u2060")).toBe(true);
    expect(ONE_INVISIBLE.test("a")).toBe(false);
  });
});

describe("formatZodError", () => {
  const schema = z.object({ entries: z.record(z.string(), z.array(z.string())), version: z.literal(1) });

  it("GIVEN the input THEN each issue says what it found, up to max, and the rest are counted", () => {
    const input = { entries: { "security guarantees": "x" }, version: 2 };
    const error = schema.safeParse(input).error!;
    expect(formatZodError("glossary: g.json", error, { input, max: 1 })).toBe(
      'glossary: g.json: entries["security guarantees"]: expected array, received string\nglossary: g.json: ... and 1 more problems',
    );
  });

  it("GIVEN a key with control or format characters THEN the path and an unknown key are printed escaped, on one line", () => {
    const key = "a\u202eb\u0085c\u001b[2Jd\ne";
    const path = formatZodError("x.json", schema.safeParse({ entries: { [key]: "x" }, version: 1 }).error!);
    expect(path).toBe('x.json: entries["a\\u202eb\\u0085c\\u001b[2Jd\\ne"]: Invalid input: expected array, received string');
    const strict = z.strictObject({ version: z.literal(1) });
    const unknown = formatZodError("x.json", strict.safeParse({ version: 1, [key]: 1 }).error!, { input: { version: 1, [key]: 1 } });
    expect(unknown).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(unknown).toContain("\\u202e");
  });

  it("GIVEN no input THEN the issue's own message", () => {
    const error = z.object({ id: z.string().regex(/^[a-z]+$/, "expected a slug") }).safeParse({ id: "A" }).error!;
    expect(formatZodError("actors: x.json", error)).toBe("actors: x.json: id: expected a slug");
  });
});

describe("inQuotationMarks: a quote in plain text never shows doubled marks", () => {
  it("GIVEN a quote without marks at its edges THEN it is set in „…“", () => {
    expect(inQuotationMarks("Die Ukraine stimmte zu.")).toBe("„Die Ukraine stimmte zu.“");
    // A hard-wrapped article's quote keeps its line breaks (verbatim); shown, it is one line.
    expect(inQuotationMarks("Die Ukraine\nstimmte zu.")).toBe("„Die Ukraine stimmte zu.“");
    expect(inQuotationMarks("Er sagte „ja“ dazu.")).toBe("„Er sagte „ja“ dazu.“");
  });

  it("GIVEN a quote that opens or closes with a quotation mark THEN it is set in »…«", () => {
    expect(inQuotationMarks("„Wir kennen uns gut“, sagt er.")).toBe("»„Wir kennen uns gut“, sagt er.«");
    expect(inQuotationMarks("Er sagte: „Wir bleiben.“")).toBe("»Er sagte: „Wir bleiben.“«");
    expect(inQuotationMarks('"So ist es", sagte sie.')).toBe('»"So ist es", sagte sie.«');
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { containment, editDistance, resemblance, SHINGLE_WORDS, shingleHashes, shingles, shingleWordHashes, shingleWords } from "../../src/analysis/similarity.js";
import { hashUnits } from "../../src/analysis/tokenScanner.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

describe("containment", () => {
  it("GIVEN a set inside another THEN 1, measured on the smaller side", () => {
    expect(containment(new Set(["a", "b"]), new Set(["a", "b", "c", "d"]))).toBe(1);
  });
  it("GIVEN half of the smaller set shared THEN 0.5", () => {
    expect(containment(new Set(["a", "b", "x", "y", "z", "q"]), new Set(["a", "b", "c", "d"]))).toBe(0.5);
  });
  it("GIVEN a smaller set below minSize or empty THEN 0", () => {
    expect(containment(new Set(["a"]), new Set(["a", "b"]), 2)).toBe(0);
    expect(containment(new Set(), new Set(["a"]))).toBe(0);
  });
});

describe("editDistance", () => {
  it("GIVEN a typo, a transposition and another word THEN 1, 1 and more", () => {
    expect(editDistance("lawrow", "lawrov")).toBe(1);
    expect(editDistance("selenksyj", "selenskyj")).toBe(1);
    expect(editDistance("putin", "rubio")).toBeGreaterThan(2);
  });
});

describe("shingles", () => {
  it("GIVEN German text with umlauts, ß, hyphens and punctuation THEN words are folded and punctuation dropped", () => {
    expect(shingleWords("Der US-Außenminister sagte: „Größe!“")).toEqual(["der", "usaussenminister", "sagte", "grosse"]);
  });
  it("GIVEN seven words THEN three overlapping five-word shingles", () => {
    expect([...shingles("Rubio und Lawrow hätten am Samstag telefoniert.")]).toEqual([
      "rubio und lawrow hatten am",
      "und lawrow hatten am samstag",
      "lawrow hatten am samstag telefoniert",
    ]);
  });
  it("GIVEN fewer words than the shingle size THEN one shingle of all words; no words THEN none", () => {
    expect([...shingles("Nur Danke.")]).toEqual(["nur danke"]);
    expect(shingles(" – … ").size).toBe(0);
  });
  it("GIVEN \"Ukraine-Kriegs\" and \"Ukrainekriegs\" (000 and 001 spell it differently) THEN the same shingles", () => {
    expect(shingles("über eine Beendigung des Ukraine-Kriegs beraten")).toEqual(shingles("über eine Beendigung des Ukrainekriegs beraten"));
  });
  it("GIVEN the size default THEN it is SHINGLE_WORDS (five words)", () => {
    expect(SHINGLE_WORDS).toBe(5);
    expect([...shingles("a b c d e f", 3)]).toEqual(["a b c", "b c d", "c d e", "d e f"]);
  });
});

describe("resemblance", () => {
  it("GIVEN identical, disjoint and half-shared sets THEN 1, 0 and shared/union", () => {
    expect(resemblance(new Set(["a", "b"]), new Set(["a", "b"]))).toBe(1);
    expect(resemblance(new Set(["a"]), new Set(["b"]))).toBe(0);
    expect(resemblance(new Set(["a", "b", "c"]), new Set(["b", "c", "d"]))).toBe(0.5);
    expect(resemblance(new Set(), new Set())).toBe(0);
  });
});

describe("shingle containment tells a syndicated copy from an article about the same people", () => {
  const original =
    "Die Ukraine hatte am Dienstag einem US-Vorschlag für eine 30-tägige Waffenruhe mit Russland zugestimmt. Die USA sagten zu, die zwischenzeitlich gestoppte Militärhilfe für die Ukraine wieder aufzunehmen.";
  const copy =
    "Die Ukraine hatte am vergangenen Dienstag einem US-Vorschlag für eine 30-tägige Waffenruhe mit Russland zugestimmt. Die USA sagten zu, die zwischenzeitlich gestoppte Militärhilfe für die Ukraine wieder aufzunehmen.";
  const sameTopic =
    "Russland hat den US-Vorschlag einer Waffenruhe für 30 Tage bislang nicht angenommen, während die Ukraine zugestimmt hat. Washington will der Ukraine die Militärhilfe wieder liefern.";
  it("GIVEN a copy with one inserted word THEN most shingles are shared", () => {
    expect(containment(shingles(original), shingles(copy))).toBeGreaterThan(0.8);
  });
  it("GIVEN different sentences naming the same parties and topic THEN no shingle is shared", () => {
    expect(containment(shingles(original), shingles(sameTopic))).toBe(0);
  });
});

describe("shingleWordHashes", () => {
  const alphabet = ["a", "Z", "ä", "Ö", "ß", "é", "7", "½", "-", "‐", "‑", "'", "’", " ", "\n", ".", "„", "“", "--", "ǅ", "ﬁ", "𝔘", "𝟗", "😀", "漢", "\u0301", "İ", "x-y", "’s"];
  const texts = [
    "Der US-Außenminister sagte: „Größe!“ -- geht’s? a--b -c d- 'e' ’f’",
    "Ukraine-Kriegs Ukrainekriegs 28-Punkte-Plan 1.200 ½ ﬁnal 𝔘𝔨𝔯𝔞𝔦𝔫𝔢 漢字 😀x",
    "",
    "- ' ’",
  ];
  let seed = 7;
  for (let n = 0; n < 300; n++) {
    let text = "";
    const length = 1 + (n % 40);
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += alphabet[seed % alphabet.length];
    }
    texts.push(text);
  }

  it("GIVEN text with joiners, marks, ligatures, astral letters and emoji THEN the hashes of shingleWords' words, in order", () => {
    for (const text of texts) expect(shingleWordHashes(text), JSON.stringify(text)).toEqual(shingleWords(text).map((w) => hashUnits(w, 0, w.length)));
  });
});

describe("shingleHashes", () => {
  const paragraphs = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(path.join(CORPUS_DIR, f), "utf8").split(/\n\s*\n/))
    .filter((p) => p.trim().length > 0);

  it("GIVEN every pair of the seed articles' paragraphs THEN the same containment and resemblance as the string shingles", () => {
    const strings = paragraphs.map((p) => shingles(p));
    const hashes = paragraphs.map((p) => shingleHashes(p));
    let compared = 0;
    let overlapping = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      expect(hashes[i]!.size).toBe(strings[i]!.size);
      for (let j = i + 1; j < paragraphs.length; j++) {
        const shared = containment(strings[i]!, strings[j]!);
        expect(containment(hashes[i]!, hashes[j]!)).toBe(shared);
        expect(resemblance(hashes[i]!, hashes[j]!)).toBe(resemblance(strings[i]!, strings[j]!));
        compared++;
        if (shared > 0) overlapping++;
      }
    }
    // The syndicated pair 000/001 shares paragraphs: the comparison covers overlap, not only disjoint sets.
    expect(overlapping).toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(1000);
  });

  it("GIVEN the same words in another order or fewer than five words THEN other runs, one run of all words", () => {
    expect(shingleHashes("eins zwei drei vier fünf")).not.toEqual(shingleHashes("zwei eins drei vier fünf"));
    expect(shingleHashes("Rubio und Lawrow").size).toBe(1);
    expect(shingleHashes("Rubio und Lawrow")).toEqual(shingleHashes("rubio, und LAWROW!"));
    expect(shingleHashes("").size).toBe(0);
  });
});

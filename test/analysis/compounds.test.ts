import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE_PARTS, CompoundSplitter, MIN_COMPOUND_LENGTH, MIN_LAST_PART_LENGTH, MIN_PART_LENGTH, MIN_TAIL_LENGTH, SHORT_LAST_PARTS, withoutTailEndings } from "../../src/analysis/compounds.js";

describe("CompoundSplitter: German compounds split into known parts", () => {
  const splitter = new CompoundSplitter(["angriff", "rakete", "erkenntnis", "militar", "geheimdienst", "einsatz"]);

  it("GIVEN a compound whose parts are known as written THEN it splits, the linker dropped", () => {
    expect(splitter.split("sicherheitsgarantien")).toEqual(["sicherheit", "garantien"]);
    expect(splitter.split("militarhilfe")).toEqual(["militar", "hilfe"]);
  });

  it("GIVEN an inflected last part (plural, genitive, dative) THEN it splits like the base form", () => {
    expect(splitter.split("armeechefs")).toEqual(["armee", "chefs"]);
    expect(splitter.split("militarchefs")).toEqual(["militar", "chefs"]);
    expect(splitter.split("raketenangriffen")).toEqual(["raketen", "angriffen"]);
    expect(splitter.split("geheimdiensterkenntnissen")).toEqual(["geheimdienst", "erkenntnissen"]);
  });

  it("GIVEN a compound whose last part is Amt or See THEN it splits there; one on -tag (a parliament, a weekday) does not", () => {
    const known = new CompoundSplitter(["minister", "kanzler", "donner", "boden"]);
    expect(known.split("ministeramt")).toEqual(["minister", "amt"]);
    expect(known.split("kanzleramt")).toEqual(["kanzler", "amt"]);
    expect(known.split("bodensee")).toEqual(["boden", "see"]);
    expect(known.split("bundestag")).toEqual([]);
    expect(known.split("donnerstag")).toEqual([]);
    expect(splitter.split("militarschlag")).toEqual(["militar", "schlag"]);
  });

  it("GIVEN an unknown word THEN it stays whole", () => {
    expect(splitter.split("hochblauen")).toEqual([]);
    expect(splitter.split("quxfoobarbaz")).toEqual([]);
  });
});

/**
 * The splitter as it was written before it looked parts up by their place in the word (slices and a Set): the
 * reference the table-based splitter must equal.
 */
class SlicingSplitter {
  private readonly words = new Set<string>();
  constructor(dictionary: Iterable<string>) {
    for (const w of dictionary) if (w.length >= MIN_PART_LENGTH) this.words.add(w);
    for (const w of BASE_PARTS) this.words.add(w);
  }
  known(): string[] {
    return [...this.words];
  }
  split(word: string): string[] {
    if (word.length < MIN_COMPOUND_LENGTH) return [];
    return this.splitKnown(word, 0) ?? this.splitByTail(word) ?? [];
  }
  private splitByTail(word: string): string[] | null {
    for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_TAIL_LENGTH; cut++) {
      if (this.knownTail(word.slice(cut))) return [this.knownHead(word.slice(0, cut)) ?? word.slice(0, cut), word.slice(cut)];
    }
    return null;
  }
  private splitKnown(word: string, depth: number): string[] | null {
    for (let cut = word.length - (depth === 0 ? MIN_LAST_PART_LENGTH : MIN_PART_LENGTH); cut >= MIN_PART_LENGTH; cut--) {
      const tail = word.slice(cut);
      if (!(tail.length >= MIN_PART_LENGTH ? this.knownTail(tail) : SHORT_LAST_PARTS.has(tail))) continue;
      const head = this.knownHead(word.slice(0, cut));
      if (head !== null) return [head, tail];
      if (depth < 2) {
        const inner = this.splitKnown(word.slice(0, cut), depth + 1);
        if (inner) return [...inner, tail];
      }
    }
    return null;
  }
  private knownTail(tail: string): boolean {
    if (this.words.has(tail)) return true;
    for (const ending of ["s", "es", "n", "en", "e", "er", "ern", "nen", "sen", "se"]) {
      if (tail.length - ending.length >= MIN_PART_LENGTH && tail.endsWith(ending) && this.words.has(tail.slice(0, -ending.length))) return true;
    }
    return false;
  }
  private knownHead(head: string): string | null {
    if (this.words.has(head)) return head;
    for (const linker of ["s", "es", "n", "en", "ens", "er", "e"]) {
      if (head.length - linker.length >= MIN_PART_LENGTH && head.endsWith(linker) && this.words.has(head.slice(0, -linker.length))) return head.slice(0, -linker.length);
    }
    return null;
  }
}

describe("CompoundSplitter: parts looked up in place equal the slicing splitter's", () => {
  // Words built from a small alphabet, dictionary words, linkers and endings: many cuts hit known words.
  const piece = fc.oneof(
    fc.constantFrom("hilfe", "ruhe", "angriff", "rakete", "krieg", "staat", "militar", "gesprach", "frieden"),
    fc.constantFrom("s", "es", "n", "en", "ens", "er", "e", "ern", "nen", "sen", "se"),
    fc.string({ unit: fc.constantFrom("a", "e", "n", "s", "r", "t", "ä", "ß"), minLength: 1, maxLength: 6 }),
  );
  const word = fc.array(piece, { minLength: 1, maxLength: 7 }).map((parts) => parts.join(""));

  it("GIVEN random dictionaries and words THEN every split and the known words are the same", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 200 }), (dictionary, words) => {
        const splitter = new CompoundSplitter(dictionary);
        const reference = new SlicingSplitter(dictionary);
        expect([...splitter.knownWords()]).toEqual(reference.known());
        for (const w of [...words, ...dictionary]) expect(splitter.split(w)).toEqual(reference.split(w));
      }),
      { numRuns: 300 },
    );
  });

  it("GIVEN a word longer than the table of hash powers THEN it splits like the reference", () => {
    const long = `${"a".repeat(300)}hilfe`;
    const splitter = new CompoundSplitter([long.slice(0, 300), "aaaaaaaa"]);
    expect(splitter.split(long)).toEqual(new SlicingSplitter([long.slice(0, 300), "aaaaaaaa"]).split(long));
    expect(splitter.split(long)).toEqual([long.slice(0, 300), "hilfe"]);
  });
});


describe("withoutTailEndings: the forms a dictionary of base forms is asked for", () => {
  it("GIVEN an inflected word THEN the word as written comes first, then each form without an ending it has, no shorter than the minimum", () => {
    expect(withoutTailEndings("erkenntnissen", MIN_PART_LENGTH)).toEqual(["erkenntnissen", "erkenntnisse", "erkenntniss", "erkenntnis"]);
    expect(withoutTailEndings("bodenschatzen", MIN_PART_LENGTH)).toEqual(["bodenschatzen", "bodenschatze", "bodenschatz"]);
    expect(withoutTailEndings("hause", MIN_PART_LENGTH)).toEqual(["hause", "haus"]);
    // Too short to lose an ending: "haus" stays as written.
    expect(withoutTailEndings("haus", MIN_PART_LENGTH)).toEqual(["haus"]);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  foldKeys,
  type Glossary,
  loadGlossary,
  loadSynonyms,
  loadVariants,
  parseGlossary,
  parseVariants,
  type Variants,
} from "../../src/analysis/lexiconFiles.js";
import { formatPath } from "../../src/util/text.js";

const GLOSSARY_PATH = "corpus/glossary.en-de.json";
const VARIANTS_PATH = "corpus/variants.json";
const QUESTIONS_PATH = "test/analysis/englishQuestions.json";

let glossary: Glossary;
let variants: Variants;
let scratch: string;

beforeAll(async () => {
  const g = await loadGlossary(GLOSSARY_PATH);
  const v = await loadVariants(VARIANTS_PATH);
  if (!g.ok) throw new Error(g.error);
  if (!v.ok) throw new Error(v.error);
  glossary = g.value;
  variants = v.value;
  scratch = mkdtempSync(join(tmpdir(), "lexicon-files-"));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function writeScratch(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function glossaryError(content: unknown): Promise<string> {
  const path = writeScratch("glossary.json", content);
  const r = await loadGlossary(path);
  if (r.ok) throw new Error("expected the glossary to be rejected");
  return r.error.replaceAll(path, "<path>");
}

async function variantsError(content: unknown): Promise<string> {
  const path = writeScratch("variants.json", content);
  const r = await loadVariants(path);
  if (r.ok) throw new Error("expected the variants to be rejected");
  return r.error.replaceAll(path, "<path>");
}

// ------------------------------------------------------------------ English question coverage

/** Same token shape as the analyzer: words, numbers, hyphen/apostrophe compounds. */
const TOKEN = /[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*/gu;

function englishTokens(question: string): string[] {
  return [...question.matchAll(TOKEN)].map((m) => m[0].toLowerCase().replace(/['’]s$/, "").replace(/[‐‑]/g, "-"));
}

type Covered = { token: string; by: "glossary"; key: string; german: string[] } | { token: string; by: "name" | "number" } | { token: string; by: "none" };

function nameSet(): Set<string> {
  const names = new Set<string>();
  for (const g of variants.groups) for (const s of [g.canonical, ...g.variants]) for (const k of foldKeys(s)) names.add(k);
  return names;
}

/** Greedy longest glossary match over the question, then names from variants.json and numbers. */
function coverage(question: string): Covered[] {
  const entries = glossary.entries;
  const maxWords = Math.max(...Object.keys(entries).map((k) => k.split(" ").length));
  const names = nameSet();
  const words = englishTokens(question);
  const out: Covered[] = [];
  const single = (token: string): Covered => {
    const german = entries[token];
    if (german !== undefined) return { token, by: "glossary", key: token, german };
    if (/^\d+$/.test(token)) return { token, by: "number" };
    if (foldKeys(token).some((k) => names.has(k))) return { token, by: "name" };
    return { token, by: "none" };
  };
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let n = Math.min(maxWords, words.length - i); n >= 2; n--) {
      const key = words.slice(i, i + n).join(" ");
      const german = entries[key];
      if (german !== undefined) {
        out.push({ token: key, by: "glossary", key, german });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const token = words[i]!;
    i++;
    const whole = single(token);
    // A hyphen compound not listed as a whole ("80-year-old") is covered when all its parts are.
    if (whole.by === "none" && token.includes("-")) out.push(...token.split("-").filter(Boolean).map(single));
    else out.push(whole);
  }
  return out;
}

function uncovered(question: string): string[] {
  return coverage(question)
    .filter((c) => c.by === "none")
    .map((c) => c.token);
}

/** Glossary keys of the question that map to German words (content), in order. */
function contentKeys(question: string): string[] {
  return coverage(question).flatMap((c) => (c.by === "glossary" && c.german.length > 0 ? [c.key] : []));
}

const QuestionFile = z.array(
  z.union([
    z.strictObject({ q: z.string().min(1), file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/), expect: z.string().min(3) }),
    z.strictObject({ q: z.string().min(1), answerable: z.literal(false) }),
  ]),
);

function corpusFiles(): string[] {
  return readdirSync("corpus")
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

function foldGerman(s: string): string {
  return s.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/\p{M}/gu, "");
}

// ------------------------------------------------------------------ tests

describe("shipped lexicon files", () => {
  it("GIVEN corpus/glossary.en-de.json THEN it validates with version 1 and more than 1,500 keys", () => {
    expect(glossary.version).toBe(1);
    expect(Object.keys(glossary.entries).length).toBeGreaterThan(1500);
  });

  it("GIVEN corpus/variants.json THEN it validates and every group has variants", () => {
    expect(variants.version).toBe(1);
    expect(variants.groups.length).toBeGreaterThan(50);
    for (const g of variants.groups) expect(g.variants.length).toBeGreaterThan(0);
  });

  it("GIVEN corpus/synonyms.de.json THEN it validates; a name of one word or of five, a name without short form and a hyphenated short form are rejected", async () => {
    const s = await loadSynonyms("corpus/synonyms.de.json");
    if (!s.ok) throw new Error(s.error);
    expect(s.value.names).toEqual(expect.arrayContaining([["Europäische Union", "EU"]]));
    const rejected = async (names: string[][]) => {
      const r = await loadSynonyms(writeScratch("names.json", { version: 1, groups: [], names }));
      return r.ok ? "" : r.error;
    };
    expect(await rejected([["Europäische Union"]])).not.toBe("");
    expect(await rejected([["Nordatlantikvertrag", "Nato-Vertrag"]])).toMatch(/two to four words/);
    expect(await rejected([["Eins Zwei Drei Vier Fünf", "X"]])).toMatch(/two to four words/);
    expect(await rejected([["Europäische Kommission", "EU-Kommission"]])).toMatch(/one word of letters and digits/);
    expect(await rejected([["Europäische Union", "EU"]])).toBe("");
  });

  it("GIVEN the glossary THEN the phrases and words the brief names translate as required", () => {
    const has = (key: string, ...german: string[]) => expect(glossary.entries[key], key).toEqual(expect.arrayContaining(german));
    has("ceasefire", "Waffenruhe", "Waffenstillstand", "Feuerpause");
    has("talks", "Gespräche", "Verhandlungen", "Beratungen");
    has("phone call", "Telefonat", "Telefongespräch", "telefonieren", "Anruf");
    has("agree", "zustimmen", "Zustimmung", "vereinbaren", "einig", "verständigen");
    has("security guarantees", "Sicherheitsgarantien");
    has("rare earths", "Seltene Erden");
    has("video conference", "Videokonferenz");
    has("foreign minister", "Außenminister");
    has("white house", "Weißes Haus");
    has("stock market", "Börse", "Aktienmarkt");
    has("petrol", "Benzin");
    has("turkey", "Türkei");
    has("austria", "Österreich");
    has("military aid", "Militärhilfe");
    has("how old", "alt", "Jährige", "Alter");
    has("zelensky", "Selenskyj");
    has("lavrov", "Lawrow");
    has("peskov", "Peskow");
    has("kremlin", "Kreml");
    has("kyiv", "Kiew");
    has("jeddah", "Dschidda");
    has("houthis", "Huthis", "Huthi");
    has("yemen", "Jemen");
    has("munich", "München");
    has("saudi arabia", "Saudi-Arabien");
    has("nato", "NATO", "Nato");
    has("g7", "G7", "G-7");
  });

  it("GIVEN irregular English verb forms THEN each has its own key with German words", () => {
    for (const form of ["said", "met", "spoke", "thought", "took", "sent", "went", "gave", "held", "began", "agreed", "agrees", "agreeing", "proposed", "stopped"]) {
      expect(glossary.entries[form]?.length ?? 0, form).toBeGreaterThan(0);
    }
  });

  it("GIVEN content-free question words THEN they are listed explicitly with no German words", () => {
    for (const w of ["what", "who", "whom", "when", "where", "why", "which", "how", "how many", "how much", "is", "did", "the"]) {
      expect(glossary.entries[w], w).toEqual([]);
    }
  });

  it("GIVEN a glossary key that is itself a listed spelling variant THEN it translates to that group's canonical form", () => {
    const canonicalOf = new Map<string, string>();
    for (const g of variants.groups) for (const s of [g.canonical, ...g.variants]) canonicalOf.set(foldGerman(s), g.canonical);
    const mismatches: string[] = [];
    for (const [key, german] of Object.entries(glossary.entries)) {
      const canonical = canonicalOf.get(foldGerman(key));
      if (canonical === undefined || german.length === 0) continue;
      const folded = german.map(foldGerman);
      if (!folded.includes(foldGerman(canonical))) mismatches.push(`${key} → ${german.join(", ")} (canonical ${canonical})`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("invalid glossary files", () => {
  it("GIVEN an entry that is not a list THEN the error names the file and the entry", async () => {
    const error = await glossaryError({ version: 1, entries: { ceasefire: "Waffenruhe" } });
    expect(error).toBe("glossary: <path>: entries.ceasefire: expected array, received string");
  });

  it("GIVEN a key that is not lowercase or not trimmed THEN each is reported", async () => {
    const error = await glossaryError({ version: 1, entries: { Ceasefire: ["Waffenruhe"], " talks": ["Gespräche"], "phone  call": ["Telefonat"] } });
    expect(error).toContain('glossary: <path>: entries.Ceasefire: key "Ceasefire" is not lowercase');
    expect(error).toContain('glossary: <path>: entries[" talks"]: key " talks" has leading or trailing whitespace');
    expect(error).toContain('glossary: <path>: entries["phone  call"]: key "phone  call" must separate words by single spaces');
  });

  it("GIVEN empty, padded or repeated German words THEN they are reported with their position", async () => {
    const error = await glossaryError({ version: 1, entries: { talks: ["Gespräche", ""], deal: [" Deal"], truce: ["Waffenruhe", "Waffenruhe"] } });
    expect(error).toContain("glossary: <path>: entries.talks[1]: empty string");
    expect(error).toContain('glossary: <path>: entries.deal[0]: " Deal" has leading or trailing whitespace');
    expect(error).toContain('glossary: <path>: entries.truce[1]: German term "Waffenruhe" repeats [0]');
  });

  it("GIVEN a wrong version or an unknown top-level key THEN both are reported", async () => {
    const error = await glossaryError({ version: 2, entries: {}, comment: "x" });
    expect(error).toContain("glossary: <path>: version: expected 1, received 2");
    expect(error).toContain('glossary: <path>: unknown key "comment"');
  });

  it("GIVEN no entries object THEN the error says what was expected", async () => {
    const error = await glossaryError({ version: 1 });
    expect(error).toBe("glossary: <path>: entries: expected record, received nothing");
  });

  it("GIVEN broken JSON or a missing file THEN the error says so with the prefix", async () => {
    expect(await glossaryError('{"version": 1, "entries": {')).toMatch(/^glossary: <path>: invalid JSON: /);
    const missing = join(scratch, "does-not-exist.json");
    const r = await loadGlossary(missing);
    expect(r).toEqual({ ok: false, error: `glossary: ${missing}: cannot read file (ENOENT)` });
  });

  it("GIVEN many problems THEN the error lists 20 and counts the rest", async () => {
    const entries = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`Key${i}`, ["x"]]));
    const lines = (await glossaryError({ version: 1, entries })).split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe("glossary: <path>: ... and 5 more problems");
  });

  it("GIVEN parsed data THEN parseGlossary validates it under the given source name", () => {
    expect(parseGlossary({ version: 1, entries: { what: [] } }, "inline")).toEqual({ ok: true, value: { version: 1, entries: { what: [] } } });
    const r = parseGlossary({ version: 1, entries: { what: [1] } }, "inline");
    expect(r).toEqual({ ok: false, error: "glossary: inline: entries.what[0]: expected string, received number" });
  });
});

describe("invalid variants files", () => {
  it("GIVEN a variant listed in two groups THEN the second listing is reported against the first group", async () => {
    const error = await variantsError({
      version: 1,
      groups: [
        { canonical: "Lawrow", variants: ["Lavrov"] },
        { canonical: "Lawrov", variants: ["lavrov"] },
      ],
    });
    expect(error).toBe('variants: <path>: groups[1].variants[0]: "lavrov" is already listed as "Lavrov" in group "Lawrow" (groups[0])');
  });

  it("GIVEN a canonical form that another group lists as a variant THEN it is reported", async () => {
    const error = await variantsError({
      version: 1,
      groups: [
        { canonical: "Kiew", variants: ["Kyiv"] },
        { canonical: "Kyiv", variants: ["Kyjiw"] },
      ],
    });
    expect(error).toContain('variants: <path>: groups[1].canonical: "Kyiv" is already listed as "Kyiv" in group "Kiew" (groups[0])');
  });

  it("GIVEN spellings equal after umlaut folding in different groups THEN they collide", async () => {
    const error = await variantsError({
      version: 1,
      groups: [
        { canonical: "München", variants: ["Munich"] },
        { canonical: "Muenchen", variants: ["Monaco di Baviera"] },
      ],
    });
    expect(error).toContain('groups[1].canonical: "Muenchen" is already listed as "München" in group "München" (groups[0])');
  });

  it("GIVEN a group without variants, a repeated spelling or an empty name THEN each is reported", async () => {
    const error = await variantsError({
      version: 1,
      groups: [
        { canonical: "Peskow", variants: [] },
        { canonical: "Jemen", variants: ["Yemen", "yemen"] },
        { canonical: "", variants: ["x"] },
      ],
    });
    expect(error).toContain("variants: <path>: groups[0].variants: a group needs at least one variant");
    expect(error).toContain('variants: <path>: groups[1].variants[1]: "yemen" repeats "Yemen" in the same group');
    expect(error).toContain("variants: <path>: groups[2].canonical: empty string");
  });

  it("GIVEN a missing version or a misspelt field THEN the error names them", async () => {
    const error = await variantsError({ groups: [{ canonical: "Kreml", variant: ["Kremlin"] }] });
    expect(error).toContain("variants: <path>: version: expected 1, received nothing");
    expect(error).toContain("variants: <path>: groups[0].variants: expected array, received nothing");
    expect(error).toContain('variants: <path>: groups[0]: unknown key "variant"');
  });

  it("GIVEN parsed data THEN parseVariants validates it under the given source name", () => {
    expect(parseVariants({ version: 1, groups: [] }, "inline").ok).toBe(true);
    expect(parseVariants([], "inline")).toEqual({ ok: false, error: "variants: inline: expected object, received array" });
  });

  it("GIVEN odd object keys THEN paths are written readably", () => {
    expect(formatPath(["entries", "security guarantees", 2])).toBe('entries["security guarantees"][2]');
    expect(formatPath(["groups", 3, "variants", 1])).toBe("groups[3].variants[1]");
  });
});

describe("English questions are covered by the glossary and the variants", () => {
  const devQuestions: Array<[string, string[]]> = [
    ["Who is Keith Kellogg?", ["keith", "kellogg"]],
    ["Which leaders joined Starmer's video call?", ["leaders", "joined", "starmer", "video call"]],
    ["US airstrikes against the Houthis in Yemen", ["us", "airstrikes", "against", "houthis", "yemen"]],
    ["Who is Pawlo Palissa?", ["pawlo", "palissa"]],
    ["rare earths agreement", ["rare earths agreement"]],
    ["What did Waltz say about security guarantees?", ["waltz", "say", "security guarantees"]],
    ["Who is the Kremlin spokesman?", ["kremlin spokesman"]],
    ["What do the G7 foreign ministers say about security guarantees?", ["g7 foreign ministers", "say", "security guarantees"]],
    ["How many days would the proposed ceasefire last?", ["days", "proposed", "ceasefire", "last"]],
    ["How did the stock market react?", ["stock market", "react"]],
  ];

  it.each(devQuestions)("GIVEN the dev question %j THEN every word has an entry and its content words map to German", (q, expected) => {
    expect(uncovered(q)).toEqual([]);
    expect(contentKeys(q)).toEqual(expected);
  });

  const questions = QuestionFile.parse(JSON.parse(readFileSync(QUESTIONS_PATH, "utf8")));
  const answerable = questions.flatMap((q) => ("file" in q ? [q] : []));
  const outOfScope = questions.flatMap((q) => ("answerable" in q ? [q] : []));

  it("GIVEN englishQuestions.json THEN it has ~40 answerable questions over every article and 8 out-of-scope ones", () => {
    expect(answerable.length).toBeGreaterThanOrEqual(40);
    expect(outOfScope).toHaveLength(8);
    expect(new Set(answerable.map((q) => q.file))).toEqual(new Set(corpusFiles()));
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
  });

  it("GIVEN each answerable question THEN its expected phrase stands verbatim in its article", () => {
    const missing = answerable.filter((q) => !readFileSync(join("corpus", q.file), "utf8").includes(q.expect));
    expect(missing).toEqual([]);
  });

  it("GIVEN every question THEN every word has a glossary entry, is a known name or a number", () => {
    const gaps = questions.flatMap((q) => uncovered(q.q).map((t) => `${t} (${q.q})`));
    expect(gaps).toEqual([]);
  });

  it("GIVEN every question THEN it has at least one content word that maps to German", () => {
    const empty = questions.filter((q) => contentKeys(q.q).length === 0 && !coverage(q.q).some((c) => c.by === "name"));
    expect(empty).toEqual([]);
  });

  it("GIVEN an out-of-scope question THEN some content word translates only to German words absent from the corpus", () => {
    const corpusWords = new Set(corpusFiles().flatMap((f) => foldGerman(readFileSync(join("corpus", f), "utf8")).split(/[^\p{L}\p{N}]+/u)));
    const absent = (german: string) => foldGerman(german).split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((w) => !corpusWords.has(w));
    const inCorpusOnly = outOfScope.filter((q) => !coverage(q.q).some((c) => c.by === "glossary" && c.german.length > 0 && c.german.every(absent)));
    expect(inCorpusOnly).toEqual([]);
  });
});

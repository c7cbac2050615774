/** Specification of loading a corpus folder: bad files are reported by name and reason, good ones load. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem, type LoadedCorpus, loadCorpus } from "../../src/corpus/loadCorpus.js";
import { BAD_FILES, FILES, tempCorpus } from "../fixtures/corpus.js";

describe("GIVEN a folder with two seed articles and five bad files", () => {
  const bad = Object.fromEntries(Object.entries(BAD_FILES).map(([name, f]) => [name, f.content]));
  const tmp = tempCorpus([FILES.f000, FILES.f002], { ...bad, "notes.md": "ignored, not a .txt file" });
  let corpus: LoadedCorpus;
  beforeAll(async () => {
    corpus = await loadCorpus(tmp.dir);
  });
  afterAll(() => tmp.cleanup());

  it("THEN both good articles load, in file order", () => {
    expect(corpus.articles.map((a) => a.file)).toEqual([FILES.f000, FILES.f002]);
  });

  it("THEN each bad file is reported exactly once, by name, with its problem code", () => {
    const byFile = Object.fromEntries(corpus.problems.map((p) => [p.file, p.code]));
    expect(byFile).toEqual(Object.fromEntries(Object.entries(BAD_FILES).map(([name, f]) => [name, f.code])));
  });

  it("THEN every problem has a human-readable reason and formats as one line naming the file", () => {
    for (const p of corpus.problems) {
      expect(p.reason.length).toBeGreaterThan(3);
      const line = formatProblem(p);
      expect(line).toContain(p.file);
      expect(line).toContain(p.reason);
      expect(line).not.toContain("\n");
    }
  });

  it("THEN the impossible dates are named in their reasons", () => {
    const reason = (f: string) => corpus.problems.find((p) => p.file === f)?.reason;
    expect(reason("903_month13.txt")).toContain("2025-13");
    expect(reason("904_feb30.txt")).toContain("2025-02-30");
  });

  it("THEN files that are not *.txt are ignored", () => {
    expect(corpus.problems.some((p) => p.file === "notes.md")).toBe(false);
  });
});

describe("articles.json metadata", () => {
  it("GIVEN valid metadata THEN titles and publication days are applied and no problem is reported", async () => {
    const meta = {
      version: 1,
      articles: {
        [FILES.f001]: { title: "Lawrow und Rubio telefonieren", outlet: "Berliner Zeitung", url: "https://example.org/a", published: "2025-03-16" },
      },
    };
    const tmp = tempCorpus([FILES.f000, FILES.f001], { "articles.json": JSON.stringify(meta) });
    try {
      const corpus = await loadCorpus(tmp.dir);
      expect(corpus.problems).toEqual([]);
      const a001 = corpus.articles.find((a) => a.file === FILES.f001)!;
      expect(a001.title).toBe("Lawrow und Rubio telefonieren");
      expect(a001.date).toBe("2025-03-16");
      expect(a001.meta.outlet).toBe("Berliner Zeitung");
      // An article without an entry keeps its marker date and derived title.
      expect(corpus.articles.find((a) => a.file === FILES.f000)!.date).toBe("2025-03");
    } finally {
      tmp.cleanup();
    }
  });

  it.each([
    ["not JSON", "{ version: 1, "],
    ["a wrong version", JSON.stringify({ version: 2, articles: {} })],
    ["an unknown key", JSON.stringify({ version: 1, articles: { [FILES.f000]: { editor: "x" } } })],
    ["a malformed published day", JSON.stringify({ version: 1, articles: { [FILES.f000]: { published: "16.03.2025" } } })],
    ["a non-http url", JSON.stringify({ version: 1, articles: { [FILES.f000]: { url: "javascript:alert(1)" } } })],
    ["two wrong fields", JSON.stringify({ version: 1, articles: { [FILES.f000]: { title: 5, outlet: 7 } } })],
  ])("GIVEN articles.json with %s THEN one problem, on one line, names articles.json AND all articles still load", async (_label, json) => {
    const tmp = tempCorpus([FILES.f000, FILES.f002], { "articles.json": json });
    try {
      const corpus = await loadCorpus(tmp.dir);
      expect(corpus.articles.map((a) => a.file)).toEqual([FILES.f000, FILES.f002]);
      expect(corpus.problems).toHaveLength(1);
      expect(corpus.problems[0]).toMatchObject({ file: "articles.json", code: "metadata" });
      expect(formatProblem(corpus.problems[0]!)).toMatch(/^corpus: articles\.json: \S[^\n]*$/);
    } finally {
      tmp.cleanup();
    }
  });

  it("GIVEN one entry with an impossible day beside a good one THEN the good entry applies AND one problem names the bad entry", async () => {
    const json = JSON.stringify({
      version: 1,
      articles: { [FILES.f000]: { title: "Kaputt", published: "2025-02-30" }, [FILES.f002]: { title: "Putin zögert", outlet: "Testblatt" } },
    });
    const tmp = tempCorpus([FILES.f000, FILES.f002], { "articles.json": json });
    try {
      const corpus = await loadCorpus(tmp.dir);
      const a002 = corpus.articles.find((a) => a.file === FILES.f002)!;
      expect(a002.title).toBe("Putin zögert");
      expect(a002.meta.outlet).toBe("Testblatt");
      // The bad entry is left out whole: its title does not apply either.
      expect(corpus.articles.find((a) => a.file === FILES.f000)!.title).not.toBe("Kaputt");
      expect(corpus.problems).toHaveLength(1);
      expect(formatProblem(corpus.problems[0]!)).toMatch(new RegExp(`^corpus: articles\\.json: ${FILES.f000.replace(".", "\\.")}: published: `));
    } finally {
      tmp.cleanup();
    }
  });

  it("GIVEN a bad entry whose key holds an ESC, a line break and a bidi override THEN its problem is one line that names the key escaped", async () => {
    const key = "\u001b[2Jx\ny\u202e.txt";
    const json = JSON.stringify({ version: 1, articles: { [key]: { published: "2025-02-30", title: "" } } });
    const tmp = tempCorpus([FILES.f000], { "articles.json": json });
    try {
      const corpus = await loadCorpus(tmp.dir);
      expect(corpus.problems).toHaveLength(1);
      const line = formatProblem(corpus.problems[0]!);
      expect(line).toMatch(/^[^\p{Cc}\p{Cf}]*$/u);
      expect(line.startsWith(`corpus: articles.json: "\\u001b[2Jx\\ny\\u202e.txt": `)).toBe(true);
    } finally {
      tmp.cleanup();
    }
  });

  it("GIVEN articles.json with an impossible published day (2025-02-30) THEN it is reported like an impossible date marker", async () => {
    const json = JSON.stringify({ version: 1, articles: { [FILES.f000]: { published: "2025-02-30" } } });
    const tmp = tempCorpus([FILES.f000], { "articles.json": json });
    try {
      const corpus = await loadCorpus(tmp.dir);
      expect(corpus.problems.map((p) => p.file)).toEqual(["articles.json"]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe("folder errors", () => {
  it("GIVEN a folder that does not exist THEN loading fails with a message naming the folder", async () => {
    await expect(loadCorpus("/nonexistent/vb-corpus")).rejects.toThrow(/\/nonexistent\/vb-corpus/);
  });
});

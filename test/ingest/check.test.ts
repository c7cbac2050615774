/** `check` reports suspicious files by name and reason: markup, mojibake, very short, duplicates; the seeds pass. */
import { spawn } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { decodeCp1252 } from "../../src/ingest/charset.js";
import { findSuspicious } from "../../src/ingest/suspicious.js";
import { CORPUS_DIR, FILES, ROOT } from "../fixtures/corpus.js";
import { corpusCopy, paragraphsAbout } from "./fixtures.js";

const corpus = corpusCopy();
afterAll(() => corpus.cleanup());

const body = paragraphsAbout("die Verhandlungen in Riad").join("\n\n");
writeFileSync(path.join(corpus.dir, "010_markup.txt"), ` date 2025-03-01 Meldung mit Bild\n\n${body}\n\n<image>data:image/svg+xml;base64,PHN2Zz4=</image>\n`);
writeFileSync(path.join(corpus.dir, "011_mojibake.txt"), ` date 2025-03-02 ${decodeCp1252(Buffer.from("Gespräche im Südosten über die Waffenruhe", "utf8"))}\n\n${paragraphsAbout("die Lage im Südosten").join("\n\n")}\n`);
writeFileSync(path.join(corpus.dir, "012_short.txt"), " date 2025-03-03 Alles zu oe24VIP\n\nJetzt anmelden.\n");
copyFileSync(path.join(CORPUS_DIR, FILES.f002), path.join(corpus.dir, "013_copy.txt"));

describe("GIVEN a corpus with suspicious files", () => {
  it("THEN each is reported by name and reason, and the seed articles are not", async () => {
    const loaded = await loadCorpus(corpus.dir);
    const found = findSuspicious(loaded.articles);
    expect(found).toEqual([
      { file: "010_markup.txt", reason: 'markup in the text ("<image>")' },
      { file: "011_mojibake.txt", reason: "garbled characters (mojibake)" },
      { file: "012_short.txt", reason: "very short (32 characters)" },
      { file: "013_copy.txt", reason: `same text as ${FILES.f002} (resemblance 1)` },
    ]);
    const seeds = await loadCorpus(CORPUS_DIR);
    expect(findSuspicious(seeds.articles)).toEqual([]);
  });

  it("THEN `cli check` prints one line per suspicious file and exits 1", async () => {
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["src/cli/main.ts", "check"], {
        cwd: ROOT,
        env: { ...process.env, CORPUS_DIR: corpus.dir, INDEX_CACHE_DIR: "off", LOG_LEVEL: "silent" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout }));
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("suspicious"))).toEqual([
      'corpus: 010_markup.txt: suspicious: markup in the text ("<image>")',
      "corpus: 011_mojibake.txt: suspicious: garbled characters (mojibake)",
      "corpus: 012_short.txt: suspicious: very short (32 characters)",
      `corpus: 013_copy.txt: suspicious: same text as ${FILES.f002} (resemblance 1)`,
    ]);
    expect(lines.at(-1)).toMatch(/4 problems$/);
  });
});

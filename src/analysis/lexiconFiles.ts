/**
 * Schemas and loaders for the two hand-written lexicon files the German analyzer uses:
 *
 * - `corpus/glossary.en-de.json`: English term or phrase -> German words, for translating
 *   English questions term by term. An empty list marks a word without content of its own
 *   (question words, auxiliaries, pronouns...): the engine treats it as a stopword.
 * - `corpus/variants.json`: spellings of the same name (person, place, organisation) that the
 *   analyzer maps to one canonical form at index and at query time.
 *
 * The async loaders never throw: they resolve to `{ ok: true, value }` or `{ ok: false, error }`, where every
 * line of `error` is prefixed with what failed, e.g.
 * `glossary: corpus/glossary.en-de.json: entries.ceasefire: expected array, received string`.
 */
import { z } from "zod";
import { readCapped } from "../util/cappedFile.js";
import { formatZodError } from "../util/text.js";
import { type SynonymsFile, synonymsFileSchema } from "./synonymsFile.js";
import {
  MAX_DATA_FILE_BYTES,
  MAX_GLOSSARY_ENTRIES,
  MAX_TERMS_PER_GLOSSARY_ENTRY,
  MAX_VARIANT_GROUPS,
  MAX_VARIANTS_PER_GROUP,
  tooLarge
} from "../config/limits.js";

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** At most this many problems are listed in one error; the rest are counted. */
const MAX_REPORTED_ISSUES = 20;

const CONTROL_OR_LINE_BREAK = /[\u0000-\u001f\u007f\u2028\u2029]/;

/** A term as it is written: non-empty, no surrounding or doubled whitespace, one line. */
const term = z.string().superRefine((s, ctx) => {
  if (s.trim() === "") ctx.addIssue({ code: "custom", message: "empty string" });
  else if (s !== s.trim()) ctx.addIssue({ code: "custom", message: `${JSON.stringify(s)} has leading or trailing whitespace` });
  else if (/\s\s/.test(s)) ctx.addIssue({ code: "custom", message: `${JSON.stringify(s)} has repeated whitespace` });
  else if (CONTROL_OR_LINE_BREAK.test(s)) ctx.addIssue({ code: "custom", message: `${JSON.stringify(s)} contains a control character or line break` });
});

/** Terms of one list must not repeat (exactly; "NATO" and "Nato" may both be listed). */
function noRepeats(list: readonly string[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Map<string, number>();
  list.forEach((s, i) => {
    const first = seen.get(s);
    if (first === undefined) seen.set(s, i);
    else ctx.addIssue({ code: "custom", path: [i], message: `${what} ${JSON.stringify(s)} repeats [${first}]` });
  });
}

// ---------------------------------------------------------------- glossary

const germanTerms = z
  .array(term)
  .max(MAX_TERMS_PER_GLOSSARY_ENTRY, `at most ${MAX_TERMS_PER_GLOSSARY_ENTRY} German terms per entry`)
  .superRefine((list, ctx) => noRepeats(list, ctx, "German term"));

export const GlossarySchema = z
  .strictObject({
    version: z.literal(1),
    entries: z.record(z.string(), germanTerms),
  })
  .superRefine((g, ctx) => {
    const count = Object.keys(g.entries).length;
    if (count > MAX_GLOSSARY_ENTRIES) {
      ctx.addIssue({ code: "custom", path: ["entries"], message: `at most ${MAX_GLOSSARY_ENTRIES} entries (has ${count})` });
      return;
    }
    for (const key of Object.keys(g.entries)) {
      const problem = glossaryKeyProblem(key);
      if (problem) ctx.addIssue({ code: "custom", path: ["entries", key], message: problem });
    }
  });

export type Glossary = z.infer<typeof GlossarySchema>;

/** Keys are English words or phrases, lowercase, trimmed, words separated by single spaces. */
function glossaryKeyProblem(key: string): string | null {
  if (key.trim() === "") return "key is empty";
  if (key !== key.trim()) return `key ${JSON.stringify(key)} has leading or trailing whitespace`;
  if (key !== key.toLowerCase()) return `key ${JSON.stringify(key)} is not lowercase`;
  if (/\s\s|[^\S ]/.test(key)) return `key ${JSON.stringify(key)} must separate words by single spaces`;
  if (CONTROL_OR_LINE_BREAK.test(key)) return `key ${JSON.stringify(key)} contains a control character`;
  return null;
}

// ---------------------------------------------------------------- variants

export const VariantGroupSchema = z.strictObject({
  canonical: term,
  variants: z
    .array(term)
    .min(1, { error: "a group needs at least one variant" })
    .max(MAX_VARIANTS_PER_GROUP, { error: `at most ${MAX_VARIANTS_PER_GROUP} variants per group` }),
});

export type VariantGroup = z.infer<typeof VariantGroupSchema>;

export const VariantsSchema = z
  .strictObject({
    version: z.literal(1),
    groups: z.array(VariantGroupSchema).max(MAX_VARIANT_GROUPS, { error: `at most ${MAX_VARIANT_GROUPS} groups` }),
  })
  .superRefine((v, ctx) => {
    // Every spelling (canonical or variant) belongs to exactly one group. Spellings are compared
    // the way the analyzer sees them (case and diacritics folded: "Erdoğan" = "erdogan"), and also
    // with umlauts written out, so "Muenchen" in one group and "München" in another collide.
    const owner = new Map<string, { group: number; spelling: string }>();
    v.groups.forEach((g, gi) => {
      const inGroup = new Map<string, string>();
      const spellings: Array<[string, (string | number)[]]> = [
        [g.canonical, ["groups", gi, "canonical"]],
        ...g.variants.map((s, vi): [string, (string | number)[]] => [s, ["groups", gi, "variants", vi]]),
      ];
      for (const [spelling, path] of spellings) {
        const exact = spelling.normalize("NFKC").toLowerCase();
        const before = inGroup.get(exact);
        if (before !== undefined) {
          ctx.addIssue({ code: "custom", path, message: `${JSON.stringify(spelling)} repeats ${JSON.stringify(before)} in the same group` });
          continue;
        }
        inGroup.set(exact, spelling);
        for (const key of foldKeys(spelling)) {
          const other = owner.get(key);
          if (other !== undefined && other.group !== gi) {
            const otherCanonical = v.groups[other.group]!.canonical;
            ctx.addIssue({
              code: "custom",
              path,
              message: `${JSON.stringify(spelling)} is already listed as ${JSON.stringify(other.spelling)} in group ${JSON.stringify(otherCanonical)} (groups[${other.group}])`,
            });
            break;
          }
          if (other === undefined) owner.set(key, { group: gi, spelling });
        }
      }
    });
  });

export type Variants = z.infer<typeof VariantsSchema>;

/** Comparison keys of a spelling: folded like the analyzer folds words, and with umlauts as ae/oe/ue. */
export function foldKeys(spelling: string): string[] {
  const lower = spelling.normalize("NFKC").toLowerCase().replace(/ß/g, "ss");
  const stripMarks = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
  const digraphs = lower.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue");
  return [...new Set([stripMarks(lower), stripMarks(digraphs)])];
}

// ---------------------------------------------------------------- loading

export function loadGlossary(path: string): Promise<LoadResult<Glossary>> {
  return loadJson(path, "glossary", GlossarySchema);
}

export function loadVariants(path: string): Promise<LoadResult<Variants>> {
  return loadJson(path, "variants", VariantsSchema);
}

export function loadSynonyms(path: string): Promise<LoadResult<SynonymsFile>> {
  return loadJson(path, "synonyms", synonymsFileSchema);
}

/** Validates already-parsed JSON; `source` names it in error messages. */
export function parseGlossary(data: unknown, source: string): LoadResult<Glossary> {
  return validate(data, `glossary: ${source}`, GlossarySchema);
}

export function parseVariants(data: unknown, source: string): LoadResult<Variants> {
  return validate(data, `variants: ${source}`, VariantsSchema);
}

async function loadJson<T>(path: string, what: string, schema: z.ZodType<T>): Promise<LoadResult<T>> {
  const prefix = `${what}: ${path}`;
  let text: string;
  try {
    const read = readCapped(path, MAX_DATA_FILE_BYTES);
    if ("tooLarge" in read) return { ok: false, error: `${prefix}: ${tooLarge(read.tooLarge, MAX_DATA_FILE_BYTES)}` };
    text = new TextDecoder().decode(read);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: `${prefix}: cannot read file${code ? ` (${code})` : ""}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: `${prefix}: invalid JSON: ${(e as Error).message}` };
  }
  return validate(data, prefix, schema);
}

function validate<T>(data: unknown, prefix: string, schema: z.ZodType<T>): LoadResult<T> {
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: formatZodError(prefix, parsed.error, { input: data, max: MAX_REPORTED_ISSUES }) };
}

/**
 * Optional metadata beside the article files: `articles.json`.
 *
 * @example
 * { "version": 1,
 *   "articles": { "000_4a36d75bdf1d0814.txt": { "title": "…", "outlet": "AFP", "url": "https://…", "published": "2025-03-16",
 *                 "author": "…", "publishedAt": "2025-03-16T10:05:00+01:00" } } }
 */
import { z } from "zod";
import { MAX_METADATA_ENTRIES } from "../config/limits.js";
import { formatZodError, quotedForDisplay, withoutControlCharacters } from "../util/text.js";

export const METADATA_FILE = "articles.json";

const isoDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected YYYY-MM-DD")
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, "impossible date");

/**
 * A one-line text field of at most `max` characters, without control characters (util/text.ts): a page that carried
 * one in its headline was refused whole, and one in articles.json reached the terminal.
 */
const metaText = (max: number) =>
  z
    .string()
    .transform(withoutControlCharacters)
    .pipe(z.string().min(1).max(max));

export const articleMetaSchema = z.strictObject({
  title: metaText(300).optional(),
  outlet: metaText(100).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: isoDay.optional(),
  /** Author(s) as the page names them. */
  author: metaText(200).optional(),
  /** Publication instant with its UTC offset ("2025-03-16T10:05:00+01:00"), when the page gives a time. */
  publishedAt: z.iso.datetime({ offset: true }).optional(),
});

/** The file's frame: `articles` maps article file names, at most {@link MAX_METADATA_ENTRIES} of them, to `entry`. */
function metadataFrame<T extends z.ZodType>(entry: T) {
  return z.strictObject({
    version: z.literal(1),
    articles: z
      .record(z.string().regex(/^[^/\\]+\.txt$/, "expected an article file name"), entry)
      .refine((entries) => Object.keys(entries).length <= MAX_METADATA_ENTRIES, `at most ${MAX_METADATA_ENTRIES} entries`),
  });
}

export const metadataFileSchema = metadataFrame(articleMetaSchema);

export type MetadataFile = z.infer<typeof metadataFileSchema>;
export type ArticleMetaEntry = z.infer<typeof articleMetaSchema>;

/** The file's frame, entries unchecked: {@link readMetadataEntries} checks each one on its own. */
const metadataFrameSchema = metadataFrame(z.unknown());

/** The whole file, strictly: what ingest rewrites must hold no entry it would drop. */
export function parseMetadata(json: string, label = METADATA_FILE): { ok: true; value: MetadataFile } | { ok: false; error: string } {
  const data = parseJson(json, label);
  if (!data.ok) return data;
  const parsed = metadataFileSchema.safeParse(data.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: formatZodError(label, parsed.error) };
}

/**
 * The file for reading: an entry that fails its check is reported and left out, the others apply (one article's
 * impossible day does not take every article's headline and link with it). A broken frame (not JSON, another
 * version, a key that is no article file name) fails whole.
 *
 * @example
 * readMetadataEntries('{"version":1,"articles":{"a.txt":{"title":"Riad"},"b.txt":{"published":"2025-02-30"}}}')
 * // → { ok: true, articles: { "a.txt": { title: "Riad" } }, problems: ["b.txt: published: impossible date"] }
 */
export function readMetadataEntries(
  json: string,
  label = METADATA_FILE,
): { ok: true; articles: Record<string, ArticleMetaEntry>; problems: string[] } | { ok: false; error: string } {
  const data = parseJson(json, label);
  if (!data.ok) return data;
  const frame = metadataFrameSchema.safeParse(data.value);
  if (!frame.success) return { ok: false, error: formatZodError(label, frame.error) };
  const articles: Record<string, ArticleMetaEntry> = {};
  const problems: string[] = [];
  for (const [file, raw] of Object.entries(frame.data.articles)) {
    const entry = articleMetaSchema.safeParse(raw);
    if (entry.success) articles[file] = entry.data;
    else problems.push(formatZodError(entryLabel(file), entry.error).replace(/\n/g, "; "));
  }
  return { ok: true, articles, problems };
}

/**
 * An entry's key as its problem names it: as written, or quoted and escaped when it holds a control or format character
 * (an ESC in a key reached the terminal, a line break split the problem's line), as the strict parse's path writes it.
 */
function entryLabel(file: string): string {
  return /[\p{Cc}\p{Cf}]/u.test(file) ? quotedForDisplay(file) : file;
}

function parseJson(json: string, label: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (e) {
    return { ok: false, error: `${label}: not valid JSON (${(e as Error).message})` };
  }
}

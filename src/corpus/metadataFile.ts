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
import { formatZodError, withoutControlCharacters } from "../util/text.js";

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

export const metadataFileSchema = z.strictObject({
  version: z.literal(1),
  articles: z
    .record(z.string().regex(/^[^/\\]+\.txt$/, "expected an article file name"), articleMetaSchema)
    .refine((entries) => Object.keys(entries).length <= MAX_METADATA_ENTRIES, `at most ${MAX_METADATA_ENTRIES} entries`),
});

export type MetadataFile = z.infer<typeof metadataFileSchema>;

export function parseMetadata(json: string, label = METADATA_FILE): { ok: true; value: MetadataFile } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `${label}: not valid JSON (${(e as Error).message})` };
  }
  const parsed = metadataFileSchema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: formatZodError(label, parsed.error) };
}

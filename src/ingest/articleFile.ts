/**
 * An ingested article as a corpus file: its name (number and headline slug), its text in the corpus format, and the
 * form URLs are compared in.
 */
import { DATE_MARKER } from "../corpus/parseArticle.js";

/** "https://www.X.de/a/?utm_source=y#top" → "https://www.x.de/a": the form URLs are compared in. */
export function normalizeUrl(value: string): string {
  try {
    const u = new URL(value);
    u.hash = "";
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|wt_mc|at_\w+)$/i.test(key)) u.searchParams.delete(key);
    }
    let s = u.toString();
    if (u.pathname.length > 1 && s.endsWith("/")) s = s.slice(0, -1);
    if (u.search === "" && s.endsWith("?")) s = s.slice(0, -1);
    return s;
  } catch {
    return value.trim();
  }
}

/** A file-name slug of a headline: "Selenskyj: „Wir sind bereit“" → "selenskyj-wir-sind-bereit". */
export function slugOf(title: string, max = 50): string {
  const ascii = title
    .replace(/[äÄ]/g, "ae")
    .replace(/[öÖ]/g, "oe")
    .replace(/[üÜ]/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!ascii) return "artikel";
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max);
  const dash = cut.lastIndexOf("-");
  return dash > max / 2 ? cut.slice(0, dash) : cut;
}

/** The next file of a corpus folder whose files are `names`: "NNN_<slug>.txt", one past the highest number. */
export function nextFileName(names: readonly string[], title: string): string {
  const number = names.reduce((max, n) => Math.max(max, Number(/^(\d+)_/.exec(n)?.[1] ?? -1)), -1) + 1;
  return `${String(number).padStart(3, "0")}_${slugOf(title)}.txt`;
}

/**
 * The file's text in the corpus format: a " date YYYY-MM-DD " marker when the day is known (else " date YYYY-MM "
 * when the month is), headline, paragraphs.
 */
export function articleFileText(article: { published?: string | undefined; publishedMonth?: string | undefined; title: string; paragraphs: readonly string[] }): string {
  const day = article.published ?? article.publishedMonth;
  const marker = day ? ` date ${day} ` : "";
  return `${marker}${article.title}\n\n${article.paragraphs.join("\n\n")}\n`;
}

/** Body text of a corpus file: without a byte-order mark and the date marker (parseArticle.ts `DATE_MARKER`). */
export function bodyOf(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(DATE_MARKER, "");
}

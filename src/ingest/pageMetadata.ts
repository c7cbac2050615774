/**
 * Page metadata from JSON-LD and meta tags, and the check every field passes: each candidate is validated against
 * what articles.json accepts, and one that does not validate is dropped. Also the title, outlet and URL helpers.
 */
import { z } from "zod";
import { articleMetaSchema } from "../corpus/metadataFile.js";
import type { DomDocument } from "./dom.js";

/** The fields as validated; `articleMetaSchema` is what articles.json accepts, so what passes here can be stored. */
const metaField = {
  title: articleMetaSchema.shape.title,
  outlet: articleMetaSchema.shape.outlet,
  url: articleMetaSchema.shape.url,
  author: articleMetaSchema.shape.author,
  published: articleMetaSchema.shape.published,
  publishedAt: articleMetaSchema.shape.publishedAt,
};

/** The first candidate that validates, trimmed and with whitespace folded. */
export function first<K extends keyof typeof metaField>(field: K, ...candidates: Array<string | undefined | null>): string | undefined {
  for (const c of candidates) {
    if (typeof c !== "string") continue;
    const value = c.replace(/\s+/g, " ").trim();
    const parsed = metaField[field].safeParse(value);
    if (parsed.success && parsed.data !== undefined) return parsed.data as string;
  }
  return undefined;
}

/** JSON-LD as pages write it: any shape; only these fields are read, each checked for its type. */
const text = z.string().optional().catch(undefined);
const named = z.union([z.string(), z.looseObject({ name: z.string() }).transform((o) => o.name)]).optional().catch(undefined);
const ldSchema = z.looseObject({
  "@type": z.union([z.string(), z.array(z.string())]).optional().catch(undefined),
  headline: text,
  name: text,
  datePublished: text,
  dateCreated: text,
  url: text,
  mainEntityOfPage: z.union([z.string(), z.looseObject({ "@id": z.string() }).transform((o) => o["@id"])]).optional().catch(undefined),
  author: z.union([z.array(named).transform((a) => a.filter(Boolean).join(", ")), named]).optional().catch(undefined),
  publisher: named,
  isAccessibleForFree: z.union([z.boolean(), z.string().transform((s) => s.toLowerCase() !== "false")]).optional().catch(undefined),
});
export type LdArticle = z.infer<typeof ldSchema>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

export function jsonLdArticles(document: DomDocument): LdArticle[] {
  const found: LdArticle[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node.slice(0, 50)) visit(n, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    if (obj["@graph"]) visit(obj["@graph"], depth + 1);
    const parsed = ldSchema.safeParse(obj);
    if (!parsed.success) return;
    const types = [parsed.data["@type"] ?? []].flat();
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(parsed.data);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block is ignored; the other sources still count.
    }
  }
  // A WebPage wrapper comes after the article itself.
  return found.sort((a, b) => Number([a["@type"]].flat().includes("WebPage")) - Number([b["@type"]].flat().includes("WebPage")));
}

export function meta(document: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const el = document.querySelector(`meta[${attr}="${key}"]`);
      const content = el?.getAttribute("content");
      if (content?.trim()) return content;
    }
  }
  return undefined;
}

export function withoutSuffix(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (outlet ? parts.at(-1)!.toLowerCase().includes(outlet.toLowerCase().slice(0, 6)) : parts.at(-1)!.length < 30)) return parts.slice(0, -1).join(" – ");
  return title;
}

export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
}

export function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return undefined;
  }
}

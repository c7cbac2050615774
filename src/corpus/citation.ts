/** What a reader needs to check a quote: outlet, link and publication day, beside the title and date. */
import type { Article } from "./types.js";

export interface Citation {
  outlet?: string;
  url?: string;
  /** "YYYY-MM-DD" when the day of publication is known. */
  published?: string;
}

/** The article's citation fields; absent ones are left out (not `undefined`), so JSON stays lean. */
export function citationOf(article: Pick<Article, "meta">): Citation {
  const { outlet, url, published } = article.meta;
  return { ...(outlet ? { outlet } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}) };
}

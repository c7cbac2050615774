/**
 * Which passage is an article's lead (features.ts `isLead`, the rerank feature `lead`): its first, or the one after a
 * headline that opens the file as body text, as ingest writes it (ingest/articleFile.ts `articleFileText`).
 */
import { describe, expect, it } from "vitest";
import { isLead } from "../../src/answer/features.js";
import type { ArticleMeta } from "../../src/corpus/types.js";
import { articleFileText } from "../../src/ingest/articleFile.js";
import { engineOfArticles, testArticle } from "../fixtures/engines.js";

const LEAD = "Die Fischer in Bergen stimmten am Freitag gegen die neue Quote. Sie fürchten um ihre Einnahmen.";
const DETAIL = "Ihr Sprecher Ola Dahl sagte, man werde weiter verhandeln. Die Regierung schweigt bisher dazu.";

/** Per passage of the article, whether it is the lead; `meta` as articles.json gives it (ingest writes the title). */
async function leadsOf(file: string, meta: ArticleMeta = {}): Promise<boolean[]> {
  const engine = await engineOfArticles([testArticle("t_bergen.txt", file, meta)]);
  const { passages } = engine.index;
  return passages.map((p, id) => (p.articleId === "t_bergen" ? isLead(engine.index, id) : null)).filter((x): x is boolean => x !== null);
}

describe("GIVEN an article's passages THEN its lead is marked", () => {
  it("GIVEN a headline that reads as a heading THEN the first passage is the lead, the next is not", async () => {
    const title = "Fischer gegen Quote";
    expect(await leadsOf(articleFileText({ published: "2025-05-16", title, paragraphs: [LEAD, DETAIL] }), { title })).toEqual([true, false]);
  });

  it("GIVEN a headline that ends like a sentence (body text to blocks.ts) THEN the passage after it is the lead too, the detail is not", async () => {
    const title = "Fischer in Bergen: „Wir sind wütend!“";
    expect(await leadsOf(articleFileText({ published: "2025-05-16", title, paragraphs: [LEAD, DETAIL] }), { title })).toEqual([true, true, false]);
  });

  it("GIVEN no headline: a title from articles.json the text does not open with, or none (the first sentence is the title) THEN only the first passage is the lead", async () => {
    const file = ` date 2025-05-16 Die Fischer in Bergen stimmten am Freitag gegen die neue Quote.\n\n${DETAIL}\n`;
    expect(await leadsOf(file, { title: "Fischer gegen Quote" })).toEqual([true, false]);
    expect(await leadsOf(file)).toEqual([true, false]);
  });
});

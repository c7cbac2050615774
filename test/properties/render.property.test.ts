/**
 * Properties of the Discord renderers fed by the real core: whatever a user types, every payload the bot
 * would send stays within Discord's limits and never pings. Each property runs 200 cases (numRuns: 200).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import { type LoadedCore, loadCore } from "../../src/core/loadCore.js";
import { renderAnswer, renderMoreResults } from "../../src/render/discord/answer.js";
import { articleChoice, localizeArticleChoice, renderChoices } from "../../src/render/discord/choices.js";
import { renderContext } from "../../src/render/discord/context.js";
import { checkPayload } from "../../src/render/discord/limits.js";
import { renderCooldown, renderLookupError } from "../../src/render/discord/notices.js";
import type { SourceArticle } from "../../src/source/types.js";
import { renderSourcePage, sourcePages } from "../../src/render/discord/source.js";
import { renderTimelinePage, timelinePages } from "../../src/render/discord/timeline.js";

const RUNS = 200;
let core: LoadedCore;
/** Every article, so "auch in" buttons are placed as the bot places them. */
const articles = new Map<string, SourceArticle>();
beforeAll(async () => {
  core = await loadCore(EMBEDDED_CORPUS_DIR);
  for (const a of core.engine.index.articles) {
    const found = core.source(a.id);
    if (found.ok) articles.set(a.id, found.article);
  }
});

/** User input as Discord delivers it: any Unicode, mentions, markdown, corpus words, up to the 300-character option cap. */
const userText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc
    .array(fc.constantFrom("@everyone", "@here", "<@123456789012345678>", "<@&1>", "**", "__", "`", "||", "Lawrow", "Waffenruhe", "Putin", "Kellogg", "ceasefire", "Zelensky", "[x](https://e.com)", "\u202e", "\u200b"), { maxLength: 20 })
    .map((w) => w.join(" ")),
);

function expectSafe(payload: unknown): void {
  expect(checkPayload(payload)).toEqual([]);
  expect(JSON.stringify(payload)).toContain('"allowedMentions":{"parse":[]}');
}

describe("Discord payloads for any input", () => {
  it("GIVEN any question THEN the /ask reply and its 'Weitere Treffer' stay within limits and ping no one", () => {
    fc.assert(
      fc.property(userText, fc.constantFrom("de" as const, "en" as const), (q, lang) => {
        const a = core.ask(q);
        expectSafe(renderAnswer(a, { lang, questionKey: "abcdef", articles }));
        expectSafe(renderMoreResults(a, { lang, articles }));
        for (const r of a.results) {
          const source = articles.get(r.articleId);
          if (source) expectSafe(renderContext(source, { start: r.quoteStart, end: r.quoteStart + r.quote.length }, lang));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("GIVEN any actor text THEN every timeline page or the unknown-actor reply stays within limits", () => {
    fc.assert(
      fc.property(fc.oneof(userText, fc.constantFrom("Lavrov", "Putin", "Selenskyj", "Rubio", "Trump")), (q) => {
        const r = core.timeline(q);
        if (!r.ok) return expectSafe(renderLookupError(r.error, q, "de", { known: core.actorChoices("") }));
        for (let page = 0; page < timelinePages(r.timeline).length; page++) expectSafe(renderTimelinePage(r.timeline, page, "en"));
      }),
      { numRuns: RUNS },
    );
  });

  it("GIVEN any article text THEN every source page or the unknown-article reply stays within limits", () => {
    fc.assert(
      fc.property(fc.oneof(userText, fc.constantFrom("000", "001", "002", "003", "004", "Waffenruhe")), (q) => {
        const r = core.source(q);
        if (!r.ok) return expectSafe(renderLookupError(r.error, q, "en"));
        for (let page = 0; page < sourcePages(r.article).length; page++) expectSafe(renderSourcePage(r.article, page, { lang: "de" }));
      }),
      { numRuns: RUNS },
    );
  });

  it("GIVEN any span of any article THEN the context view stays within limits", () => {
    const all = [...articles.values()];
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.nat(), fc.nat(600), fc.constantFrom("de" as const, "en" as const), (i, at, length, lang) => {
        const source = all[i]!;
        const start = at % Math.max(1, source.text.length);
        expectSafe(renderContext(source, { start, end: Math.min(source.text.length, start + length + 1) }, lang));
      }),
      { numRuns: RUNS },
    );
  });

  it("GIVEN any wait THEN the cooldown notice stays within limits", () => {
    fc.assert(fc.property(fc.nat(), (ms) => expectSafe(renderCooldown(ms, "de", 1_750_000_000_000))), { numRuns: RUNS });
  });

  it("GIVEN any autocomplete text THEN at most 25 choices with names and values of 1–100 characters", () => {
    fc.assert(
      fc.property(userText, (q) => {
        const byContent = core.ask(q).results.flatMap((r) => [r, ...r.alsoIn]).map((ref) => articleChoice(ref, "en"));
        const byTitle = core.articleChoices(q).map((c) => localizeArticleChoice(c, "en"));
        for (const choices of [renderChoices(core.actorChoices(q)), renderChoices([...byContent, ...byTitle])]) {
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * timeline(actor): the sentences that name an actor, each dated as precisely as the text allows,
 * in chronological order; the same event in several articles is one entry citing all of them.
 */
import { citationOf } from "../corpus/citation.js";
import { containment } from "../analysis/similarity.js";
import { clampQuote } from "../answer/quote.js";
import type { ArticleRef } from "../answer/types.js";
import type { Article } from "../corpus/types.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { ActorMatcher } from "./actorMatch.js";
import type { Actor } from "./actorsFile.js";
import { borrowedDate } from "./borrowedDate.js";
import { compareEventDates, resolveEventDate } from "./eventDate.js";
import type { Timeline, TimelineEvent } from "./types.js";

/** Most events a timeline lists; a huge corpus keeps the newest…oldest order but stops here. */
export const MAX_TIMELINE_EVENTS = 1000;
/** Share of the shorter sentence's terms found in the other for two sentences to report the same event. */
export const SAME_EVENT_CONTAINMENT = 0.7;
/** Pairwise duplicate detection is quadratic; above this many events only identical text merges. */
const PAIRWISE_LIMIT = 2000;

interface Draft {
  event: TimelineEvent;
  terms: Set<string>;
}

export function buildTimeline(index: PassageIndex, matcher: ActorMatcher, actor: Actor): Timeline {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const passageId of candidatePassages(index, actor)) {
    const passage = index.passages[passageId]!;
    const article = index.articleById.get(passage.articleId)!;
    let from = 0;
    for (const sentence of passage.sentences) {
      const at = passage.text.indexOf(sentence, from);
      from = at + sentence.length;
      const start = passage.start + at;
      const key = `${article.id}@${start}`;
      if (seen.has(key)) continue;
      if (!matcher.mentions(sentence, article.date ?? undefined).some((m) => m.actorId === actor.id)) continue;
      seen.add(key);
      drafts.push({ event: toEvent(index, article, sentence, start), terms: index.analyzer.termSet(sentence) });
    }
  }
  const events = mergeSameEvents(drafts);
  events.sort((a, b) => compareEventDates(a.date, b.date) || a.file.localeCompare(b.file) || a.quoteStart - b.quoteStart);
  return {
    actor: { id: actor.id, name: actor.name, ...(actor.description ? { description: actor.description } : {}) },
    events: events.slice(0, MAX_TIMELINE_EVENTS),
  };
}

/** Passages that may name the actor: an index search over the stems of its aliases (names and role titles). */
function candidatePassages(index: PassageIndex, actor: Actor): number[] {
  const terms = new Set<string>();
  const names = [actor.name, ...actor.aliases, ...actor.roles.flatMap((r) => [r.title, ...(r.aliases ?? [])])];
  for (const name of names) {
    const words = index.analyzer.tokens(name).map((t) => index.analyzer.headTerm(t.raw)).filter((t): t is string => t !== null);
    // The rarest word of a multi-word name selects ("Keith Kellogg" → "kellogg"); the matcher decides.
    const rarest = words.sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0))[0];
    if (rarest && (index.df.get(rarest) ?? 0) > 0) terms.add(rarest);
  }
  if (terms.size === 0) return [];
  const hits = index.search.search([...terms].join(" "), { fields: ["text"] });
  return hits.map((h) => h.id as number).sort((a, b) => a - b);
}

function toEvent(index: PassageIndex, article: Article, sentence: string, start: number): TimelineEvent {
  const span = clampQuote(article.text, start, start + sentence.length);
  const quote = article.text.slice(span.start, span.end);
  const resolved = resolveEventDate(sentence, { articleDate: article.date, ...(article.meta.published ? { published: article.meta.published } : {}) });
  const event: TimelineEvent = {
    ...refOf(article),
    date: resolved.date,
    precision: resolved.precision,
    dateSource: resolved.source,
    quote,
    quoteStart: span.start,
    alsoIn: [],
  };
  if (resolved.date === null) {
    const borrowed = borrowedDate(index, article);
    if (borrowed) Object.assign(event, { date: borrowed.date, precision: "month", dateSource: "duplicate", dateFrom: borrowed.file });
  }
  return event;
}

function refOf(article: Article): ArticleRef {
  return { articleId: article.id, file: article.file, title: article.title, date: article.date, ...citationOf(article) };
}

/** One entry per event: a dated report is the primary citation, the others go to `alsoIn`. */
function mergeSameEvents(drafts: Draft[]): TimelineEvent[] {
  const rank = (e: TimelineEvent) => (e.dateSource === "text" || e.dateSource === "relative" ? 0 : e.dateSource === "article" ? 1 : 2);
  drafts.sort((a, b) => rank(a.event) - rank(b.event));
  const kept: Draft[] = [];
  const byText = new Map<string, Draft>();
  for (const d of drafts) {
    const textKey = d.event.quote.replace(/\s+/g, " ");
    const same = byText.get(textKey) ?? (drafts.length <= PAIRWISE_LIMIT ? kept.find((k) => containment(k.terms, d.terms, 4) >= SAME_EVENT_CONTAINMENT) : undefined);
    if (same) {
      // A lead that repeats the body of the same article (004) is one event; another article is cited.
      if (same.event.articleId !== d.event.articleId && !same.event.alsoIn.some((r) => r.articleId === d.event.articleId)) same.event.alsoIn.push(refOfEvent(d.event));
      continue;
    }
    kept.push(d);
    byText.set(textKey, d);
  }
  return kept.map((k) => k.event);
}

function refOfEvent(e: TimelineEvent): ArticleRef {
  const article = { articleId: e.articleId, file: e.file, title: e.title, ...(e.outlet ? { outlet: e.outlet } : {}), ...(e.url ? { url: e.url } : {}), ...(e.published ? { published: e.published } : {}) };
  return { ...article, date: e.dateSource === "duplicate" ? null : e.date && e.date.length >= 7 ? e.date.slice(0, 7) : e.date };
}

/**
 * timeline(actor): the sentences that name an actor, each dated by the event it reports, in chronological
 * order; the same event in several articles (a syndicated copy, a reprint, another outlet's report of it)
 * is one entry citing all of them (merged in mergeEvents.ts). List bullets and fragments (a teaser cut off with
 * "…", a line of a few words) are no events. `narrowTimeline` (narrowTimeline.ts) then picks a period and, with a
 * second person, their encounters.
 */
import { citationOf } from "../corpus/citation.js";
import { clampQuote } from "../answer/quote.js";
import type { Article } from "../corpus/types.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { ActorMatcher } from "./actorMatch.js";
import type { Actor } from "./actorsFile.js";
import { borrowedDate } from "./borrowedDate.js";
import { compareEventDates, resolveEventDate } from "./eventDate.js";
import { type Draft, mergeSameEvents } from "./mergeEvents.js";
import type { ActorRef, SourceRef, Timeline, TimelineEvent } from "./types.js";


/** Fewer words than this is a fragment, not a report. */
const MIN_EVENT_WORDS = 4;

export function buildTimeline(index: PassageIndex, matcher: ActorMatcher, actor: Actor): Timeline {
  return buildTimelines(index, matcher, [actor]).get(actor.id)!;
}

/**
 * The timelines of several actors in one pass over their candidate passages: each sentence is checked for
 * mentions once, whoever of them it names (per actor, the result equals {@link buildTimeline}: the same
 * candidate passages, sentences and order). The actors' candidate passages overlap heavily (reports name
 * several people), so building the most frequent actors together costs little more than the biggest one.
 */
export function buildTimelines(index: PassageIndex, matcher: ActorMatcher, actors: readonly Actor[]): Map<string, Timeline> {
  const wanted = new Map<number, string[]>();
  for (const actor of actors) {
    for (const passageId of candidatePassages(index, actor)) {
      const list = wanted.get(passageId);
      if (list) list.push(actor.id);
      else wanted.set(passageId, [actor.id]);
    }
  }
  const drafts = new Map<string, Draft[]>(actors.map((a) => [a.id, []]));
  // A sentence in two overlapping passages counts once per actor (keys: article@start).
  const seen = new Map<string, Set<string>>();
  for (const passageId of [...wanted.keys()].sort((a, b) => a - b)) {
    const passage = index.passages[passageId]!;
    const article = index.articleById.get(passage.articleId)!;
    const candidates = wanted.get(passageId)!;
    let from = 0;
    for (const sentence of passage.sentences) {
      const at = passage.text.indexOf(sentence, from);
      from = at + sentence.length;
      const start = passage.start + at;
      const key = `${article.id}@${start}`;
      const seenBy = seen.get(key) ?? new Set<string>();
      seen.set(key, seenBy);
      const fresh = candidates.filter((id) => !seenBy.has(id));
      if (fresh.length === 0) continue;
      for (const id of fresh) seenBy.add(id);
      if (!isEventSentence(sentence)) continue;
      const named = new Set(matcher.mentions(sentence, article.date ?? undefined).map((m) => m.actorId));
      const hits = fresh.filter((id) => named.has(id));
      if (hits.length === 0) continue;
      const event = toEvent(index, article, sentence, start);
      const terms = index.analyzer.termSet(sentence);
      // Each actor's copy: merging adds to `alsoIn` and `reports`.
      for (const id of hits) drafts.get(id)!.push({ event: { ...event, alsoIn: [] }, terms });
    }
  }
  const timelines = new Map<string, Timeline>();
  for (const actor of actors) {
    const events = mergeSameEvents(drafts.get(actor.id)!);
    events.sort((a, b) => compareEventDates(a.date, b.date) || a.file.localeCompare(b.file) || a.quoteStart - b.quoteStart);
    timelines.set(actor.id, { actor: actorRef(actor), events, total: events.length });
  }
  return timelines;
}

export function actorRef(actor: Actor): ActorRef {
  return { id: actor.id, name: actor.name, ...(actor.description ? { description: actor.description } : {}) };
}

/**
 * A sentence that can stand as an event: no list bullet ("- Lawrow reiste …"), not cut off ("… gemeinsa…"),
 * at least a few words, and a finished sentence (closing punctuation) unless it is long enough to be one.
 */
export function isEventSentence(sentence: string): boolean {
  const s = sentence.trim();
  if (/^(?:[-–—•*·▪►‣◦]|\d{1,2}[.)])\s/u.test(s)) return false;
  if (/(?:…|\.\.\.)["“”»«'’)]?$/u.test(s)) return false;
  const words = s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < MIN_EVENT_WORDS) return false;
  return /[.!?]["“”»«'’‘)]*$/u.test(s) || words >= 12;
}

/** Passages that may name the actor: an index search over the stems of its aliases (names and role titles). */
function candidatePassages(index: PassageIndex, actor: Actor): number[] {
  const terms = new Set<string>();
  const names = [actor.name, ...actor.aliases, ...actor.roles.flatMap((r) => [r.title, ...(r.aliases ?? [])])];
  for (const name of names) {
    const words = index.analyzer
      .tokens(name)
      .map((t) => index.analyzer.headTerm(t.raw))
      .filter((t): t is string => t !== null);
    // The rarest word of a multi-word name selects ("Keith Kellogg" → "kellogg"); the matcher decides.
    const rarest = words.sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0))[0];
    if (rarest && (index.df.get(rarest) ?? 0) > 0) terms.add(rarest);
  }
  if (terms.size === 0) return [];
  const hits = index.search.search([...terms].join(" "), { fields: ["text"] });
  return hits.map((h) => h.id as number).sort((a, b) => a - b);
}

/** An event's quote is its sentence, cut on a word boundary beyond this length (a timeline page holds many). */
export const TIMELINE_QUOTE_LENGTH = 400;

function toEvent(index: PassageIndex, article: Article, sentence: string, start: number): TimelineEvent {
  const span = clampQuote(article.text, start, start + sentence.length, TIMELINE_QUOTE_LENGTH);
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
    reports: 1,
  };
  if (resolved.date === null) {
    const borrowed = borrowedDate(index, article);
    if (borrowed) {
      Object.assign(event, { date: borrowed.date, precision: "month", dateSource: "duplicate", dateFrom: borrowed.file, ...(borrowed.title ? { dateFromTitle: borrowed.title } : {}) });
    }
  }
  return event;
}

function refOf(article: Article): SourceRef {
  return { articleId: article.id, file: article.file, title: article.title, date: article.date, ...citationOf(article) };
}

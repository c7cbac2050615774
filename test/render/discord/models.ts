/** Small model builders for renderer tests: answers, timelines and articles with only what a test cares about. */
import type { Answer, AnswerResult } from "../../../src/answer/types.js";
import type { DiscordReply } from "../../../src/render/discord/payload.js";
import type { SourceArticle } from "../../../src/source/types.js";
import type { Timeline, TimelineEvent } from "../../../src/timeline/types.js";

export function result(over: Partial<AnswerResult> = {}): AnswerResult {
  const quote = over.quote ?? "Der 80-Jährige werde künftig ausschließlich für die Ukraine zuständig sein.";
  return {
    articleId: "000_a",
    file: "000_a.txt",
    title: "Außenminister beraten",
    date: "2025-03",
    passageId: "000_a#1",
    passage: quote,
    passageStart: 100,
    quote,
    quoteStart: 100,
    marks: [],
    score: 1,
    alsoIn: [],
    ...over,
  };
}

export function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: "Wie alt ist Keith Kellogg?",
    language: "de",
    abstained: false,
    results: [result()],
    searched: { articles: 5, passages: 54 },
    ...over,
  };
}

export function event(over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    articleId: "000_a",
    file: "000_a.txt",
    title: "Außenminister beraten",
    date: "2025-03",
    precision: "month",
    dateSource: "article",
    quote: "Lawrow und Rubio telefonierten.",
    quoteStart: 0,
    alsoIn: [],
    ...over,
    reports: over.reports ?? 1 + (over.alsoIn?.length ?? 0),
  };
}

export function timeline(events: TimelineEvent[], over: Partial<Timeline["actor"]> = {}, rest: Partial<Omit<Timeline, "actor" | "events">> = {}): Timeline {
  return { actor: { id: "lawrow", name: "Sergej Lawrow", description: "Außenminister Russlands", ...over }, events, total: events.length, ...rest };
}

/** An article from paragraphs, with offsets as the core computes them (paragraphs separated by a blank line). */
export function article(paragraphs: string[], over: Partial<SourceArticle> = {}): SourceArticle {
  const spans: Array<{ start: number; end: number }> = [];
  let text = "";
  for (const p of paragraphs) {
    if (text) text += "\n\n";
    spans.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return {
    articleId: "004_b",
    file: "004_b.txt",
    title: "Lawrow und Rubio telefonieren",
    date: "2025-02",
    meta: {},
    text,
    paragraphs: spans,
    ...over,
  };
}

/** Custom ids (or URLs of link buttons) of every component in a reply, row by row. */
export function componentIds(reply: DiscordReply): string[] {
  return (reply.components ?? []).flatMap((row) => row.components.map((c) => ("custom_id" in c ? c.custom_id : "url" in c ? c.url : "")));
}

/** Labels of every button in a reply. */
export function componentLabels(reply: DiscordReply): Array<string | undefined> {
  return (reply.components ?? []).flatMap((row) => row.components.map((c) => ("label" in c ? c.label : undefined)));
}

/** `cli timeline` and `cli source`: JSON contracts for external checks, or readable text. */
import type { Core } from "../core/core.js";
import { renderSourceText } from "../render/text/sourceText.js";
import { renderLookupErrorText, renderTimelineText } from "../render/text/timelineText.js";
import type { LookupError } from "../timeline/types.js";
import type { CliArgs } from "./args.js";

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };
const std: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

export function runTimeline(core: Core, args: CliArgs, out: Out = std): number {
  const result = core.timeline(args.text ?? "");
  if (!result.ok) return fail(result.error, args, out);
  const { actor, events } = result.timeline;
  if (args.json) {
    const json = {
      actor: { id: actor.id, name: actor.name },
      events: events.map((e) => ({ date: e.date, precision: e.precision, dateSource: e.dateSource, ...(e.dateFrom ? { dateFrom: e.dateFrom } : {}), file: e.file, articleId: e.articleId, title: e.title, outlet: e.outlet, url: e.url, published: e.published, quote: e.quote, alsoIn: e.alsoIn })),
    };
    out.stdout(`${JSON.stringify(json)}\n`);
  } else out.stdout(`${renderTimelineText(result.timeline, args.lang)}\n`);
  return 0;
}

export function runSource(core: Core, args: CliArgs, out: Out = std): number {
  const result = core.source(args.text ?? "");
  if (!result.ok) return fail(result.error, args, out);
  const a = result.article;
  if (args.json) out.stdout(`${JSON.stringify({ articleId: a.articleId, file: a.file, title: a.title, date: a.date, outlet: a.outlet, url: a.url, published: a.published, meta: a.meta, text: a.text })}\n`);
  else out.stdout(`${renderSourceText(a, args.lang)}\n`);
  return 0;
}

function fail(error: LookupError, args: CliArgs, out: Out): number {
  if (args.json) out.stdout(`${JSON.stringify({ error })}\n`);
  else out.stderr(`${renderLookupErrorText(error, args.text ?? "", args.lang)}\n`);
  return 1;
}

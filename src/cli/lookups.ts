/** `cli timeline` and `cli source`: JSON contracts for external checks, or readable text; `timeline --png FILE` writes the picture. */
import { replaceFile } from "../util/durableFile.js";
import type { Core } from "../core/core.js";
import { renderSourceText } from "../render/text/sourceText.js";
import { renderLookupErrorText, renderTimelineText } from "../render/text/timelineText.js";
import type { LookupError, TimelineQuery } from "../timeline/types.js";
import { systemErrorText } from "../util/systemErrorText.js";
import type { CliArgs } from "./args.js";
import { callerPath } from "./callerDir.js";

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };
const std: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

export async function runTimeline(core: Core, args: CliArgs, out: Out = std): Promise<number> {
  const query: TimelineQuery = { ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}), ...(args.with ? { with: args.with } : {}) };
  const result = core.timeline(args.text ?? "", query);
  if (!result.ok) return fail(result.error, args, out);
  const { actor, events } = result.timeline;
  if (args.json) {
    // The contract: {"actor": {"id","name"}, "events": [{"date","precision","file","articleId","title","quote","alsoIn"}]}; fields are added, never renamed.
    const timeline = result.timeline;
    const json = {
      actor: { id: actor.id, name: actor.name, ...(actor.description ? { description: actor.description } : {}) },
      ...(timeline.with ? { with: { id: timeline.with.id, name: timeline.with.name } } : {}),
      ...(timeline.range ? { range: timeline.range } : {}),
      total: timeline.total,
      events: events.map((e) => ({
        date: e.date,
        precision: e.precision,
        dateSource: e.dateSource,
        ...(e.dateFrom ? { dateFrom: e.dateFrom } : {}),
        ...(e.dateFromTitle ? { dateFromTitle: e.dateFromTitle } : {}),
        file: e.file,
        articleId: e.articleId,
        title: e.title,
        ...(e.outlet ? { outlet: e.outlet } : {}),
        ...(e.url ? { url: e.url } : {}),
        ...(e.published ? { published: e.published } : {}),
        quote: e.quote,
        quoteStart: e.quoteStart,
        reports: e.reports,
        alsoIn: e.alsoIn,
      })),
    };
    out.stdout(`${JSON.stringify(json)}\n`);
  } else out.stdout(`${renderTimelineText(result.timeline, args.lang)}\n`);
  if (args.png) {
    const { timelinePng } = await import("../render/image/timelineChart.js");
    try {
      await replaceFile(callerPath(args.png), await timelinePng(result.timeline, args.lang ?? "de"));
    } catch (e) {
      // The user's path, not the temporary file beside it that the write went through.
      out.stderr(`timeline: cannot write ${args.png}: ${systemErrorText(e)}\n`);
      return 1;
    }
  }
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
  else out.stderr(`${renderLookupErrorText(error, args.text ?? "", args.lang, args.command === "source" ? "article" : "actor")}\n`);
  return 1;
}

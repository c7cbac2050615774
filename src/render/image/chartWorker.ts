/**
 * The thread that draws timeline pictures (started by chartThread.ts): vega-lite, vega and resvg load and run
 * here, never on the thread that talks to Discord (one picture: about 0.2–1 s of CPU, the first one more for
 * loading the libraries, which this thread does as soon as it starts).
 */
import { parentPort } from "node:worker_threads";
import { z } from "zod";
import type { Timeline } from "../../timeline/types.js";
import { timelinePng } from "./timelineChart.js";

const port = (() => {
  if (!parentPort) throw new Error("chartWorker: not started as a worker thread");
  return parentPort;
})();

/** The envelope is checked; the timeline is the core's plain-data model, passed on as it came. */
const ChartCall = z.object({
  id: z.number().int(),
  lang: z.enum(["de", "en"]),
  timeline: z.custom<Timeline>((v) => typeof v === "object" && v !== null && "events" in v && "actor" in v),
});

// Loaded now, while nobody waits for a picture.
const warm = Promise.all([import("vega-lite"), import("vega"), import("@resvg/resvg-js")]).catch(() => undefined);

port.on("message", (raw: unknown) => {
  const parsed = ChartCall.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "number" ? raw.id : -1;
    port.postMessage({ id, ok: false, message: `chartWorker: bad call: ${parsed.error.issues[0]?.message ?? "invalid"}` });
    return;
  }
  const { id, lang, timeline } = parsed.data;
  void warm
    .then(() => timelinePng(timeline, lang))
    .then(
      (png) => port.postMessage({ id, ok: true, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) }),
      (e: unknown) => port.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) }),
    );
});

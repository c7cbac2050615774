/**
 * `npm run preview`: a fixed set of interactions, in German and English, sent through the fake Discord to the
 * real bot; the reply payloads as they arrived are written to preview/index.html in a Discord-like dark theme
 * (see html.ts). Open it in a browser; `npm run preview -- --screenshot` also writes preview/shot.png with a
 * headless Chromium when one is installed (`apt-get install -y chromium`; as root it runs with --no-sandbox).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGE_ROOT } from "../../src/config/paths.js";
import { buttonIds, type Harness, newUserId, startHarness } from "../bot/harness.js";
import type { InteractionReply } from "../support/fakeDiscord.js";
import { type PreviewEntry, type PreviewSection, previewHtml } from "./html.js";

interface Lang {
  label: string;
  locale: string;
  kellogg: string;
  several: string;
  alsoIn: string;
  starmer: string;
  notCovered: string;
  sourceTyped: string;
}

const LANGS: Lang[] = [
  {
    label: "Deutsch (de)",
    locale: "de",
    kellogg: "Wie alt ist Keith Kellogg?",
    several: "Waffenruhe",
    alsoIn: "Wie reagierte Putin auf den Vorschlag der USA?",
    starmer: "Was sagte Selenskyj in München?",
    notCovered: "Wer gewinnt die Fußball-WM?",
    sourceTyped: "Waffenruhe",
  },
  {
    label: "English (en-US)",
    locale: "en-US",
    kellogg: "How old is Keith Kellogg?",
    several: "ceasefire",
    alsoIn: "How did Putin react to the US proposal?",
    starmer: "Which leaders joined Starmer's video conference?",
    notCovered: "Who will win the football World Cup?",
    sourceTyped: "Meet the Press",
  },
];

const entry = (action: string, reply: InteractionReply): PreviewEntry => ({ action, type: reply.type, data: reply.data });

/** One language's run through every feature, grouped into sections by title. */
async function run(h: Harness, lang: Lang): Promise<Map<string, PreviewEntry[]>> {
  const o = { locale: lang.locale };
  const sections = new Map<string, PreviewEntry[]>();
  const add = (title: string, e: PreviewEntry) => sections.set(title, [...(sections.get(title) ?? []), e]);

  const kellogg = await h.ask(lang.kellogg, o);
  add("/ask: one answer, bold names, citation, count, feedback", entry(`/ask ${lang.kellogg}`, kellogg));
  const voter = { ...o, userId: newUserId() };
  add("/ask: one answer, bold names, citation, count, feedback", entry("👍", await h.clickOn(kellogg, "fb:up", voter)));
  add("/ask: one answer, bold names, citation, count, feedback", entry("👍 again, same user", await h.clickOn(kellogg, "fb:up", voter)));

  const several = await h.ask(lang.several, o);
  add("/ask: up to three public quotes, 'Weitere Treffer'", entry(`/ask ${lang.several}`, several));
  const more = buttonIds(several).find((id) => id.startsWith("more:"));
  if (more) add("/ask: up to three public quotes, 'Weitere Treffer'", entry("🔎 Weitere Treffer / More results", await h.clickOn(several, more, o)));

  const starmer = await h.ask(lang.starmer, o);
  add("/ask: the answers the issue found in 'Weitere Treffer'", entry(`/ask ${lang.starmer}`, starmer));

  const alsoIn = await h.ask(lang.alsoIn, o);
  add("/ask: 'auch in', a button per cited article, the context view", entry(`/ask ${lang.alsoIn}`, alsoIn));
  const contexts = buttonIds(alsoIn).filter((id) => id.startsWith("ctx:"));
  for (const [i, id] of contexts.entries()) {
    const ctx = await h.clickOn(alsoIn, id, o);
    add("/ask: 'auch in', a button per cited article, the context view", entry(`📄 [${i + 1}] (${id.split(":")[1]})`, ctx));
    if (i === 0) {
      const whole = buttonIds(ctx).find((b) => b.startsWith("src:"));
      if (whole) add("/ask: 'auch in', a button per cited article, the context view", entry("📰 Ganzer Artikel / Whole article", await h.clickOn(ctx, whole, o)));
    }
  }

  add("Refusals and help", entry("/ask ???", await h.ask("???", o)));
  const notCovered = await h.ask(lang.notCovered, o);
  add("Refusals and help", entry(`/ask ${lang.notCovered}`, notCovered));
  add("Refusals and help", entry("💬 example question 2", await h.clickOn(notCovered, "run:ask:1", o)));
  const limited = newUserId();
  for (let i = 0; i < 3; i++) await h.ask(lang.kellogg, { ...o, userId: limited });
  add("Refusals and help", entry("/ask (over the cooldown)", await h.ask(lang.kellogg, { ...o, userId: limited })));

  const owner = newUserId();
  const timeline = await h.command("timeline", [{ name: "actor", type: 3, value: "Lawrow" }], { ...o, userId: owner });
  add("/timeline: own pager", entry("/timeline Lawrow", timeline));
  add("/timeline: own pager", entry("▶ by someone else (private copy)", await h.clickOn(timeline, "tl:lawrow:1", { ...o, userId: newUserId() })));
  add("/timeline: own pager", entry("▶ by the owner (turned in place)", await h.clickOn(timeline, "tl:lawrow:1", { ...o, userId: owner })));
  add("/timeline: unknown people", entry("/timeline Sergej Putin", await h.command("timeline", [{ name: "actor", type: 3, value: "Sergej Putin" }], o)));
  add("/timeline: unknown people", entry("/timeline Xyzzy", await h.command("timeline", [{ name: "actor", type: 3, value: "Xyzzy" }], o)));

  add("/source", entry(`autocomplete "${lang.sourceTyped}"`, await h.autocomplete("source", "article", lang.sourceTyped, o)));
  add("/source", entry('autocomplete ""', await h.autocomplete("source", "article", "", o)));
  add("/source", entry("/source 003", await h.command("source", [{ name: "article", type: 3, value: "003_d4ca25cd25f33b7d" }], o)));
  add("/source", entry("/source gibt es nicht", await h.command("source", [{ name: "article", type: 3, value: "gibt es nicht" }], o)));
  return sections;
}

export async function buildPreview(): Promise<{ html: string; sections: PreviewSection[] }> {
  const h = await startHarness({ cooldown: { count: 3, seconds: 60 } });
  try {
    const runs: Array<{ lang: Lang; sections: Map<string, PreviewEntry[]> }> = [];
    for (const lang of LANGS) runs.push({ lang, sections: await run(h, lang) });
    const titles = [...runs[0]!.sections.keys()];
    const sections: PreviewSection[] = titles.map((title) => ({
      title,
      columns: runs.map((r) => ({ label: r.lang.label, entries: r.sections.get(title) ?? [] })),
    }));
    // The same German /ask answer once more at phone width.
    const phone = sections[0]!.columns[0]!.entries.slice(0, 1);
    sections.push({ title: "Phone width (400 px)", columns: [{ label: "Deutsch, 400 px", entries: phone }, { label: "Deutsch, 400 px: auch in", entries: sections[3]!.columns[0]!.entries.slice(0, 2) }] });
    // Relative timestamps (the cooldown) are shown as seen right after the run.
    return { html: previewHtml(sections, Date.now()), sections };
  } finally {
    await h.close();
  }
}

async function main(): Promise<void> {
  const { html } = await buildPreview();
  const dir = path.join(PACKAGE_ROOT, "preview");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "index.html");
  writeFileSync(file, html);
  process.stdout.write(`${file}\n`);
  if (!process.argv.includes("--screenshot")) return;
  const shot = path.join(dir, "shot.png");
  const args = ["--headless", "--disable-gpu", "--hide-scrollbars", `--screenshot=${shot}`, "--window-size=1400,11000", file];
  if (process.getuid?.() === 0) args.unshift("--no-sandbox");
  const browser = ["chromium", "chromium-browser", "google-chrome"].find((b) => spawnSync(b, ["--version"]).status === 0);
  if (!browser) {
    process.stderr.write("no Chromium found; open preview/index.html in a browser\n");
    return;
  }
  spawnSync(browser, args, { stdio: "ignore", timeout: 120_000 });
  process.stdout.write(`${shot}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}

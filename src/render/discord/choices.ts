/** Core autocomplete choices → what Discord accepts: ≤ 25, names and values 1–100 characters, no duplicates. */
import type { APIApplicationCommandOptionChoice } from "discord.js";
import type { Choice } from "../../timeline/types.js";
import { formatDate, type Lang } from "../locale.js";
import { shorten } from "../../util/text.js";
import { MAX_CHOICE_NAME, MAX_CHOICE_VALUE, MAX_CHOICES } from "../../util/discordLimits.js";

export function renderChoices(choices: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const choice of choices) {
    // A shortened value would name a different (or no) item; such a choice is dropped, not cut.
    if (choice.value.length === 0 || choice.value.length > MAX_CHOICE_VALUE || seen.has(choice.value)) continue;
    seen.add(choice.value);
    const name = shorten(choice.name.trim() || choice.value, MAX_CHOICE_NAME);
    out.push({ name, value: choice.value });
    if (out.length === MAX_CHOICES) break;
  }
  return out;
}

/** "Title · März 2025": an article as an autocomplete choice, the date in the user's language. */
export function articleChoice(article: { articleId: string; title: string; date: string | null }, lang: Lang): Choice {
  const suffix = ` · ${formatDate(article.date, lang)}`;
  return { name: shorten(article.title, MAX_CHOICE_NAME - suffix.length) + suffix, value: article.articleId };
}

/** The core's article choices end in " · 2025-03" or " · undatiert"; that date is shown in the user's language. */
export function localizeArticleChoice(choice: Choice, lang: Lang): Choice {
  const m = / · (\d{4}-\d{2}(?:-\d{2})?|undatiert)$/u.exec(choice.name);
  if (!m) return choice;
  const suffix = ` · ${formatDate(m[1] === "undatiert" ? null : m[1], lang)}`;
  // The core cut the title to fit its own, shorter suffix; cut again so the date is never the part cut off.
  return { ...choice, name: shorten(choice.name.slice(0, m.index), MAX_CHOICE_NAME - suffix.length) + suffix };
}

/** Core autocomplete choices → what Discord accepts: ≤ 25, names and values 1–100 characters, no duplicates. */
import type { APIApplicationCommandOptionChoice } from "discord.js";
import type { Choice } from "../../timeline/types.js";
import { truncate } from "./escape.js";
import { MAX_CHOICE_NAME, MAX_CHOICE_VALUE, MAX_CHOICES } from "./limits.js";

export function renderChoices(choices: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const choice of choices) {
    // A shortened value would name a different (or no) item; such a choice is dropped, not cut.
    if (choice.value.length === 0 || choice.value.length > MAX_CHOICE_VALUE || seen.has(choice.value)) continue;
    seen.add(choice.value);
    const name = truncate(choice.name.trim() || choice.value, MAX_CHOICE_NAME);
    out.push({ name, value: choice.value });
    if (out.length === MAX_CHOICES) break;
  }
  return out;
}

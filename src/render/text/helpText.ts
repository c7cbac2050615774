/** /help in the console: the help model (src/render/help.ts) as plain lines, the example questions listed. */
import type { HelpModel } from "../help.js";

export function renderHelpText(model: HelpModel): string {
  const lines = [model.title, model.about, "", model.coverageTitle, ...model.coverage, "", model.commandsTitle];
  for (const command of model.commands) lines.push(`  ${command.name}${command.alias ? ` (${command.alias})` : ""} – ${command.usage}`);
  if (model.examples.length > 0) lines.push("", model.examplesTitle, ...model.examples.map((q) => `  • ${q}`));
  lines.push("", model.licence);
  return lines.join("\n");
}

/** An expected failure (src/util/userError.ts) as one line for the terminal, in German or English. */
import type { UserError } from "../../util/userError.js";
import type { Lang } from "../locale.js";
import { t } from "../messages.js";

export function renderUserErrorText(error: UserError, lang: Lang = "de"): string {
  return t(error.code, lang, error.context);
}

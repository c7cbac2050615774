/**
 * Expected failures a person caused and can fix (too long, unreadable input, a stale button), in the manner of
 * Sapphire's UserError: a code and its context, no words. The renderers turn the code into German or English
 * (src/render/discord/notices.ts `renderUserError`, src/render/text/errorText.ts; catalogues src/render/catalog/),
 * so the layer that throws depends on no renderer.
 */

/** Each code is also the catalogue key of its message; the context fills the message's placeholders. */
export interface UserErrorContexts {
  /** Input over its length limit. */
  too_long: { max: number };
  /** Input that does not validate otherwise. */
  invalid_input: Record<string, never>;
  /** A button or menu of an older message, or a forged id. */
  button_stale: Record<string, never>;
  /** A command this bot does not have (any more: a client's cached list), or an interaction it has no use for (a modal). */
  interaction_unknown: Record<string, never>;
}

export type UserErrorCode = keyof UserErrorContexts;

export const USER_ERROR_CODES: readonly UserErrorCode[] = ["too_long", "invalid_input", "button_stale", "interaction_unknown"];

export class UserError<C extends UserErrorCode = UserErrorCode> extends Error {
  override name = "UserError";

  constructor(
    readonly code: C,
    readonly context: UserErrorContexts[C],
  ) {
    super(`${code}${Object.keys(context).length > 0 ? ` ${JSON.stringify(context)}` : ""}`);
  }
}

/**
 * Discord's hard limits on what a bot may send, in one place (plain numbers: the core uses them for autocomplete
 * too). src/render/discord/limits.ts checks payloads against them.
 */

export const MAX_CONTENT = 2000;
export const MAX_EMBEDS = 10;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1024;
export const MAX_FOOTER_TEXT = 2048;
export const MAX_AUTHOR_NAME = 256;
/** Sum of titles, descriptions, field names and values, footers and author names of all embeds in one message. */
export const MAX_EMBED_TOTAL = 6000;
export const MAX_ACTION_ROWS = 5;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_CUSTOM_ID = 100;
export const MAX_BUTTON_LABEL = 80;
export const MAX_BUTTON_URL = 512;
export const MAX_SELECT_OPTIONS = 25;
export const MAX_SELECT_PLACEHOLDER = 150;
/** Label, value and description of a select menu option. */
export const MAX_SELECT_OPTION_TEXT = 100;
export const MAX_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;
/** Discord's upload limit for bots without boosts. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** "Meintest du …?" suggestions: one row of buttons. */
export const MAX_SUGGESTIONS = MAX_BUTTONS_PER_ROW;

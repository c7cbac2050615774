/**
 * A validator for payloads against Discord's hard limits (src/util/discordLimits.ts).
 * Discord rejects an oversized payload with a 400, which the user sees as "the bot did not answer",
 * so every renderer stays below these and the tests run `checkPayload` on everything they render.
 */
import {
  MAX_ACTION_ROWS,
  MAX_AUTHOR_NAME,
  MAX_BUTTONS_PER_ROW,
  MAX_BUTTON_LABEL,
  MAX_BUTTON_URL,
  MAX_CHOICES,
  MAX_CHOICE_NAME,
  MAX_CHOICE_VALUE,
  MAX_CONTENT,
  MAX_CUSTOM_ID,
  MAX_EMBEDS,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_FOOTER_TEXT,
  MAX_SELECT_OPTIONS,
  MAX_SELECT_OPTION_TEXT,
  MAX_SELECT_PLACEHOLDER,
} from "../../util/discordLimits.js";

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Builders (EmbedBuilder, ButtonBuilder, …) and plain API objects look the same after this. */
function plain(value: unknown): unknown {
  if (isObj(value) && typeof value.toJSON === "function") return (value.toJSON as () => unknown)();
  return value;
}

function textLength(value: unknown): number {
  return typeof value === "string" ? value.length : 0;
}

function checkEmbed(embed: Obj, where: string, problems: string[]): number {
  const title = textLength(embed.title);
  const description = textLength(embed.description);
  const footer = isObj(embed.footer) ? textLength(embed.footer.text) : 0;
  const author = isObj(embed.author) ? textLength(embed.author.name) : 0;
  if (title > MAX_EMBED_TITLE) problems.push(`${where}.title: ${title} > ${MAX_EMBED_TITLE}`);
  if (description > MAX_EMBED_DESCRIPTION) problems.push(`${where}.description: ${description} > ${MAX_EMBED_DESCRIPTION}`);
  if (footer > MAX_FOOTER_TEXT) problems.push(`${where}.footer.text: ${footer} > ${MAX_FOOTER_TEXT}`);
  if (author > MAX_AUTHOR_NAME) problems.push(`${where}.author.name: ${author} > ${MAX_AUTHOR_NAME}`);
  let total = title + description + footer + author;
  const fields = Array.isArray(embed.fields) ? embed.fields.filter(isObj) : [];
  if (fields.length > MAX_EMBED_FIELDS) problems.push(`${where}.fields: ${fields.length} > ${MAX_EMBED_FIELDS}`);
  fields.forEach((field, i) => {
    const name = textLength(field.name);
    const value = textLength(field.value);
    if (name === 0 || name > MAX_FIELD_NAME) problems.push(`${where}.fields[${i}].name: length ${name}`);
    if (value === 0 || value > MAX_FIELD_VALUE) problems.push(`${where}.fields[${i}].value: length ${value}`);
    total += name + value;
  });
  return total;
}

const BUTTON = 2;
const STRING_SELECT = 3;

function checkSelect(menu: Obj, where: string, problems: string[]): void {
  const options = Array.isArray(menu.options) ? menu.options.filter(isObj) : [];
  if (options.length === 0 || options.length > MAX_SELECT_OPTIONS) problems.push(`${where}.options: ${options.length} (1–${MAX_SELECT_OPTIONS})`);
  if (textLength(menu.placeholder) > MAX_SELECT_PLACEHOLDER) problems.push(`${where}.placeholder: > ${MAX_SELECT_PLACEHOLDER}`);
  const values = new Set<string>();
  options.forEach((option, i) => {
    const label = textLength(option.label);
    const value = textLength(option.value);
    if (label === 0 || label > MAX_SELECT_OPTION_TEXT) problems.push(`${where}.options[${i}].label: length ${label}`);
    if (value === 0 || value > MAX_SELECT_OPTION_TEXT) problems.push(`${where}.options[${i}].value: length ${value}`);
    if (textLength(option.description) > MAX_SELECT_OPTION_TEXT) problems.push(`${where}.options[${i}].description: > ${MAX_SELECT_OPTION_TEXT}`);
    if (values.has(String(option.value))) problems.push(`${where}.options[${i}].value: duplicate`);
    values.add(String(option.value));
  });
}

function checkComponents(rows: unknown[], problems: string[]): void {
  if (rows.length > MAX_ACTION_ROWS) problems.push(`components: ${rows.length} rows > ${MAX_ACTION_ROWS}`);
  const seen = new Set<string>();
  rows.map(plain).forEach((row, r) => {
    const children = isObj(row) && Array.isArray(row.components) ? row.components.map(plain) : [];
    if (children.length === 0) problems.push(`components[${r}]: empty row`);
    if (children.length > MAX_BUTTONS_PER_ROW) problems.push(`components[${r}]: ${children.length} > ${MAX_BUTTONS_PER_ROW}`);
    children.forEach((child, c) => {
      if (!isObj(child)) return;
      const where = `components[${r}][${c}]`;
      const id = child.custom_id ?? child.customId;
      if (typeof id === "string") {
        if (id.length === 0 || id.length > MAX_CUSTOM_ID) problems.push(`${where}.custom_id: length ${id.length}`);
        if (seen.has(id)) problems.push(`${where}.custom_id: duplicate "${id}"`);
        seen.add(id);
      } else if (typeof child.url !== "string") {
        problems.push(`${where}: neither custom_id nor url`);
      } else if (child.url.length > MAX_BUTTON_URL || !/^https?:\/\//u.test(child.url)) {
        problems.push(`${where}.url: not an http(s) URL of at most ${MAX_BUTTON_URL} characters`);
      }
      if (child.type === STRING_SELECT) {
        // A select menu fills its row.
        if (children.length > 1) problems.push(`${where}: a select menu must be alone in its row`);
        checkSelect(child, where, problems);
        return;
      }
      if (child.type === BUTTON && textLength(child.label) === 0 && !isObj(child.emoji)) problems.push(`${where}: a button needs a label or an emoji`);
      if (textLength(child.label) > MAX_BUTTON_LABEL) problems.push(`${where}.label: > ${MAX_BUTTON_LABEL}`);
    });
  });
}

function checkChoices(choices: unknown[], problems: string[]): void {
  if (choices.length > MAX_CHOICES) problems.push(`choices: ${choices.length} > ${MAX_CHOICES}`);
  choices.forEach((choice, i) => {
    if (!isObj(choice)) {
      problems.push(`choices[${i}]: not an object`);
      return;
    }
    const name = textLength(choice.name);
    if (name === 0 || name > MAX_CHOICE_NAME) problems.push(`choices[${i}].name: length ${name}`);
    const value = String(choice.value ?? "");
    if (value.length === 0 || value.length > MAX_CHOICE_VALUE) problems.push(`choices[${i}].value: length ${value.length}`);
  });
}

/**
 * Every limit the payload breaks, as readable strings; empty when Discord would accept it.
 * Accepts discord.js option objects (camelCase, builders) and raw API bodies (snake_case),
 * so tests can check both what a renderer returns and what reached the fake Discord.
 */
export function checkPayload(payload: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(payload)) return ["payload: not an object"];
  if (Array.isArray(payload.choices)) {
    checkChoices(payload.choices, problems);
    return problems;
  }
  const content = textLength(payload.content);
  if (content > MAX_CONTENT) problems.push(`content: ${content} > ${MAX_CONTENT}`);
  const embeds = Array.isArray(payload.embeds) ? payload.embeds.map(plain) : [];
  if (embeds.length > MAX_EMBEDS) problems.push(`embeds: ${embeds.length} > ${MAX_EMBEDS}`);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (isObj(embed)) total += checkEmbed(embed, `embeds[${i}]`, problems);
  });
  if (total > MAX_EMBED_TOTAL) problems.push(`embeds: ${total} characters in total > ${MAX_EMBED_TOTAL}`);
  if (Array.isArray(payload.components)) checkComponents(payload.components, problems);
  const mentions = payload.allowedMentions ?? payload.allowed_mentions;
  if (!isObj(mentions) || !Array.isArray(mentions.parse) || mentions.parse.length > 0) {
    problems.push("allowed_mentions: must be { parse: [] }");
  }
  if (content === 0 && embeds.length === 0 && !Array.isArray(payload.files) && !Array.isArray(payload.attachments)) {
    problems.push("payload: empty message");
  }
  return problems;
}

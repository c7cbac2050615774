/**
 * /help (and the console's /help, /hilfe): what the bot does, what its corpus covers (from the corpus profile), its
 * commands with one line each, the corpus's example questions and the licence. One plain-data model in the reader's
 * language, without markup; src/render/discord/help.ts and src/render/text/helpText.ts lay it out.
 */
import { type CorpusProfile, peopleOf, topicsOf } from "../corpus/profile.js";
import { formatDate, type Lang } from "./locale.js";
import { listOf, type MessageCode, t, tCount } from "./messages.js";

export interface HelpCommand {
  /** As the reader's Discord shows it: "/frage" in German, "/ask" in English. */
  name: string;
  /** The English name beside a German one ("/ask"); absent in English. */
  alias?: string;
  /** One line on what it does. */
  usage: string;
}

export interface HelpModel {
  lang: Lang;
  title: string;
  /** What the bot does: quotes verbatim, with sources; says so when the articles do not answer. */
  about: string;
  coverageTitle: string;
  /** Sentences on the corpus: its articles and date range, the people it names most, its topics. */
  coverage: string[];
  commandsTitle: string;
  commands: HelpCommand[];
  examplesTitle: string;
  /** The profile's example questions in this language, in its order: button n asks example n (`run:ask:<n>`). */
  examples: string[];
  licence: string;
}

/**
 * The commands a reader can use, as commands/index.ts registers them: the name, the German name and the line on its
 * use (a test checks them against the registered commands). /help itself is not listed.
 */
export const HELP_COMMANDS: ReadonlyArray<{ name: string; german: string; usage: MessageCode }> = [
  { name: "ask", german: "frage", usage: "help_ask" },
  { name: "timeline", german: "zeitleiste", usage: "help_timeline" },
  { name: "source", german: "quelle", usage: "help_source" },
  { name: "ingest", german: "artikel-hinzufuegen", usage: "help_ingest" },
];

function coverage(profile: CorpusProfile, lang: Lang): string[] {
  if (profile.articles === 0) return [t("help_no_articles", lang)];
  const articles = tCount("help_articles", lang, profile.articles);
  const lines = [
    profile.from && profile.to
      ? t("help_range", lang, { articles, from: formatDate(profile.from, lang), to: formatDate(profile.to, lang) })
      : t("help_count", lang, { articles }),
  ];
  const people = peopleOf(profile, lang);
  const topics = topicsOf(profile, lang);
  if (people.length > 0) lines.push(t("help_people", lang, { people: listOf(people, lang) }));
  if (topics.length > 0) lines.push(t("help_topics", lang, { topics: listOf(topics, lang) }));
  return lines;
}

export function helpModel(profile: CorpusProfile, lang: Lang): HelpModel {
  return {
    lang,
    title: t("help_title", lang),
    about: t("help_about", lang),
    coverageTitle: t("help_coverage_title", lang),
    coverage: coverage(profile, lang),
    commandsTitle: t("help_commands_title", lang),
    commands: HELP_COMMANDS.map((c) => ({
      name: `/${lang === "de" ? c.german : c.name}`,
      ...(lang === "de" && c.german !== c.name ? { alias: `/${c.name}` } : {}),
      usage: t(c.usage, lang),
    })),
    examplesTitle: t("help_examples_title", lang),
    examples: [...profile.examples[lang]],
    licence: t("help_licence", lang),
  };
}

/**
 * The small talk around a question typed in a chat: a greeting or an address before it ("Hallo Bot, …", "Hey Leute,
 * …", "Kurze Frage: …", "Hi there! …", "Weiß jemand, …"), a frame that asks for news or a claim's truth ("Gibt es
 * Neuigkeiten zu …", "Stimmt es, dass …", "What's the latest on …"), thanks after it ("… Danke im Voraus!", "… thx",
 * "… LG"), Discord mentions ("<@123456>"), web addresses, markdown ("**…**") and quotation marks around the whole question. None
 * of it is a topic: as words of the question, "Bot", "Leute" or "Voraus" counted as nouns the corpus lacks, and a
 * question the corpus answers came close to abstaining. The words are taken off only where they stand apart (a greeting
 * ends in a punctuation mark, thanks follow one), and never when nothing else is left.
 */
import { foldWord } from "../analysis/normalize.js";
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from "../analysis/stopwords.js";
import { ENGLISH_QUESTION_WORDS, QUESTION_WORDS } from "./questionIntent.js";

/** Greetings that may open a question (lower case). */
const GREETINGS = ["hallo", "hello", "hallöchen", "hi", "hey", "moin", "moin moin", "servus", "grüß gott", "grüezi", "tach", "guten morgen", "guten tag", "guten abend", "good morning", "good afternoon", "good evening", "liebe grüße"];
/** Whom a greeting may address ("Hallo Bot", "Hey Leute", "Hi there", "Hallo zusammen"). */
const ADDRESSEES = ["bot", "verhandlungsbot", "leute", "zusammen", "alle", "ihr", "du", "all", "everyone", "there", "folks", "guys"];
/** A lead-in that announces the question ("Kurze Frage:", "Frage an den Bot:", "Quick question:"), before a colon. */
const LEAD_INS = ["frage", "kurze frage", "eine frage", "frage an den bot", "frage an dich", "question", "quick question", "a question"];
/**
 * A lead-in that asks for the question to be answered, before an indirect question ("Weiß jemand, wann …", "Kannst du mir
 * sagen, mit wem …", "Does anyone know who …"): "Weiß" would be read as the colour, "frage" as a word of the topic.
 */
const ASKING = [
  ...["weiß jemand", "weiss jemand", "weißt du", "weisst du", "wisst ihr", "wissen sie", "kann mir jemand sagen", "kannst du mir sagen", "können sie mir sagen", "könnt ihr mir sagen"],
  ...["ich frage mich", "ich wüsste gern", "ich wüsste gerne", "ich möchte wissen", "ich will wissen", "sag mal", "sag mir", "sagt mal", "erklär mir", "erkläre mir"],
  ...["does anyone know", "does somebody know", "do you know", "can you tell me", "could you tell me", "can anyone tell me", "i wonder", "i was wondering", "tell me"],
];
/**
 * A frame that asks for news or for what the bot knows about a topic ("Erzähl mir etwas über Kellogg", "Gibt es
 * Neuigkeiten zu den Gesprächen?", "Worum ging es beim Telefonat?", "What's the latest on the ceasefire?"): "erzähl",
 * "Neuigkeiten", "ging", "latest" name no topic. Only before a preposition or a filler word ({@link ABOUT}) or a
 * punctuation mark: "Gibt es neues Material?", "What is New Zealand's position?", "What is the latest offer …" stay.
 */
const ASKING_ABOUT = [
  ...["erzähl mir", "erzähle mir", "erzählt mir", "was weißt du", "was weisst du", "was wisst ihr", "gibt es neuigkeiten", "gibt es neues", "gibt es was neues", "was gibt es neues", "was gibt's neues"],
  ...["worum geht es", "worum ging es", "worum geht's", "was ist los", "wie geht es weiter", "wie geht's weiter"],
  ...["what do you know", "what can you tell me", "any news", "anything new", "what's the latest", "what is the latest", "whats the latest", "what's new", "what is new"],
];
/** The words a topic frame may stand before ({@link ASKING_ABOUT}). */
const ABOUT = ["zu", "zum", "zur", "über", "ueber", "bei", "beim", "von", "vom", "mit", "aus", "in", "im", "zwischen", "etwas", "mehr", "alles", "on", "about", "regarding", "re", "with", "from", "for", "of", "between"];
/**
 * Asking whether a claim holds ("Stimmt es, dass …", "Is it true that …"): the claim is the topic, "stimmt" is not. Only
 * before a comma or "dass/ob/that/whether": "Stimmt es ab?" is a verb of the question.
 */
const ASKING_WHETHER = ["stimmt es", "stimmt es eigentlich", "ist es wahr", "ist es richtig", "is it true", "is it correct", "is it right"];
/** Thanks and sign-offs after a question. */
const THANKS = ["pls", "plz", "please", "bitte", "danke", "danke schön", "dankeschön", "danke sehr", "danke dir", "danke euch", "vielen dank", "besten dank", "merci", "thx", "thanks", "thank you", "ty", "lg", "vg", "mfg", "gruß", "grüße", "liebe grüße", "viele grüße", "cheers"];

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");

const MENTION = /<(?:@[!&]?|#)\d+>|@verhandlungsbot\b/giu;
/** A web address: no question word (/source takes the address of an article). */
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/**
 * Words after which a web address is what the question asks about ("Was steht in https://…?", "What does the article
 * at https://… say?"): it stays, and the question reads as the corpus lacking it (/source takes addresses).
 */
const BEFORE_ADDRESS: ReadonlySet<string> = new Set(["in", "im", "auf", "unter", "bei", "von", "vom", "zu", "zum", "aus", "über", "ueber", "der", "die", "das", "den", "dem", "des", "at", "on", "from", "of", "about", "the", "to"]);
/** Discord's markdown: bold, italics, strike-through, code, spoilers and the quote marker of a line. */
const MARKDOWN = /\*\*|__|~~|`+|\|\||(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])|^\s*>+\s?/gmu;
/** The whole question in quotation marks. */
const WRAPPED = /^\s*["„“”«»]([^"„“”«»]+)["„“”«»]\s*$/u;
/** A punctuation mark after a greeting or a particle; a hyphen only apart from a word ("Hi - …", not "Hi-Tech", "Well-known"). */
const MARK = "(?:[,!.:;–—]|-(?!\\p{L}))";
const GREETING = new RegExp(`^\\s*(?:${alternation(GREETINGS)})(?:(?:\\s+(?:${alternation(ADDRESSEES)}))?\\s*${MARK}+|\\s+(?:bot|verhandlungsbot)\\b${MARK}*)\\s*`, "iu");
/** Words that tie a question to the chat before it ("Und was sagte Putin?", "Ok, and who …"): no topic. */
const PARTICLES = ["pls", "plz", "und", "and", "noch eine frage", "und noch", "nochmal", "noch mal"];
/** Particles that tie before a question word too ("Also wer …", "Ok what …"; not "Also known as", "OK Boomer"). */
const QUESTION_PARTICLES = ["also", "ok", "okay", "ach ja"];
/** A German or English question word (questionIntent.ts; the German ones folded, as "wofur"). */
const QUESTION_WORD = `(?:${[...QUESTION_WORDS, ...ENGLISH_QUESTION_WORDS].join("|")})\\b`;
/** Particles that tie only before a punctuation mark ("So, wer …", "Well, who …"; not "So viele …"). */
const PUNCTUATED_PARTICLES = ["so", "well", "na", "ach", "gut", "alright"];
const PARTICLE = new RegExp(
  `^\\s*(?:(?:${alternation(PARTICLES)})(?:\\s*${MARK}+\\s*|\\s+)|(?:${alternation(QUESTION_PARTICLES)})(?:\\s*${MARK}+\\s*|\\s+(?=${QUESTION_WORD}))|(?:${alternation(PUNCTUATED_PARTICLES)})\\s*${MARK}+\\s*)`,
  "iu",
);
const ASKING_LEAD_IN = new RegExp(`^\\s*(?:${alternation(ASKING)})\\b\\s*(?:[,:;–—]|-(?!\\p{L}))?\\s*`, "iu");
const ABOUT_LEAD_IN = new RegExp(`^\\s*(?:${alternation(ASKING_ABOUT)})(?=\\s+(?:${alternation(ABOUT)})\\b|\\s*[?!.,:;–—]|\\s*$)\\s*(?:[,:;–—])?\\s*`, "iu");
const WHETHER_LEAD_IN = new RegExp(`^\\s*(?:${alternation(ASKING_WHETHER)})(?=\\s*,|\\s+(?:dass|ob|that|whether)\\b)\\s*,?\\s*`, "iu");
const LEAD_IN = new RegExp(`^\\s*(?:${alternation(LEAD_INS)})\\s*:\\s*`, "iu");
const IN_ADVANCE_WORDS = "im\\s+voraus|in\\s+advance|schon\\s+mal|vorab";
const IN_ADVANCE = new RegExp(`\\s(?:${IN_ADVANCE_WORDS})\\b`, "iu");
const THANKS_PHRASE = `(?:${alternation(THANKS)})(?:\\s+(?:${IN_ADVANCE_WORDS}))?`;
/** Thanks after a punctuation mark ("…? Danke", "…, thx"); not after a colon, which quotes them ("Selenskyj sagte: Danke"). */
const TRAILING_THANKS = new RegExp(`([?!.,;)]|^)\\s*(?:${THANKS_PHRASE}[\\s!.:)]*)+$`, "iu");
/**
 * Thanks with an exclamation mark after a question typed without one ("Houthi casualties Danke im Voraus!"); not as
 * the object of the word before ("Wer sagte Danke!", "Was war die Bitte!", "Putin sendet Grüße!"): {@link objectOfTheQuestion}.
 */
const EXCLAIMED_THANKS = new RegExp(`(\\s)(?:${THANKS_PHRASE}\\s*)+!+[\\s!.:)]*$`, "iu");
/**
 * Words after which a word of thanks is what the question asks about, no small talk: articles, determiners and
 * prepositions ("die Bitte", "zum Dank", "nur Danke"), and verbs that say or send it ("Wer sagte Danke!", "Putin sendet
 * Grüße!"). Thanks "im Voraus" are small talk wherever they stand.
 */
const OBJECT_BEFORE: ReadonlySet<string> = new Set([
  ...["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "seine", "seinen", "seiner", "ihre", "ihren", "ihrer", "deren", "dessen", "welche", "welchen", "welcher", "diese", "diesen", "dieser"],
  ...["zum", "zur", "im", "am", "vom", "beim", "mit", "ohne", "für", "als", "auf", "aus", "nach", "um", "nur", "the", "a", "an", "his", "her", "their", "its", "with", "for", "just", "only"],
  ...["sagt", "sagte", "sagten", "sagen", "sage", "sagst", "gesagt", "sendet", "sendete", "sandte", "senden", "schickt", "schickte", "schicken", "richtet", "richtete", "übermittelt", "übermittelte", "schrieb", "schreibt", "ruft", "rief", "said", "says", "say", "sent", "sends", "wrote", "writes"],
]);

/** Whether `thanks` after `before` are the object of its last word ({@link OBJECT_BEFORE}) or quoted after a colon. */
function objectOfTheQuestion(before: string, thanks: string): boolean {
  if (IN_ADVANCE.test(thanks)) return false;
  return /:\s*$/u.test(before) || OBJECT_BEFORE.has(before.match(/([\p{L}\p{N}]+)\s*$/u)?.[1]?.toLowerCase() ?? "");
}

/** Whether a word of the text is no stopword (German or English). */
function hasContentWord(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => !GERMAN_STOPWORDS.has(foldWord(w)) && !ENGLISH_STOPWORDS.has(w.toLowerCase()));
}

/** The question without the small talk around it; the question itself where nothing else would be left. */
export function withoutSmallTalk(question: string): string {
  let q = question.replace(MENTION, " ").replace(URL, (address, at: number, all: string) => (BEFORE_ADDRESS.has(all.slice(0, at).match(/([\p{L}]+)\s*$/u)?.[1]?.toLowerCase() ?? "") ? address : " ")).replace(MARKDOWN, "").replace(/\s+/gu, " ").trim();
  q = q.replace(WRAPPED, "$1");
  for (const pattern of [GREETING, LEAD_IN, GREETING, PARTICLE, PARTICLE, ASKING_LEAD_IN]) {
    const rest = q.replace(pattern, "");
    if (/\p{L}/u.test(rest)) q = rest;
  }
  // A topic's or a claim's frame goes only where a word of the topic is left ("Worum geht es dabei?" stays).
  for (const pattern of [ABOUT_LEAD_IN, WHETHER_LEAD_IN]) {
    const rest = q.replace(pattern, "");
    if (rest !== q && hasContentWord(rest)) q = rest;
  }
  const rest = q.replace(TRAILING_THANKS, "$1").replace(EXCLAIMED_THANKS, (thanks, space: string, at: number) => (objectOfTheQuestion(q.slice(0, at), thanks) ? thanks : space)).trim();
  if (/\p{L}/u.test(rest)) q = rest;
  return /\p{L}/u.test(q) ? q : question;
}

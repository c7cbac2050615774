/**
 * The small talk around a question typed in a chat: a greeting or an address before it ("Hallo Bot, …", "Hey Leute,
 * …", "Kurze Frage: …", "Hi there! …"), thanks after it ("… Danke im Voraus!", "… thx", "… LG") and Discord mentions
 * ("<@123456>"). None of it is a topic: as words of the question, "Bot", "Leute" or "Voraus" counted as nouns the
 * corpus lacks, and a question the corpus answers came close to abstaining. The words are taken off only where they
 * stand apart (a greeting ends in a punctuation mark, thanks follow one), and never when nothing else is left.
 */

/** Greetings that may open a question (lower case). */
const GREETINGS = ["hallo", "hello", "hallöchen", "hi", "hey", "moin", "moin moin", "servus", "grüß gott", "grüezi", "tach", "guten morgen", "guten tag", "guten abend", "good morning", "good afternoon", "good evening", "liebe grüße"];
/** Whom a greeting may address ("Hallo Bot", "Hey Leute", "Hi there", "Hallo zusammen"). */
const ADDRESSEES = ["bot", "verhandlungsbot", "leute", "zusammen", "alle", "ihr", "du", "all", "everyone", "there", "folks", "guys"];
/** A lead-in that announces the question ("Kurze Frage:", "Frage an den Bot:", "Quick question:"). */
const LEAD_INS = ["frage", "kurze frage", "eine frage", "frage an den bot", "frage an dich", "question", "quick question", "a question"];
/** Thanks and sign-offs after a question. */
const THANKS = ["danke", "danke schön", "dankeschön", "danke sehr", "danke dir", "danke euch", "vielen dank", "besten dank", "merci", "thx", "thanks", "thank you", "ty", "lg", "vg", "mfg", "gruß", "grüße", "liebe grüße", "viele grüße", "cheers"];

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");

const MENTION = /<(?:@[!&]?|#)\d+>/gu;
const GREETING = new RegExp(`^\\s*(?:${alternation(GREETINGS)})(?:\\s+(?:${alternation(ADDRESSEES)}))?\\s*[,!.:;–—-]+\\s*`, "iu");
const LEAD_IN = new RegExp(`^\\s*(?:${alternation(LEAD_INS)})\\s*:\\s*`, "iu");
const TRAILING_THANKS = new RegExp(`([?!.,;:)]|^)\\s*(?:(?:${alternation(THANKS)})(?:\\s+(?:im\\s+voraus|in\\s+advance|schon\\s+mal|vorab))?[\\s!.:)]*)+$`, "iu");

/** The question without the small talk around it; the question itself where nothing else would be left. */
export function withoutSmallTalk(question: string): string {
  let q = question.replace(MENTION, " ").trim();
  for (const pattern of [GREETING, LEAD_IN, GREETING]) {
    const rest = q.replace(pattern, "");
    if (/\p{L}/u.test(rest)) q = rest;
  }
  const rest = q.replace(TRAILING_THANKS, "$1").trim();
  if (/\p{L}/u.test(rest)) q = rest;
  return /\p{L}/u.test(q) ? q : question;
}

/**
 * Given names that open a person's full name in German news about the war and the negotiations
 * ("Juri Uschakow", "Kirill Dmitrijew", "JD Vance"), in the spellings German outlets use and the
 * English ones agencies keep. Discovery (`discoverActors.ts`) also learns given names from the corpus
 * ("Verteidigungsminister Rustem Umerow" teaches "Rustem"), so this list only has to cover the names
 * that stand without a role. Folded like `foldName` (lower case, no diacritics, ß → ss).
 */
const NAMES = `
aaron abdullah abe adam adrian ahmed aleksander aleksandr aleksej alex alexander alexandr alexei alexej alexey ali alice alina alistair
amy ana anatoli anatolij anatoly andrea andreas andrei andrej andrew andrii andrij andriy andrzej angela anna annalena anne annegret annette
anthony anton antonio antony armin arseni arsenij arseniy artem artjom arthur aslan baerbel barack barbara benjamin bernd bill bob bohdan boris
boyko brian bruno carl carlos caroline catherine charles chris christian christine christoph christopher chrystia claudia daniel daniela
david denis denys dieter dmitri dmitrij dmitriy dmitry dmytro donald dorothee ed edward elon emmanuel emma eric erik ernst
eva evgeni evgeny fedor felix florian frank franz frederik friedrich fumio gabriel gennadi gennadij georg george gerhard giorgia giuseppe
gordon gregor guido halyna hakan hans heiko heinrich helmut herbert hillary horst hubertus igor ihor ilham ilja ilya irina iryna ivan jack
jacob jacques jake jakob james jan jared jean jeffrey jennifer jens jewgeni jewgenij jim joachim joe johann johannes john jonathan jordan
josef joseph josep juergen jurgen juri jurij justin kaja kamala karin karl karol karoline kateryna katharina keir keith kevin kim kirill
klaus kristalina kyrylo lars laura lech leo leonid lindsey lloyd lukas lutz maia manfred manuel marco maria marie marina mario mark markus
marta martin matteo matthew mateusz max maxim maxime melania michael michail michel mike mikhail mohammed muhammad nancy natalia
nathalie nicolas nikita nikolai nikolaj nikolaus norbert oleg oleksandr oleksij oleksiy olaf olena olga oliver olivier pam patrick paul
pavel pawel pawlo pedro pete peter petro petr philipp pierre rachel ralph ramzan recep richard rishi robert roberto roman ron ruslan rustem
rustam sam samantha sahra sarah scott sebastian sergei sergej sergey sergii sergij serhij serhii sigmar simon stefan steffen stephan stephen
steve steven susan susie svenja swetlana svetlana taras ted thomas tim timothy tom tony tulsi ulf ulrich ursula valentina valeri valerij
valery victor viktor viktoria vitali vitalij vitaly vladimir vladislav volker volodymyr walter waleri walerij wassili wiktor william
witali witalij wladimir wladislaw wolfgang wolodymyr xi yulia yuri yury zoran
`;

/** Folded given names (lower case, diacritics removed). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter(Boolean));

/**
 * Short forms of given names that news writes for the full one ("Dan Driscoll" for Daniel Driscoll, "Mike Waltz" for
 * Michael Waltz), folded. Only these join a full name (discoveryMerge.ts): a name that merely begins another is often
 * someone else's ("Leo" / "Leonid", "Max" / "Maxim", "Anna" / "Annalena").
 */
const SHORT_FORMS_TEXT = `
alex alexander · andy andrew · ben benjamin · bill william · bob robert · chris christopher · dan daniel · dave david
fred frederick · fritz friedrich · greg gregory · hans johannes · jeff jeffrey · jim james · joe joseph · jon jonathan
kate katherine · liz elizabeth · matt matthew · mike michael · nick nicholas · pete peter · rob robert · sam samuel
sepp josef · steve steven · steve stephen · tim timothy · tom thomas · tony anthony · uli ulrich
`;

/** Folded short form → the folded full names it stands for. */
export const SHORT_FORMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const forms = new Map<string, Set<string>>();
  // Pairs are separated by "·" or a line's end; a pair of other than two words is a mistake in the list.
  for (const pair of SHORT_FORMS_TEXT.split(/[·\n]/u)) {
    const words = pair.trim().split(/\s+/u).filter(Boolean);
    if (words.length === 0) continue;
    if (words.length !== 2) throw new Error(`givenNames.ts SHORT_FORMS: "${pair.trim()}" is no pair of a short and a full name`);
    const [short, full] = words as [string, string];
    forms.set(short, (forms.get(short) ?? new Set()).add(full));
  }
  return forms;
})();

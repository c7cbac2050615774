/**
 * Stopwords, folded (lower case, umlauts and ß folded). They are removed at index and query time:
 * MiniSearch scores every document a query term matches, so one "die" in a query scores the whole corpus.
 */
import { foldWord } from "./normalize.js";

const GERMAN = `
ab aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anders auch auf aus
bei beim bin bis bist bitte da dabei dadurch dafür dagegen daher dahin damals damit danach daneben dann daran darauf daraus darf darfst
darin darum darunter das dass daß davon davor dazu dein deine deinem deinen deiner dem demnach den denen denn dennoch der deren derer des
deshalb dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch eben ebenfalls ein eine einem einen einer eines
einig einige einigem einigen einiger einiges einmal er es etwa etwas euch euer eure eurem euren eurer für gegen gewesen hab habe haben
hat hatte hatten hätte hätten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist ja je jede jedem
jeden jeder jedes jedoch jene jenem jenen jener jenes jetzt kann kannst kein keine keinem keinen keiner keines können könnte könnten
machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss musste müssen müsste nach
nachdem nein nicht nichts noch nun nur ob oder ohne seid sein seine seinem seinen seiner seines selbst sich sie sind so solche solchem
solchen solcher solches soll sollen sollte sollten sondern sonst sowie über um und uns unser unsere unserem unseren unserer unter viel
vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn wer werde werden werdet weshalb wie
wieder will wir wird wirst wo woher wohin wollen wollte wollten würde würden zu zum zur zwar zwischen wurde wurden worden sei seien
wann warum wieso weshalb welch wem wen wessen gibt gab gibt's geben hatten heißt hieß bereits schon sehr mehr zudem demzufolge
mussten müssten musst konnte konnten dürfen durfte durften dürfte dürften sollst solltest willst wollt möchte möchten wäre wären
außer gemäß infolge inmitten innerhalb außerhalb jenseits mittels neben oberhalb unterhalb samt seit anstatt trotz wegen
zufolge binnen bezüglich hinsichtlich seitens anhand aufgrund mithilfe zugunsten ungeachtet
bevor obwohl obgleich sobald solange sofern sodass seitdem jemand jemanden jemandem niemand niemanden niemandem irgendwer irgendwen irgendwem irgendjemand
laut demnach dazu darüber worüber wofür womit wozu woran worauf wovon wodurch wobei worum denen dessen deren sowohl weder noch also etwa gerade erst immer ebenso sogar allerdings zunächst
ans aufs durchs fürs ums übers unters vors hinters überm unterm vorm hinterm
`;

const ENGLISH = `
a about above after again against all am an and any are as at be because been before being below between both but by can could
did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours yourself yourselves tell know please
does did say says said according regarding whose anything something there's what's who's let's get got
now currently still already also even really ever yet actually exactly anyway
`;

export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(GERMAN.split(/\s+/).filter(Boolean).map(foldWord));

/** English function words; used to recognise an English question and dropped from it. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/).filter(Boolean));

/**
 * Strong (irregular) German verbs: past and participle forms → infinitive. Snowball cannot relate
 * "sprach"/"gesprochen" to "sprechen" or "traf"/"getroffen" to "treffen"; this table can.
 * Forms are folded (lower case, umlauts folded). Separable prefixes are handled by the analyzer.
 */
const TABLE = `
sprechen: sprach sprachen gesprochen spricht sprich
treffen: traf trafen getroffen trifft
nehmen: nahm nahmen genommen nimmt
geben: gab gaben gegeben gibt
kommen: kam kamen gekommen kommt
gehen: ging gingen gegangen geht
halten: hielt hielten gehalten halt
rufen: rief riefen gerufen ruft
bitten: bat baten gebeten bittet
schlagen: schlug schlugen geschlagen schlagt
schreiben: schrieb schrieben geschrieben schreibt
stehen: stand standen gestanden steht
sehen: sah sahen gesehen sieht
finden: fand fanden gefunden findet
bringen: brachte brachten gebracht bringt
denken: dachte dachten gedacht denkt
wissen: wusste wussten gewusst weiss
nennen: nannte nannten genannt nennt
kennen: kannte kannten gekannt kennt
fliegen: flog flogen geflogen fliegt
ziehen: zog zogen gezogen zieht
beginnen: begann begannen begonnen beginnt
gewinnen: gewann gewannen gewonnen gewinnt
verlieren: verlor verloren verliert
liegen: lag lagen gelegen liegt
sitzen: sass sassen gesessen sitzt
lassen: liess liessen gelassen lasst
laufen: lief liefen gelaufen lauft
fahren: fuhr fuhren gefahren fahrt
tragen: trug trugen getragen tragt
helfen: half halfen geholfen hilft
werfen: warf warfen geworfen wirft
treten: trat traten getreten tritt
bleiben: blieb blieben geblieben bleibt
scheinen: schien schienen geschienen scheint
schweigen: schwieg schwiegen geschwiegen schweigt
steigen: stieg stiegen gestiegen steigt
streiten: stritt stritten gestritten streitet
leiden: litt litten gelitten leidet
schliessen: schloss schlossen geschlossen schliesst
beschliessen: beschloss beschlossen beschliesst
verbieten: verbot verboten verbietet
bieten: bot boten geboten bietet
anbieten: anbot
fallen: fiel fielen gefallen fallt
heissen: hiess hiessen geheissen heisst
sterben: starb starben gestorben stirbt
wachsen: wuchs wuchsen gewachsen wachst
erhalten: erhielt erhielten erhalt
vergleichen: verglich verglichen
entscheiden: entschied entschieden entscheidet
unterschreiben: unterschrieb unterschrieben
versprechen: versprach versprachen versprochen verspricht
besprechen: besprach besprachen besprochen bespricht
betreffen: betraf betrafen betroffen betrifft
vertreten: vertrat vertraten vertritt
`;

export const STRONG_VERBS: ReadonlyMap<string, string> = new Map(
  TABLE.trim()
    .split("\n")
    .flatMap((line) => {
      const [infinitive, forms] = line.split(":");
      return (forms ?? "").trim().split(/\s+/).map((form) => [form, infinitive!.trim()] as [string, string]);
    }),
);

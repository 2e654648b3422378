import { gerund, singularize } from "../language/inflection.js";
import { isPerson } from "../language/noun-kinds.js";
import { tagWords } from "../language/tagger.js";
import { isDismissal } from "./dismissals.js";
import { isEnglish } from "./language.js";
import { PAST_A_MEASURE } from "./limits-kept.js";
import { asWrittenEnglish } from "./spoken-english.js";

/**
 * A "no" said after the thing, pointing back at it: "Estate dues, levies and all that
 * payment matter, that one is not our headache here", "rostering - surfguard does that,
 * not in this", "raffles no way", "GST returns are done by our auditor in Tally, that is
 * not required at all", "the funeral work goes through the till, so we'll give those a
 * miss", "Player stats and that kind of thing are not in this package". The thing comes
 * first, as a name or as the subject of what happens to it elsewhere; the "no" after it.
 */

/** Haitian Creole's "no" after the thing: "kite l deyò" (leave it out), "pa mete sa ladan l" (don't put that in it). */
const CREOLE_NO =
  /kite\s+(?:l|li|yo|sa)\s+deyò|pa\s+mete\s+(?:sa|l|li|yo)(?:\s+ladan\s*(?:l|li)?)?|(?:nou\s+)?pa\s+bezwen\s+(?:sa|l|li|yo)(?![\p{L}])/iu;

/**
 * Tetum "…, ne'e la'ós ami-nia servisu" (that is not our work), "…, keta tau ida ne'e" (don't
 * put this one in); Sranan "…, dati a no wi afersi" (that is not our business), "…, libi dati,
 * no poti en" (leave that, don't put it in). Short sentences in either may hold more words
 * English writes ("a", "wi") than their own, so this "no" says the sentence is not English.
 */
const TETUM_OR_SRANAN_NO =
  /(?:ne['’]e\s+)?la['’]ós\s+(?:ami|ita)(?:-?nia)?\s+(?:servisu|serbisu|knaar|problema)(?![\p{L}])|keta\s+(?:tau|hatama|hakerek)(?:\s+(?:ida\s+ne['’]e|ne['’]e|sira\s+ne['’]e))?(?![\p{L}])|(?:dati|disi)\s+(?:a\s+)?no\s+(?:wi|mi)\s+(?:afersi|wroko|tori)(?![\p{L}])|libi\s+(?:dati|disi|en|den)(?![\p{L}])|no\s+poti\s+(?:en|den|dati|disi)(?![\p{L}])/iu;

/**
 * Kinyarwanda "…, ibyo ntibitureba" (that does not concern us), "…, ntimubishyiremo" (don't put
 * them in), "… si ibyacu" (is not ours).
 */
const KINYARWANDA_NO =
  /(?:ibyo\s+|icyo\s+|ibi\s+)?ntibi?tureba(?![\p{L}])|ntacyo\s+bitureba(?![\p{L}])|ntimu(?:bi|ki|ka|yi|zi|ri|bu)?shyiremo(?![\p{L}])|ntimu(?:bi|ki|yi|zi)?shyireho(?![\p{L}])|(?:si|ntabwo\s+ari)\s+ibyacu(?![\p{L}])/iu;

/**
 * Neapolitan "…, chesto nun è affare nuosto" (that is not our business), "nun è rrobba nosta" (not our stuff), "…, nun 'o mettite"
 * (don't put it in), "…, lassate stà" (leave it be), "nun ce serve" (we don't need it).
 */
const NEAPOLITAN_NO =
  /(?:(?:chesto|chello|chesta|chella)\s+)?nun\s+è\s+(?:affare|fatto|cosa|r?robba)\s+(?:nuost[oa]|nost[oa]|['’]e\s+nuje)(?![\p{L}])|nun\s+(?:['’]?[oae]\s+|['’]?[oae]['’]?\s*)?mettite(?![\p{L}])|lassat[ea]\s+(?:stà|sta|perdere|fore)(?![\p{L}])|nun\s+ce\s+serve(?![\p{L}])/iu;

/**
 * Piedmontese "…, ma col lì a l'é sò afé, nen ël nòstr" (but that is her business, not ours),
 * "…, ma noi le torte i-j foma nen, lassoma perde" (but we don't make cakes, let it be); its "a"
 * and "ma" read like English words.
 */
const PIEDMONTESE_NO =
  /(?:ma\s+)?(?:(?:col|cola|coj|cole)\s+lì\s+|lolì\s+)?a\s+l['’]é\s+(?:sò|soa|sua|sò\s+car)\s+afé(?:\s*,?\s*nen\s+(?:ël|el|'l)\s+nòstr)?(?![\p{L}\p{M}])|(?:ma\s+)?(?:noi\s+)?(?:(?:le|ij|la|ël|j['’])\s*[\p{L}\p{M}'’-]+\s+)?i-?(?:j|la|lo|le)\s+(?:foma|vendoma|fasoma)\s+nen(?![\p{L}\p{M}])|lassoma\s+perde(?![\p{L}\p{M}])/iu;

/**
 * Hawaiian "…, ʻaʻole ia kā mākou hana" (that is not our work), "…, akā ʻaʻole mākou e hana pēlā,
 * waiho ʻia kēlā" (but we don't do that, leave that); its "a" and "i" read like English words.
 */
const HAWAIIAN_NO =
  /[ʻ‘']a[ʻ‘']ole\s+(?:ia|kēlā|kēia)\s+(?:kā\s+mākou|ka\s+mākou|kaʻu)\s+hana(?![\p{L}\p{M}])|(?:akā\s+)?[ʻ‘']a[ʻ‘']ole\s+mākou\s+e\s+hana\s+pēlā(?![\p{L}\p{M}])|waiho\s+[ʻ‘']ia\s+kēlā(?![\p{L}\p{M}])/iu;

/**
 * Te reo Māori "…, engari ehara tērā i tā mātou mahi" (but that is not our work), "…, kāore
 * mātou e whakatipu rīwai, waiho tērā" (we don't grow potatoes, leave that); its "a", "i" and
 * "e" read like English words.
 */
const MAORI_NO =
  /(?:engari\s+)?ehara\s+(?:tērā|tēnā|tēnei|ērā|ēnei)\s+i\s+(?:tā|tō|tāku|tōku)\s+(?:mātou|māua|tātou)?\s*(?:mahi|pakihi|kaupapa)(?![\p{L}\p{M}])|waiho\s+(?:tērā|tēnā|ērā|tēnei)(?![\p{L}\p{M}])/iu;

/**
 * Breton "…, met n'eo ket hon afer" (but it is not our business), "…, lezomp an dra-se" (let us
 * leave that); its "an", "a" and "met" read like English words.
 */
const BRETON_NO =
  /(?:met\s+)?n['’]eo\s+ket\s+(?:hon|ma|hor)\s+(?:afer|labour|micher|stal)(?![\p{L}\p{M}])|lezomp\s+(?:an\s+dra-?se|an\s+dra-?mañ|anezhañ|anezho)(?![\p{L}\p{M}])/iu;

/**
 * Friulian "…, nol è afâr nestri" (it is not our business), "…: no, no stait a metilu" (no, don't
 * put it in), "… no nus covente" (we don't need it); its "a" and "no" read like English words.
 */
const FRIULIAN_NO =
  /(?:al\s+)?nol\s+è\s+(?:afâr|robe)\s+(?:nestri|nestre|gno|mê)(?![\p{L}])|no\s+stait\s+a\s+met(?:ilu|ile|ilis|iju|i)(?![\p{L}])|no\s+nus\s+(?:covente|coventin)(?![\p{L}])/iu;

/**
 * Low German "…, dor hebbt wi nix mit to doon" (we have nothing to do with that), "…, dat bruukt
 * wi nich" (we don't need that), "dat is nich uns Saak" (that is not our business), "laat dat
 * weg" (leave that out).
 */
const LOW_GERMAN_NO =
  /(?:dor|dar|door)\s+hebbt\s+wi\s+nix\s+mit\s+to\s+do(?:on|n)(?![\p{L}])|dat\s+bruukt\s+wi\s+nich(?![\p{L}])|dat\s+is\s+nich\s+uns(?:e|en)?\s+(?:Saak|Kraam)(?![\p{L}])|laat\s+dat\s+weg(?![\p{L}])/iu;

/**
 * Igbo "…, ọ bụghị ọrụ anyị" (it is not our work), "…, etinyela ya" (don't put it in), "anyị
 * achọghị ya" (we don't want it).
 */
const IGBO_NO =
  /ọ\s+bụghị\s+(?:ọrụ|azụmahịa|ihe)\s+anyị(?![\p{L}\p{M}])|etinyela\s+ya(?![\p{L}\p{M}])|anyị\s+achọghị\s+ya(?![\p{L}\p{M}])/iu;

/**
 * Setswana "…, mme seo ga se tiro ya rona" (but that is not our work), "…, tlogelang seo" (leave
 * that), "ga re di batle" (we don't want them).
 */
const SETSWANA_NO =
  /(?:(?:mme\s+)?(?:seo|sena|tseo|eo|ona)\s+)?ga\s+se\s+(?:tiro|kgang|kgwebo|selo|tsa|ya)\s+(?:ya\s+|tsa\s+)?rona(?![\p{L}])|tlogelang\s+(?:seo|sena|tseo|tsone|sone)(?![\p{L}])|ga\s+re\s+(?:di\s+|se\s+|e\s+)?batle(?![\p{L}])/iu;

/**
 * What a Setswana "no" points back at: what someone has ("Rrangwane o na le difofane …", my
 * uncle has small planes …) or wants to buy ("bajanala ba batla go reka diroto …", tourists
 * want to buy baskets …), else the word the sentence opens on.
 */
function setswanaTopic(before: string): string[] {
  const had = [
    ...before.matchAll(/(?<![\p{L}])(?:na\s+le|go\s+(?:reka|rekisa|dira|tsaya|bona))\s+([\p{L}'’-]{3,})/giu),
  ].pop();
  const thing = had?.[1] ?? before.trim().split(/[\s,]+/u)[0];
  return thing && thing.length >= 3 ? [thing] : [];
}

/**
 * Ilocano "…, ngem saan a trabahomi dayta" (but that is not our work), "…, baybay-anyo dayta"
 * (leave that), "saanmi a kasapulan" (we don't need it).
 */
const ILOCANO_NO =
  /(?:ngem\s+)?saan\s+(?:a|nga)\s+(?:trabahomi|trabahotayo|negosiomi|bisneskami|annongmi)(?:\s+(?:dayta|daytoy|dagita))?(?![\p{L}])|baybay-?an(?:yo|mo)\s+(?:dayta|daytoy|dagita)(?![\p{L}])|saanmi\s+(?:a|nga)\s+kasapulan(?![\p{L}])/iu;

/**
 * What an Ilocano "no" points back at: what someone sells or makes ("aglako iti bagnet ken
 * empanada idiay plasa", sells bagnet and empanada at the plaza), each thing "ken" (and) joins,
 * without where it is done.
 */
function ilocanoTopic(before: string): string[] {
  const done = [
    ...before.matchAll(
      /(?<![\p{L}])(?:ag|mang|man)(?:lako|aramid|luto|taraken|tagibi|ilako)\p{L}*\s+(?:iti|ti)\s+([^,.;!?]+)/giu,
    ),
  ].pop();
  if (!done) return [];
  return done[1]!
    .replace(/\s+(?:idiay|ditoy|iti|kadagiti|para)\s.*$/iu, "")
    .split(/\s+ken\s+|\s*,\s*/u)
    .map((thing) => thing.trim())
    .filter((thing) => thing.length >= 3);
}

/**
 * Kapampangan "…, pero ita ali negosyu mi" (but that is not our business), "…, pabayan yu ne
 * ita" (leave that), "ali mi kailangan" (we don't need it).
 */
const KAPAMPANGAN_NO =
  /(?:pero\s+)?(?:ita|iti)\s+ali\s+(?:negosyu|trabahu|obra|gawa)\s+(?:mi|ku|tamu)(?![\p{L}])|pabayan\s+(?:yu|mu)\s+(?:ne\s+|na\s+)?(?:ita|iti)(?![\p{L}])|ali\s+mi\s+kailangan(?![\p{L}])/iu;

/**
 * What a Kapampangan "no" points back at: what someone sells or makes ("magtinda yang tocino",
 * sells tocino; "gagawa kami belen", whether we make belen), without who asks.
 */
function kapampanganTopic(before: string): string[] {
  const done = [
    ...before.matchAll(
      /(?<![\p{L}])(?:magtinda|tinda|pagtinda|gagawa|gawa|magluto|dadalan|paninda)(?:\s+(?:ya|yang|la|lang|kami|ku|ne|na))*\s+(?:ng\s+|ing\s+|deng\s+)?([^,.;!?]+)/giu,
    ),
  ].pop();
  if (!done) return [];
  return done[1]!
    .replace(/\s+(?:king|keng|kareng|para|uling)\s.*$/iu, "")
    .split(/\s+(?:ampo|at)\s+|\s*,\s*/u)
    .map((thing) => thing.trim())
    .filter((thing) => thing.length >= 3);
}

/**
 * Shona "…, asi iro ibhizinesi rake, kwete redu" (but that is his business, not ours), "…, siyai
 * izvozvo" (leave that).
 */
const SHONA_NO =
  /(?:asi\s+)?(?:iro|izvo|icho|iyo|ichi|izvi)\s+ibhizinesi\s+(?:rake|ravo|rako)(?:\s*,?\s*kwete\s+redu)?(?![\p{L}])|kwete\s+redu(?![\p{L}])|siyai\s+(?:izvozvo|izvo|izvi|icho)(?![\p{L}])/iu;

/**
 * What a Shona "no" points back at: what someone has ("Hanzvadzi yangu ine dziva rehove", my
 * brother has a fish pond) or what people ask whether the person sells ("… kana tichitengesa
 * juice yemaapuro", whether we sell apple juice).
 */
function shonaTopic(before: string): string[] {
  const said = before.match(/(?:\s(?:ine|ane|vane)|tichitengesa|tinotengesa|tichiita)\s+([^,.;!?]+)/iu);
  return said ? [said[1]!.trim()] : [];
}

/**
 * Samoan "…, ae e le o se pisinisi a matou" (but it is not our business), "…, aua le tu'uina
 * lena" (don't put that in), "e le mana'omia" (it is not needed).
 */
const SAMOAN_NO =
  /(?:ae\s+)?e\s+le\s+o\s+(?:se\s+|sa\s+)?(?:pisinisi|galuega|mea)\s+(?:a|a\s+le)\s+(?:matou|tatou|ma\s+matou|a['’‘ʻ]?u)(?![\p{L}])|aua\s+le\s+tu['’‘ʻ]?uina(?:\s+(?:lena|lea|nei|na))?(?![\p{L}])|e\s+le\s+mana['’‘ʻ]?omia(?![\p{L}])/iu;

/**
 * What a Samoan "no" points back at: what someone has ("E iai le pasi a lo'u tuagane", my brother
 * has a bus) or what people ask whether the person makes ("… pe matou te faia ni sukalati",
 * whether we make chocolate).
 */
function samoanTopic(before: string): string[] {
  const said = before.match(
    /(?:^\s*(?:ma\s+)?e\s+iai\s+(?:le|se|ni|lo['’‘ʻ]?u|la['’‘ʻ]?u)\s+|\bpe\s+(?:matou|ma|tatou|e)\s+te\s+(?:faia|fa['’‘ʻ]?atau(?:ina)?|fai)\s+(?:ni|se|le)\s+)([\p{L}\p{M}'’‘ʻ-]+)/iu,
  );
  return said ? [said[1]!] : [];
}

/**
 * Lombard "…, ma chèl lé l'è mia afare nòst" (but that is not our business), "…, lassì stà"
 * (leave it be), "m'al fà mia" (we don't make it).
 */
const LOMBARD_NO =
  /(?:ma\s+)?(?:(?:chèl|chèla|chèi|chèle)\s+l[éè]\s+)?l['’]è\s+mia\s+(?:afare|afàr|afàri|roba|ròba)\s+(?:nòst|nòster|nòsta|nòstra)(?![\p{L}])|lass(?:ì|è|ìl|èl)\s+st[àa](?![\p{L}])|m['’](?:al|la|i)\s+fà\s+mia(?![\p{L}])/iu;

/**
 * What a Lombard "no" points back at: what someone has ("al gh'à ü agriturismo …", he has a
 * farm stay) or what people ask for ("la gente la ma domanda se m'fà ol strachitunt", people ask
 * us whether we make strachitunt), without where it is.
 */
function lombardTopic(before: string): string[] {
  const said = before.match(
    /(?:gh['’](?:à|ha|an)\s+(?:ü|ön|öna|un|una)\s+|domanda\s+(?:se\s+m['’]\s*fà\s+|per\s+)(?:ol\s+|la\s+|i\s+|l['’])?)([\p{L}\p{M}'’-]+)/iu,
  );
  return said ? [said[1]!] : [];
}

/**
 * Tahitian "…, e 'ere terā i tā mātou 'ohipa" (that is not our work), "…, vaiiho terā" (leave
 * that).
 */
const TAHITIAN_NO =
  /(?:e\s+)?['ʻ‘’]?ere\s+(?:terā|tera|teie|te\s+reira)\s+i\s+tā?\s+(?:mātou|matou|tātou|tatou|māua|maua|tāua)\s+['ʻ‘’]?ohipa(?![\p{L}])|vaiiho\s+(?:terā|tera|teie|te\s+reira|ia)(?![\p{L}])/iu;

/**
 * What a Tahitian "no" points back at: the thing its sentence opens on, after "e" (there is, or
 * and) and its article ("E pension tā tō'u tungane …", a guesthouse my brother has …; "E te
 * monoi tā te mau vahine e ho'o …", and the monoi the women sell …).
 */
function tahitianTopic(before: string): string[] {
  const thing = before
    .trim()
    .replace(/^(?:e\s+)?(?:te\s+mau\s+|te\s+|ho['ʻ‘’]?ē\s+|nā\s+)?/iu, "")
    .split(/[\s,]+/u)[0];
  return thing && thing.length >= 3 && !/^(?:tā|tō|nā|nō)$/iu.test(thing) ? [thing] : [];
}

/** How the "no" after the thing is said; each may follow a comma or a dash and a clause. */
const NO_AFTER = [
  // "that one is not our headache", "they are not required at all", "it's not for this".
  String.raw`(?:(?:that|dat|this|dis|it|those|these|they|all\s+that)(?:\s+one)?\s*)?(?:is|are|'s|'re)\s+(?:not|never)\s+(?:(?:required|needed|wanted|necessary)(?!\s+to\b)|(?:our|we)\s+(?:headache|problem|concern|business|job|department|thing|worry|matter|affair)|for\s+(?:us|this|here)\b|(?:in|part\s+of)\s+(?:this|here|it|the\s+(?:app|package|program|tool|library|system|service))\b|something\s+(?:we|i)\s+(?:need|want)(?!\s+to\b))`,
  // "Returns/RMA are out for phase 1": left out of a version, whatever follows its number.
  String.raw`(?:is|are|'s|'re)\s+out\s+for\s+(?:phase|v|version|release|stage|the\s+(?:first|initial)\s+(?:version|release|phase|cut))\b[^,.;!?]*`,
  // "paying refs is a hard pass for this", "we're not going there either", "let it not touch those"
  // ("A foul … is a no-throw": a result of the sport, no "no".)
  String.raw`(?:is|are|'s)\s+a\s+(?:hard\s+|firm\s+)?(?:pass|no)\b(?!-)|(?:we'?re|i'?m|we\s+are|i\s+am)\s+not\s+going\s+there\b|let\s+it\s+not\s+touch\b|(?:i|we)\s+(?:wouldn'?t|would\s+not|don'?t)\s+want\s+it\s+(?:next\s+n[oe]r\s+near|anywhere\s+near)\b|there'?s\s+no\s+call\s+for\s+(?:that|it|those|them|this)\b`,
  // "that's a separate kettle of fish entirely, so please keep well away from it".
  String.raw`(?:and\s+)?(?:that|it|this|those|these)(?:'s|\s+is|'re|\s+are)\s+(?:a\s+)?(?:separate|different|whole\s+other|other)\s+(?:kettle\s+of\s+fish|thing|matter|story|system|business|job)\b|(?:and\s+)?(?:that|it)(?:['’]s|\s+is)\s+(?:kept\s+|completely\s+|totally\s+|all\s+)?separate(?=\s*(?:[,.;!]|$))|(?:please\s+)?keep\s+(?:well\s+)?(?:away|clear)\s+(?:from|of)\s+(?:it|them|that|those)\b`,
  // "we'll not be doing that in it", "we not studying that at all", "we're not getting into that",
  // "we'll pass on all that", "doh bother put that in", "forget about them", "they have no place in
  // it", "don't need to care lah", "that's a no from us".
  String.raw`(?:we|i)(?:'ll|'re|'m|\s+will|\s+are|\s+am)?\s+not\s+(?:be\s+)?(?:doing|studying|getting\s+into|touching|going\s+near|bothering\s+with)\s+(?:that|it|this|those|them|any\s+of\s+(?:that|it))\b|(?:we|i)(?:'ll|\s+will)\s+pass\s+on\s+(?:all\s+)?(?:that|this|those|them|it)\b|(?:doh|don'?t|do\s+not)\s+bother\s+(?:put(?:ting)?|add(?:ing)?|includ(?:e|ing))\s+(?:that|it|them|those)\b|forget\s+about\s+(?:them|it|that|those)\b|(?:don'?t|do\s+not)\s+(?:worry|bother)\s+about\s+(?:that|it|them|those)\b|(?:they|it)\s+(?:have|has)\s+no\s+place\s+(?:in|here)\b|(?:don'?t|do\s+not|no)\s+need\s+to\s+care\b|(?:that's|that\s+is|it's|it\s+is)\s+a\s+(?:no|hard\s+no|firm\s+no)\s+from\s+(?:us|me)\b`,
  // "those are not part of the deal", "not our library's business", "not our gig", "dont even
  // bother", "…, pass" (a clause of its own at the end), Nigerian "comot that one" (take it out).
  String.raw`(?:(?:those|these|that|they|it)\s+)?(?:(?:is|are|'s|'re)\s+not|isn['’]?t|aren['’]?t|ain['’]?t)\s+part\s+of\s+(?:the\s+deal|it|this|things)\b|not\s+(?:our|the|my)\s+(?:[\p{L}-]+['’]s\s+)?(?:business|job|concern|problem|game|department|lookout|patch|gig|scene|bag|thing|affair)\b|(?:(?:but|so|and)\s+)?(?:don['’]?t|dont|do\s+not)\s+(?:even\s+)?bother(?=\s*(?:[,.;!]|$))|(?<=,\s{0,3})pass(?=\s*[.!]*\s*$)|comot\s+(?:that|dat|it|am|them|dem|those)(?:\s+one)?(?![\p{L}])`,
  // Urdu "کیٹرنگ ہمارا کام نہیں", "… سافٹ ویئر میں نہیں چاہیے"; Estonian "Pelleteid ja brikette me ei müü, neid pole vaja", "arveid ärge siia pange".
  String.raw`(?:ہمارا|ہمارے)\s+کام\s+نہیں|(?:\S+\s+میں\s+)?نہیں\s+چاہیے|نہ\s+ڈالیں|(?:me\s+ei\s+(?:müü|taha|tee))|(?:neid\s+|seda\s+)?(?:pole|ei\s+ole)\s+vaja|ärge\s+(?:siia\s+)?(?:pange|lisage)`,
  // "MoMo, leave it out of it", "we can manage wi'out that in here", Welsh English "leave that by there".
  String.raw`(?:leave|keep)\s+(?:it|them|that|those|'er|’er|her)\s+out(?:\s+of\s+(?:it|this|here))?(?![\p{L}])|leave\s+(?:it|them|that|those)\s+by\s+there(?![\p{L}])|(?:we|i)\s+can\s+(?:manage|do|live)\s+(?:wi'?out|without|with\s+out)\s+(?:that|it|them|those)\b`,
  // Tamil "சாப்பாடு கணக்கு இதுல வேண்டாம்", "… தேவையில்லை"; Persian "رزرو پناهگاه لازم نیست", "… هم نمی‌خوایم", "… اصلاً نذارید".
  String.raw`(?:(?:இதுல|இதில்)\s+)?வேண்டாம்|தேவையில்லை|தேவை\s+இல்லை|لازم\s+نیست|(?:هم\s+)?نمی[\u200c\s]?(?:خوایم|خواهیم|خوام)|(?:هم\s+)?(?:اصلاً\s+|اصلا\s+)?(?:نذارید|نگذارید)`,
  // "do not bring them in", "it is not a must", "that's not what this is for", "we're all set with
  // that", "no need to bother about that", "keep that aside for now", "leave well alone", "it can
  // stop out of it", "leave dat out", "it ain't fuh we", "dat ain't we business".
  String.raw`(?:do\s+not|don'?t)\s+bring\s+(?:them|it|that|those)\s+in\b|(?:it|that)\s+is\s+not\s+a\s+must\b|(?:that's|that\s+is|it's)\s+not\s+what\s+(?:this|it)\s+is\s+for\b|(?:we're|we\s+are|i'm)\s+all\s+set\s+with\s+(?:that|it|those)\b|no\s+need\s+to\s+bother\s+(?:about|with)\s+(?:that|it|them|those)\b|keep\s+(?:that|it|them|those)\s+aside\b|leave\s+(?:(?:them|it|that|those)\s+)?well\s+alone\b|(?:it|they)\s+can\s+stop\s+out\s+of\s+it\b|leave\s+(?:dat|dem)\s+out\b|ain'?t\s+(?:fuh|for)\s+(?:we|us)\b|(?:dat|that)\s+ain'?t\s+(?:we|our)\s+business\b`,
  // Amharic "ፎቶና ቪዲዮ አያስፈልግም", "… እሱን ተዉት", "የኛ ስራ አይደለም"; Kazakh "…, оны қоспаңыз", "… керек емес";
  // Mongolian "… энэ аппд хэрэггүй", "тэрийг бүү оруулаарай": said after the thing, which opens the sentence.
  String.raw`አያስፈልግም|(?:እሱን\s+)?ተዉት|(?:የኛ\s+ስራ\s+)?አይደለም|(?:оны\s+)?қоспаңыз|(?:бұл\s+жерге\s+)?керек\s+емес|(?:энэ\s+\S+\s+)?хэрэггүй|(?:тэрийг\s+)?бүү\s+\S+`,
  // Burmese "…, ကျွန်မတို့နဲ့ မဆိုင်ဘူး" (it has nothing to do with us), "… မထည့်ပါနဲ့" (don't put
  // it in), "… မလိုပါဘူး" (not needed); Malayalam "…, അത് ഇതിൽ വേണ്ട" (that, not in this), "…,
  // നമ്മുടെ കാര്യമല്ല" (not our affair). "വേണ്ടിവരും" (it will be needed) goes on past the word.
  String.raw`(?:(?:ကျွန်မ|ကျွန်တော်|ကျနော်|ငါ)တို့(?:နဲ့|နှင့်)\s+)?မဆိုင်(?:ပါ)?ဘူး|\S*မထည့်(?:ပါ)?နဲ့|မလို(?:ပါ)?ဘူး|(?:(?:അത്|അവ|അതൊന്നും)\s+)?(?:(?:ഇതിൽ|ഇവിടെ)\s+)?വേണ്ട(?![\p{L}\p{M}])|(?:നമ്മുടെ|ഞങ്ങളുടെ)\s+കാര്യമല്ല`,
  // Setswana, Ilocano and Tahitian, whose things are read apart (setswanaTopic, ilocanoTopic, tahitianTopic).
  SETSWANA_NO.source,
  ILOCANO_NO.source,
  TAHITIAN_NO.source,
  // Swahili in English: "…, wacha hiyo, leave it" (leave that).
  String.raw`(?:w?acha|achana\s+na)\s+(?:hiyo|hilo|hizo|hayo)(?![\p{L}])`,
  // Israeli English with its Hebrew: "…, lo shayach here" (doesn't belong here), "ze lo shelanu"
  // (that's not ours), "lo relevanti" (not relevant).
  String.raw`lo\s+shay?ach(?:\s+(?:here|po|kan))?(?![\p{L}])|(?:ze\s+)?lo\s+shelanu(?![\p{L}])|lo\s+relevant(?:i|y)?(?![\p{L}])`,
  // Kannada "…, ಅದು ಅವರದ್ದು, ನಮ್ಮದಲ್ಲ" (that's theirs, not ours), "…, ಅದನ್ನು ಇದರಲ್ಲಿ ಹಾಕಬೇಡಿ"
  // (don't put that in this), "… ನಮ್ಮ ಕೆಲಸ ಅಲ್ಲ" (not our work), "… ಬೇಡ" (not wanted).
  String.raw`(?:(?:ಅದು|ಅವು)\s+(?:ಅವರದ್ದು|ಅವರದು|ಅವನದ್ದು|ಅವಳದ್ದು)\s*,?\s*)?ನಮ್ಮದಲ್ಲ|(?:(?:ಅದನ್ನು|ಅವನ್ನು|ಅದು)\s+)?(?:(?:ಇದರಲ್ಲಿ|ಇಲ್ಲಿ)\s+)?ಹಾಕಬೇಡಿ|(?:ನಮ್ಮ\s+)?ಕೆಲಸ\s+ಅಲ್ಲ|ಬೇಡ(?![\p{L}\p{M}])`,
  // Acadian and Québec French in English: "…, c'est pas à nous autres" (it's not ours), "c'est
  // pas notre affaire" (not our business), "ça nous regarde pas" (it's none of ours), "laisse
  // faire ça" (leave that be).
  String.raw`c['’]est\s+pas\s+(?:à\s+nous(?:\s+autres|-autres)?|notre\s+affaire|nos\s+affaires)|ça\s+nous\s+regarde\s+pas|laisse[zr]?\s+(?:faire|tomber)(?:\s+(?:ça|ca))?(?![\p{L}])`,
  // Moroccan Darija in Latin letters: "…, hadak machi chghelna" (that's not our business), "…,
  // khlliha b3id, ma tdkhlhach" (leave it aside, don't put it in), "ma bghinahach" (we don't want it).
  String.raw`(?:(?:hadak|hadik|hadchi|hadok|hada|hadi)\s+)?machi\s+(?:chghel|shghel|cheghl)(?:na|i|ek|kom)(?![\p{L}])|khlli(?:ha|h|hom|w)\s+b3id(?![\p{L}])|ma\s+t?dkhl(?:o|ou)?(?:ha|h|hom)(?:ch|sh)(?![\p{L}])|ma\s+bghina(?:ha|h|hom)(?:ch|sh)(?![\p{L}])|ma\s+khassna(?:ch|sh)(?![\p{L}])`,
  // Lingala "…, ezali likambo na biso te" (it is not our affair), "…, tika yango, botia yango te"
  // (leave it, don't put it in).
  String.raw`(?:ezali\s+)?likambo\s+(?:na|ya)\s+biso\s+te(?![\p{L}])|tika\s+(?:yango|bango)(?![\p{L}])|bo?tia\s+(?:yango|bango)\s+te(?![\p{L}])`,
  // Quechua "…, chayqa manam ñuqaykuq llamk'ayniykuchu" (that is not our work), "…, ama chayta
  // churaychu" (don't put that in).
  String.raw`(?:chayqa\s+)?manam?\s+(?:ñuqaykuq|ñuqaykup|ñuqanchikpa|ñuqanchiq)\s+llamk['’]ayniy(?:ku|kuchu|chu)(?![\p{L}])|ama\s+(?:chayta|kayta|chaykunata)\s+churay(?:chu|chiychu)?(?![\p{L}])`,
  TETUM_OR_SRANAN_NO.source,
  // Guarani "…, ndaha'éi ore rembiapo" (it is not our work), "…, ani pemoĩ upéva" (don't put that in).
  String.raw`ndaha['’]éi\s+(?:ore|ñande)\s+rembiapo(?![\p{L}])|ani\s+pe?moĩ(?:\s+(?:upéva|upe|kóva|ko))?(?![\p{L}\p{M}])`,
  // Tajik "…, кори мо нест" (not our work), "…, инро наандозед" (don't put this in), "… лозим нест"
  // / "даркор нест" (not needed).
  String.raw`(?:кори\s+мо\s+нест|(?:инро\s+|онро\s+)?наандозед|(?:инро\s+|онро\s+)?нагузоред|(?:лозим|даркор)\s+нест)(?![\p{L}])`,
  // Pashto "…، دا زموږ کار نه دی" (this is not our work), "…، دا پکې مه اچوئ" (don't put this in it),
  // "… نه دي پکار" / "ضرورت نشته" (not needed).
  String.raw`(?:دا\s+)?زموږ\s+کار\s+نه\s+دی|(?:دا\s+)?(?:پکې\s+)?مه\s+(?:اچوئ|اچوه|لیکئ)|(?:ضرورت|اړتیا)\s+نشته|نه\s+دي?\s+پکار`,
  // Levantine Arabic typed in Latin letters: "…, ma ilna da3weh" (none of our business), "mish
  // shughlna" (not our work), and the Gulf's "mob shughlna".
  String.raw`ma\s+(?:ilna|elna|lna|ilnash)\s+(?:da3weh|da3we|da3wa|3alaqa|3ala2a)(?![\p{L}\d])|(?:mish|mob|mub|mo|mu)\s+sh?(?:u|o)?gh?(?:u|o)?l(?:na|ana)(?![\p{L}])`,
  // Gulf Arabic typed in Latin letters: "…, mub shughulna" (not our business), "…, khalha barra"
  // (leave it outside), "…, khallah" (leave it).
  String.raw`(?:mub|mob|mu|mo|mush|mesh)\s+sh?u?ghul(?:na|ny|i|ana)(?![\p{L}])|khall?(?:ha|ih|ah|eh|oh|ahum|ihum|hum)\s+(?:barra|bara|3annak|3ana)(?![\p{L}])|khall?(?:ah|ih|ha)(?=\s*(?:[,.;!]|$))`,
  // Haitian Creole "…, kite l deyò", "pa mete sa ladan l", "nou pa bezwen sa".
  CREOLE_NO.source,
  // Irish "…, ná cuir isteach iad" (don't put them in), "níl baint aige leis seo" (it has nothing
  // to do with this), "fág amach é" (leave it out), "ní theastaíonn sé" (it isn't wanted).
  String.raw`ná\s+cuir\s+(?:isteach\s+)?(?:iad|é|í|sin|seo)(?:\s+isteach)?(?![\p{L}])|níl\s+baint\s+(?:aige|aici|acu)\s+leis\s+(?:seo|sin)|fág\s+(?:amach\s+)?(?:iad|é|í|sin)(?:\s+amach)?(?![\p{L}])|ní\s+theastaíonn\s+(?:sé|sí|siad|sin|uainn)`,
  // Gujarati "…, એ ના નાખતા" (don't put that in), "… તો અમે વેચતા જ નથી" (we don't sell at all),
  // "એની જરૂર નથી" (no need of it).
  String.raw`(?:એ\s+)?ના\s+નાખ(?:તા|શો|જો|વું)|(?:અમે\s+)?\S+\s+જ\s+નથી|(?:એની\s+)?જરૂર\s+નથી`,
  // isiZulu "…, lokho akusiyo indaba yethu" (that is not our business), "…, ungazifaki" (don't
  // put them in); Punjabi "…, ਨਾ ਪਾਇਓ" (don't put it in), "… ਸਾਡਾ ਕੰਮ ਨਹੀਂ" (not our work).
  String.raw`(?:lokho\s+)?akusiyo\s+indaba\s+yethu|unga(?:zi|ku|yi|wa|li|si)?faki(?![\p{L}])|ਨਾ\s+ਪਾਇਓ|ਨਾ\s+ਪਾਓ|(?:ਸਾਡਾ\s+)?ਕੰਮ\s+ਨਹੀਂ|ਨਹੀਂ\s+ਚਾਹੀਦਾ`,
  // Telugu "…, అది దీంట్లో పెట్టకండి" (don't put that in this), "… కూడా వద్దు" (not wanted either),
  // "… అక్కర్లేదు" (not needed); Papiamentu "…, laga nan afó" (leave them out), "esei no ta nos
  // asuntu" (that is not our business), "esei ta su negoshi" (that is his business).
  String.raw`(?:(?:అది|అవి|వాటిని|దాన్ని|అదంతా)\s+)?(?:(?:దీంట్లో|ఇందులో|ఇక్కడ|యాప్\s*లో)\s+)?పెట్టకండి|(?:కూడా\s+)?వద్దు|అక్కర్లేదు|అవసరం\s+లేదు|laga\s+(?:nan|esei|e|esaki)\s+afó|(?:esei\s+)?no\s+ta\s+(?:nos|mi)\s+(?:asuntu|kos|negoshi)(?![\p{L}])|(?:esei\s+)?ta\s+(?:su|nan)\s+negoshi(?![\p{L}])`,
  // Seychellois and Mauritian Creole "…, sa i pa nou zafer" (that is not our business), "…, pa
  // bezwen" (no need), "pa nou zafer", "pa bizin"; only closing the clause, for Haitian "Kliyan yo
  // pa bezwen konekte" says who need not log in.
  String.raw`(?:sa\s+i\s+)?pa\s+(?:nou|mon|zot)\s+zaf[eè]r(?![\p{L}])|pa\s+b(?:e|i)zw?[ei]n(?=\s*(?:[,.;!]|$))`,
  // Odia "…, ସେଇଟା ଏଥିରେ ପକାନ୍ତୁ ନାହିଁ" (don't put that in this), "…, ତାହା ଦରକାର ନାହିଁ" (that is
  // not needed), "… ରଖନ୍ତୁ ନାହିଁ" (don't keep).
  String.raw`(?:(?:ସେଇଟା|ସେଗୁଡ଼ିକ|ସେଗୁଡିକ|ତାହା|ଏହା|ସେ)\s+)?(?:(?:ଏଥିରେ|ଏଠାରେ|ଆପରେ)\s+)?(?:ପକାନ୍ତୁ|ରଖନ୍ତୁ|ଦିଅନ୍ତୁ)\s+ନାହିଁ|(?:(?:ସେଇଟା|ତାହା|ଏହା)\s+)?ଦରକାର\s+ନାହିଁ`,
  // Malagasy "…, aza ampidirina" (don't put it in), "… dia raharaha hafa" (is another matter),
  // "…, tsy raharahanay" (not our business), "tsy ilaina" (not needed).
  String.raw`aza\s+ampidirina|(?:dia\s+)?raharaha\s+hafa|tsy\s+raharaha(?:nay|nay\s+izany|ntsika)|tsy\s+ilaina`,
  // Tok Pisin "…, no ken putim" (don't put it in), "…, lusim" (leave it), "em i no wok bilong
  // mipela" (it is not our work).
  String.raw`no\s+ken\s+putim(?:\s+(?:em|ol))?|(?<![\p{L}])lusim(?:\s+(?:em|ol))?(?![\p{L}])|(?:em\s+)?i\s+no\s+wok\s+bilong\s+(?:mipela|mi)(?![\p{L}])`,
  // Kannada as said in English, "…, that also beda" (not wanted).
  String.raw`(?:that\s+(?:also\s+)?)?beda(?![\p{L}])`,
  // Cebuano "…, ayaw na iapil" (don't include it any more), "dili na apil" (it's not part of
  // it), "dili na amo" (not ours).
  String.raw`ayaw(?:\s+na)?\s+(?:i-?apil|ilakip|isulod|ibutang)(?![\p{L}])|dili\s+(?:na\s+)?(?:apil|iapil|amo|ato|akoa)(?![\p{L}])`,
  // Belarusian "…, нас гэта не тычыцца" (it does not concern us), "…, гэтага нам не трэба" (we
  // don't need this).
  String.raw`(?:нас\s+)?гэта\s+не\s+тычыцца|(?:нас\s+)?не\s+тычыцца|(?:гэтага\s+|гэта\s+)?(?:нам\s+)?не\s+трэба(?![\p{L}])`,
  // Uzbek "…, buni qo'shmang" (don't add this), "…, kerak emas" (not needed).
  String.raw`(?:buni\s+|uni\s+|ularni\s+)?qo['’ʻ]?shmang|kerak\s+emas(?![\p{L}])`,
  // Maltese "…, ħallih barra" (leave it out), "m'għandniex x'naqsmu magħha" (we have nothing to
  // do with it), "la ddaħħalhux" (don't put it in), "ma rridux" (we don't want it).
  String.raw`ħall(?:ih|iha|ihom|u)\s+barra|m['’]?għandniex\s+x['’]?naqsmu|la\s+t?d?daħħal\p{L}*x(?![\p{L}])|ma\s+rrid(?:ux|x)(?![\p{L}])|mhux\s+meħtieġ`,
  // Malay "… tak payah masukkan dalam sistem ni", "kami tak nak benda tu", Sarawak Malay "sik
  // payah put", "sikda kena mengena with this package", Brunei Malay "…, inda payah" (no need;
  // Malaysian "ahli tak payah" says who need not log in, and turns nothing down),
  // "…, that one bukan urusan kami" (not our business), Jaksel "… juga skip aja" (skip that
  // too) and "gak usah masukin" (no need to put it in); Serbian "… немојте да мешате у ово",
  // "… исто изоставите".
  String.raw`(?:juga\s+)?skip\s+(?:aja|saja|dulu)(?![\p{L}])|(?:gak|ga|nggak|enggak|ngga)\s+usah\s+(?:di)?(?:masukin|masukkan|masukan|taruh|tulis)(?![\p{L}])|(?:tak|sik|sikda|tidak|ndak|nda|x)\s+payah\s+(?:masukkan|masuk|letak|buat|ada|put|include|add)|(?:inda|indada)\s+payah(?=\s*(?:[,.;!]|$))|bukan\s+(?:urusan|hal|kerja)\s+(?:kami|kita|saya|aku)(?![\p{L}])|(?:sikda|sik\s+ada|tiada|takde|tak\s+ada|tidak\s+ada)\s+(?:kena\s+)?(?:mengena|kaitan)|kami\s+tak\s+nak|немојте\s+да\s+\S+|(?:исто\s+)?изоставите|то\s+је\s+посебна\s+прича`,
  // Corsican "…, ùn hè micca affare nostru" (it is not our business), "…, ùn la mettite" (don't put
  // it in).
  String.raw`(?:ùn|un)\s+(?:hè|he)\s+micca\s+(?:affare|cosa)\s+(?:nostru|nostra|meiu|mea)(?![\p{L}])|(?:ùn|un)\s+(?:la|lu|li|le)\s+(?:mettite|mettimu|mette)(?![\p{L}])`,
  // Sorani Kurdish "…، کاری ئێمە نییە" (is not our work), "…، ئەوە تێی مەخەن" (don't put that in).
  String.raw`(?:ئەوە\s+)?کاری\s+(?:ئێمە|من)\s+نییە|(?:ئەوە\s+)?(?:تێی|تێیان)\s+مەخەن|(?:ئەوە\s+)?پێویستمان\s+پێی\s+نییە`,
  // "Some people want us to do weddings, but we don't", "… keep asking for gift vouchers, but we
  // don't want the hassle", "the council keep on at us to do the school run, we don't": after
  // what others ask for, a bare "we don't".
  String.raw`(?<=\b(?:ask|asks|asking|asked|want|wants|wanting|on\s+at\s+(?:us|me))\b[^.!?]{1,80})(?:but\s+)?(?:we|i)\s+(?:don['’]?t|do\s+not|won['’]?t)(?:\s+want\s+the\s+(?:hassle|bother|headache|faff))?(?=\s*[.!]*$)`,
  // "…, mum's thing not the api's", typed "mums thing", "…, her thing not the api's": whose affair
  // it is, and not the software's.
  String.raw`(?<=(?:^|[,;]\s{0,3}))(?:[\p{L}-]+(?:['’]s|s)|her|his|their)\s+(?:thing|business|job|lookout|affair|gig)\s*,?\s+not\s+(?:ours|mine|the\s+[\p{L}-]+(?:['’]s|s['’]))(?=\s*(?:[,.;!]|$))`,
  // ("…, her deal", "…, his lookout": whose affair it is, said alone after a comma.)
  String.raw`(?<=(?:^|[,;]\s{0,3}))(?:her|his|their)\s+(?:deal|lookout|affair|business|gig)(?=\s*(?:[,.;!]|$))`,
  // "…, that's my brother's end of it", "…, we're not caterers, cross that off": whose side of
  // the trade a thing is, a trade the person is not in, and striking it off the list.
  String.raw`(?:that|it|this|those)(?:['’]s|\s+is|\s+are)\s+(?:my|our|his|her|their|the)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+(?:s['’]|['’]s)\s+(?:end|side|half|part)(?:\s+of\s+(?:it|things|the\s+(?:business|work|job|outfit|operation)))?(?=\s*(?:[,.;!]|$))|(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+not\s+(?:(?:a|an)\s+[\p{L}-]+|[\p{L}-]+(?:ers|ors|ists|ians))(?=\s*(?:[,.;!]|$))|cross\s+(?:that|it|them|those|this)\s+off(?:\s+the\s+list)?(?![\p{L}])|strike\s+(?:that|it|them|those)(?:\s+off)?(?=\s*(?:[,.;!]|$))`,
  // Ligurian "…, ma quello no l'é roba nòstra" (but that is not our business), "…, ma noiâtri
  // no-i femmo, lascemmo stâ" (but we don't make them, let it be).
  String.raw`(?:ma\s+)?(?:(?:quello|questo|quelli|queste)\s+)?no\s+l['’]é\s+(?:roba|affare|fæto)\s+(?:nòstra|nostra|nòstro|nostro|mæ)(?![\p{L}\p{M}])|(?:ma\s+)?(?:noiâtri\s+)?no-?(?:i|o|a|e|li|le)\s+(?:femmo|vendemmo)(?![\p{L}\p{M}])|lascemmo\s+stâ(?![\p{L}\p{M}])`,
  // "The lodge lets, I'd rather that stayed out of it".
  String.raw`(?:i'?d|we'?d|i\s+would|we\s+would)\s+(?:much\s+)?rather\s+(?:that|it|they|those|these)\s+(?:stayed|stay|was\s+kept|were\s+kept|kept)\s+out\b`,
  // "Weather data we can do without", "Returns/RMA are out for phase 1", "… is out of scope".
  String.raw`(?:we|i)\s+can\s+(?:do|manage|live)\s+without(?:\s+(?:it|them|that|those))?(?=\s*(?:[,.;!]|$))|(?:is|are)\s+out\s+(?:for\s+(?:phase|version|release|stage|now|the\s+first)|of\s+scope)\b`,
  // "The elections of the executive and the voting do not concern this service either", "The
  // artificial insemination and the veterinary services are not concerned by this service".
  String.raw`(?:do|does)\s+not\s+concern\s+(?:this|us|me|here|the\s+(?:app|package|program|tool|library|system|service|society|club))\b|(?:is|are)\s+not\s+concerned\s+(?:by|with)\s+(?:this|the)\s+(?:app|package|program|tool|library|system|service|platform|project|website)\b|(?:don'?t|doesn'?t)\s+concern\s+(?:this|us|me|the\s+(?:app|program|system|service))\b`,
  // "…, kindly do not include", "please don't add them".
  String.raw`(?:kindly\s+|please\s+)?(?:do\s+not|don'?t)\s+(?:include|add|put)(?:\s+(?:it|them|that|those|this))?(?:\s+(?:in|here|in\s+here|in\s+this))?(?=\s*(?:[,.;!]|$))`,
  // "The raffle is separate", "The garden centre side is a separate operation", "Rentals of the
  // boats are their own thing altogether", "that's another lot altogether", "Delivery isn't
  // something we offer", "Cooking classes, we stopped those years ago", "it doesn't need one",
  // "so we don't need any of that", "no need for that in it", "Loyalty cards, meh, not now".
  String.raw`(?:(?:that|this|it|those|these|they|dat)\s*)?(?:is|are|'s|'re)\s+(?:all\s+)?(?:(?:kept\s+)?separate|done\s+separately)(?=\s*(?:[,.;!]|$))|(?:(?:that|this|it|those|these|they|dat)\s*)?(?:is|are|'s|'re)\s+(?:a\s+|an\s+)?(?:separate|different|whole\s+other|other|another)\s+(?:operation|business|thing|matter|story|setup|outfit|company|department|side|association|club|organi[sz]ation|group|firm|committee|society|charity|lot|crowd|line|licen[cs]e|permit)\b|(?:is|are|'s|'re)\s+(?:its|their|her|his|my|our)\s+own\s+(?:thing|business|affair|matter|show|operation)\b|(?:is|are|'s|'re)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+(?:s['’]|['’]s)\s+own\s+(?:thing|business|affair|matter|show|operation)\b|(?:is|are|'s|'re)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}other\s+(?:thing|business|matter|affair)\b|hem\s+i\s+bisnis\s+blong\s+(?:hem|olgeta|mi|yumi)\b|(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+something\s+(?:we|i)\s+(?:need|want|offer|do|sell|provide|handle|run)\b|(?:we|i)\s+(?:stopped|quit|gave\s+up|dropped)\s+(?:doing\s+)?(?:those|that|them|it)\b|(?:it|the\s+(?:app|system|program|site))\s+(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+need\s+(?:one|it|them|that|another)\b|(?:so\s+)?(?:we|i)\s+(?:don'?t|do\s+not)\s+need\s+(?:any\s+of\s+)?(?:that|it|them|those)\b|no\s+need\s+(?:for|of)\s+(?:that|it|them|those)\b|not\s+(?:now|yet|for\s+now|this\s+time)(?=\s*(?:[,.;!]|$))|can\s+wait\b|(?:not|isn'?t|aren'?t)\s+for\s+(?:the\s+)?(?:first|initial|this)\s+(?:version|release|phase|round)\b|(?:maybe\s+later|later\s+maybe)(?=\s*(?:[,.;!]|$))|(?:is|are)\s+a\s+(?:job|thing|problem|project)\s+for\s+(?:another|a\s+later|next)\s+(?:day|time|year|version)\b|(?:we|i)\s+(?:don'?t|do\s+not)\s+(?:build|make|need|want|add)\s+(?:one|another)\b|(?:so|and|please)\s+(?:don'?t|do\s+not)\s+(?:build|make|add)\s+(?:one|another)\b`,
  // "but I ain't a-fixin' to do that in this", "we're not going to do that here".
  String.raw`(?:we|i)\s*(?:ain'?t|am\s+not|'m\s+not|are\s+not|'re\s+not)\s+(?:a-)?(?:fixin'?|fixing|going|gonna|a-going)\s+(?:to\s+)?do\s+(?:that|it|this|those)\b`,
  // ", not in this", ", not for us", ", not here", ", not our work", ", haan, not included",
  // ", not for the app", ", not in scope", ", not handled here".
  String.raw`not\s+(?:included(?=\s*(?:[,.;!]|$))|in\s+scope\b|(?:handled|done|kept|tracked|managed)\s+(?:here|in\s+(?:this|here|the\s+app))\b|for\s+(?:the|this)\s+(?:app|program|system|tool|website|site|project|package|library)\b|in\s+(?:this|here)|for\s+(?:this|us|here)|here|ours|the\s+(?:app|library|package|tool|program|cidery|business|shop|club|farm|company|firm|restaurant|school|church|association|co-?op)['’]s(?=\s*(?:[,.;!]|$))|(?:our|my)\s+(?:headache|problem|concern|business|job|thing|department|worry|work|part|side|lookout|look-out|bag|circus|monkeys|scene|cup\s+of\s+tea))\b`,
  // "…, that's outside this app", "…, no need to add".
  String.raw`(?:(?:that|it)(?:['’]s|\s+is)\s+|(?:is|are)\s+)?outside\s+(?:this|the)\s+(?:app|program|system|tool|project|scope)\b|no\s+need\s+to\s+(?:add|include|put|keep|track)(?:\s+(?:it|them|that|those))?(?:\s+in)?(?=\s*(?:[,.;!]|$))`,
  // Scots "that's nane o' oor business", "none of our business"; Tobagonian "not we ting", "leh
  // dat be" (let that be); "don't put that nonsense"; Mauritian Creole "pa konsern nou" (does not
  // concern us); Singapore English "The halal cert also don't put inside".
  String.raw`(?:nane|none)\s+(?:o['’]?|of)\s+(?:oor|our|my|wir|we)\s+(?:business|concern|affair)\b|not\s+(?:we|wi)\s+(?:ting|thing|business)\b|(?:leh|let)\s+(?:dat|that|it|dem|them)\s+be(?=\s*(?:[,.;!]|$))|(?:don'?t|do\s+not)\s+put\s+(?:that|it|them|those|dat)(?:\s+(?:nonsense|rubbish|stuff|business))?(?:\s+in)?(?=\s*(?:[,.;!]|$))|pa\s+konsern\s+(?:nou|mwa|zot)(?![\p{L}])|(?:don'?t|do\s+not)\s+put(?:\s+inside)?(?=\s*(?:[,.;!]|$))|(?:is|are|['’]s)\s+(?:their|his|her|its)\s+own(?=\s*(?:[,.;!]|$))`,
  // "blueberries in the fall nah leave that": a "no" and "leave that", said without a stop;
  // "… thats the band's business side not us".
  // Karachi "…, leave it yaar", "leave that bhai": leaving it, said to a friend.
  String.raw`leave\s+(?:it|that|them)\s+(?:yaar|yar|bhai|bhaiya|na)(?=\s*(?:[,.;!]|$))`,
  String.raw`not\s+us(?=\s*(?:[,.;!]|$))|(?:nah|naw|nope|no)\s+(?:just\s+)?leave\s+(?:that|it|them|dat|dem)(?:\s+(?:be|out|alone))?(?=\s*(?:[,.;!]|$))`,
  // Scottish Gaelic "…, chan eil gnothach aig a' chomataidh ris sin" (the committee has nothing to
  // do with that), "…, chan eil sinn ga iarraidh ann" (we don't want it in it); Faroese "…, tað
  // er ikki okkara mál" (that is not our matter), "…, lat tað vera" (let it be).
  String.raw`chan\s+eil\s+gnothach\s+aig(?:\s+[\p{L}'’-]+){0,3}\s+ris(?:\s+sin|\s+seo)?|chan\s+eil\s+(?:sinn|mi)\s+(?:ga|gan|ga\s+h-)\s*iarraidh(?:\s+ann)?|chan\s+eil\s+feum\s+air(?:\s+sin)?|(?:tað|hatta)\s+er\s+ikki\s+okkara\s+(?:mál|ábyrgd|handil|ørindi)|lat\s+(?:tað|tey|hatta)\s+vera(?![\p{L}])`,
  // Nigerian Pidgin "…, na their own palava" (that is their own business), "no put am" (don't put
  // it in), "we no dey give loan at all" (we don't give loans at all).
  String.raw`na\s+(?:their|dem|his|her|my|our)\s+own\s+(?:palava|wahala|business|matter|thing)\b|no\s+(?:put|add|include)\s+am\b|(?:we|i)\s+no\s+dey\s+[\p{L}]+(?:\s+[\p{L}]+)?(?:\s+at\s+all)?(?=\s*(?:[,.;!]|$))`,
  // Javanese "…, dudu urusanku" (not my business), "… ora usah dilebokke" (no need to put it
  // in); Luxembourgish "…, dat ass net eis Saach" (that is not our thing), "…, dat loosse mer
  // ewech" (we leave that out), "dat brauche mer net" (we don't need that).
  String.raw`dudu\s+urusan(?:ku|e\s+(?:aku|awakdhewe|kene))(?![\p{L}])|ora\s+usah\s+di\p{L}+(?=\s*(?:[,.;!]|$))|(?:dat\s+)?ass\s+net\s+(?:eis|meng|är|eng)\s+Saach(?![\p{L}])|(?:dat\s+)?loosse?\s+mer\s+ewech(?![\p{L}])|(?:dat\s+)?brauche\s+mer\s+net(?![\p{L}])`,
  // "…, eso no es asunto nuestro", "…, pas la nôtre", "…, das ist nicht unsere Sache", "…, não é
  // connosco", "…, non è affar nostro", "…, daar hebben wij niks mee te maken" (not our business),
  // "…, laissez tomber", "…, lasciamo perdere", "…, laten we erbuiten" (leave it).
  String.raw`(?:eso\s+)?no\s+es\s+(?:asunto|cosa|problema)\s+(?:nuestr[oa]|mí[oa])(?![\p{L}])|(?:ce\s+n['’]est\s+|c['’]est\s+)?pas\s+(?:la|le)\s+nôtre(?![\p{L}])|(?:ce\s+n['’]est|c['’]est)\s+pas\s+(?:notre|mon)\s+(?:affaire|problème|truc)(?![\p{L}])|laisse[zr]?\s+tomber(?![\p{L}])|(?:das\s+)?ist\s+nicht\s+unsere?\s+(?:Sache|Aufgabe|Baustelle|Problem)(?![\p{L}])|não\s+é\s+(?:connosco|conosco|com\s+a\s+gente)(?![\p{L}])|(?:isso\s+)?não\s+é\s+(?:assunto|problema)\s+nosso(?![\p{L}])|non\s+è\s+(?:affar|affare|cosa|problema)\s+nostr[oa](?![\p{L}])|lascia(?:mo|te)?\s+perdere(?![\p{L}])|(?:daar\s+)?hebben\s+(?:wij|we)\s+(?:niks|niets)\s+mee\s+te\s+maken(?![\p{L}])|laten\s+we\s+(?:erbuiten|weg)(?![\p{L}])`,
  // Aragonese "…, pero ixo no ye cosa nuestra" (but that is not our thing), "…, no en vendemos,
  // deixatz-lo" (we sell none, leave it).
  String.raw`(?:pero\s+)?(?:ixo\s+|isto\s+)?no\s+ye\s+(?:cosa|asunto|problema)\s+(?:nuestr[oa]|mía|mío)(?![\p{L}])|no\s+en\s+(?:vendemos|femos|tenemos)(?![\p{L}])|deixa(?:tz|u|lo)?-?(?:lo|la|los|las)?(?=\s*(?:[.!,;]|$))`,
  // Sicilian "…, chissu nun è affari nostru" (that is not our business), "…, lassatilu fora" (leave
  // it out).
  String.raw`(?:chissu\s+|chistu\s+)?nun\s+(?:è|esti)\s+(?:affari|cosa)\s+(?:nostru|nostra|mei|meu|mia)(?![\p{L}])|lassati(?:lu|la|li)\s+fora(?![\p{L}])`,
  KINYARWANDA_NO.source,
  // Asturian "…, eso nun ye cosa nuesa" (that is not our thing), "…, dexa eso fuera" (leave that
  // out), "…, nun lo pongas" (don't put it in).
  String.raw`(?:eso\s+|esto\s+)?nun\s+ye\s+(?:cosa|asuntu|problema|llabor)\s+(?:nuesa|nuesu|nueso|mía|miu)(?![\p{L}])|dexa(?:-lo|-la|-los|-les|lo|la)?\s+(?:eso\s+|esto\s+)?fuera(?![\p{L}])|nun\s+(?:lo|la|los|les)\s+(?:pongas|metas|amiestes)(?![\p{L}])`,
  // Swiss German "…, das isch nöd üses Bier" (that is not our beer: not our business), "…, lönd
  // das wäg" (leave that out), "das bruuched mir nöd" (we don't need that).
  String.raw`(?:das\s+)?isch\s+nöd\s+(?:üses|mis|üsi|mini)\s+(?:Bier|Sach)(?![\p{L}])|lönd\s+(?:das|si|en|es)\s+(?:wäg|weg|si|usse)(?![\p{L}])|(?:das\s+)?bruuche[dn]?\s+(?:mir|mer)\s+nöd(?![\p{L}])`,
  // Alsatian "…, awer des isch nit unseri Sach" (but that is not our business), "…, lon des ewäg"
  // (leave that out), "des bruche mir nit" (we don't need that).
  String.raw`(?:(?:awer|aber)\s+)?(?:des\s+|dis\s+)?isch\s+nit\s+(?:unseri|unser|mini|min)\s+(?:Sach|Büez|Affär)(?![\p{L}])|lon(?:n|e|n?t)?\s+(?:des|dis|s['’]|es)\s*(?:ewäg|ewegg|wäg|weg|drüsse|drüss)(?![\p{L}])|(?:des\s+)?bru(?:u)?che\s+(?:mir|mer)\s+nit(?![\p{L}])`,
  // Swabian "…, des isch sei Sach, ned onsere" (that is his business, not ours), "…, die lasset
  // bloß weg" (just leave them out).
  String.raw`(?:des\s+|dees\s+|dés\s+)?isch\s+(?:sei|ihr|dem\s+sei)\s+Sach(?:\s*,?\s*ned\s+onsere)?(?![\p{L}])|ned\s+onsere(?![\p{L}])|(?:die|dia|des|dees|den)\s+lasset\s+(?:(?:bloß|halt|bitte)\s+)?weg(?![\p{L}])|lasset\s+(?:die|dia|des|dees|den)\s+(?:(?:bloß|halt|bitte)\s+)?weg(?![\p{L}])`,
  // "…, I don't want to get involved", Yeshivish "it's not shayach to this", "not relevant here".
  String.raw`(?:i|we)\s+(?:don'?t|do\s+not)\s+want\s+to\s+get\s+involved\b|(?:(?:it|that|this)(?:['’]s|\s+is)\s+)?not\s+(?:shayach|relevant)(?:\s+(?:to\s+(?:this|us|here|it)|here))?(?=\s*(?:[,.;!]|$))`,
  // Puerto Rican and other Spanish mixed into English: "…, ni pensarlo" (don't even think about it),
  // "…, olvídate de eso" (forget that).
  String.raw`ni\s+pensarlo(?![\p{L}])|olv[ií]date\s+de\s+(?:eso|esto)(?![\p{L}])`,
  // Wolof "…, loolu du sunu affaire" (that is not our business), "…, bul ko def ci site bi"
  // (don't put it on the site), "soxlawunu ko" (we don't need it).
  String.raw`(?:loolu\s+)?du\s+sunu\s+(?:affaire|yëf|mbir|liggéey)(?![\p{L}])|bul(?:leen)?\s+ko\s+def(?:\s+ci\s+[\p{L}\p{M}-]+(?:\s+bi)?)?(?![\p{L}])|soxlaw[uñ]+\s+ko(?![\p{L}])`,
  // West Frisian "…, dat is ús saak net" (that is not our business), "…, dêr begjinne wy net
  // oan" (we are not starting on that), "dat hoege wy net" (we don't need that).
  String.raw`(?:dat\s+)?is\s+ús\s+saak\s+net(?![\p{L}])|dêr\s+begjinne\s+wy\s+net\s+oan(?![\p{L}])|dat\s+hoege\s+wy\s+net(?![\p{L}])`,
  // "…, gie it a miss", "give them a miss".
  String.raw`(?:gie|give)\s+(?:it|them|that|those|this|dem)\s+a\s+miss\b`,
  // "so we'll give those a miss in here".
  String.raw`(?:so\s+)?(?:we'?ll|we\s+will|i'?ll|i\s+will|let'?s|we\s+can|i\s+can|we'?d|i'?d)\s+give\s+(?:those|that|it|them|this|these)\s+a\s+miss\b`,
  // Hebrew "תרומות, נדרים – אנחנו לא נוגעים בזה", Bengali "কাপড় বিক্রির হিসাব এখানে লাগবে না",
  // "… এই অ্যাপে রাখার দরকার নাই", Tagalog "…, hindi na kailangan".
  String.raw`(?:אנחנו\s+)?לא\s+(?:נוגעים|צריכים|צריך|רלוונטי)(?![\p{L}\p{M}])|(?:এই\s+\S+\s+)?(?:(?:এখানে|রাখার|করার)\s+)*(?:লাগবে\s+না|দরকার\s+(?:নাই|নেই))(?![\p{L}\p{M}])|hindi\s+na\s+kailangan\b|(?:wag|huwag)\s+na(?=\s*[,.;!]|\s*$)`,
  // Assamese "…, এইটো আমাৰ কাম নহয়" (this is not our work), "…, আমি সেইটো নকৰোঁ, এইটো নিদিব"
  // (we don't do that, don't put this in).
  String.raw`(?:(?:এইটো|সেইটো|এইবোৰ|সেইবোৰ|ইয়াক)\s+)?আমাৰ\s+(?:কাম|কথা|ব্যৱসায়)\s+নহয়(?![\p{L}\p{M}])|(?:আমি\s+)?(?:এইটো|সেইটো|এইবোৰ|সেইবোৰ)\s+নকৰোঁ(?![\p{L}\p{M}])|(?:এইটো|সেইটো|এইবোৰ|সেইবোৰ)\s+নিদিব(?![\p{L}\p{M}])`,
  // Yiddish "עסן און קעיטערינג האבן מיר נישט מיט צו טון" (food and catering we have nothing to do
  // with), "…, דאס איז נישט אונזער געשעפט, לאזט דאס אויס" (that is not our business, leave it out).
  String.raw`(?:האבן|האט)\s+מיר\s+נישט\s+(?:מיט\s+)?צו\s+טון(?![\p{L}\p{M}])|(?:דאס\s+איז\s+)?נישט\s+אונזער\s+(?:געשעפט|זאך|ענין)(?![\p{L}\p{M}])|לאזט\s+(?:דאס|עס|זיי)\s+אויס(?![\p{L}\p{M}])|דארפן\s+מיר\s+נישט(?![\p{L}\p{M}])`,
  // Kyrgyz "…, ал бөлөк, ага тийбегиле" (that is separate, don't touch it), "…, аны кошпогула"
  // (don't add it), "… керек эмес" (is not needed).
  String.raw`(?:ал|бул|алар)\s+бөлөк(?![\p{L}\p{M}])|(?:ага|аларга)\s+тийбегиле(?![\p{L}\p{M}])|(?:аны|аларды)\s+кошпогула(?![\p{L}\p{M}])|кошпоңуз(?![\p{L}\p{M}])`,
  NEAPOLITAN_NO.source,
  // Hausa "…, wannan ba namu ba ne" (that is not ours), "… ba aikinmu ba ne" (is not our work),
  // "… ba ma bukata" (we don't need it).
  String.raw`(?:(?:wannan|wancan|shi|ita)\s+)?ba\s+(?:namu|aikinmu|sha['’]aninmu)\s+ba\s+ne(?![\p{L}])|ba\s+(?:ma|mu)\s+(?:bukata|so)(?![\p{L}])`,
  // Tatar "…, анысы безнең эш түгел" (that one is not our work), "…, моны кертмәгез" (don't put
  // this in), "…, юк, кирәкми" (no, not needed).
  String.raw`(?:(?:анысы|монысы|бусы|ул|алар)\s+)?безнең\s+эш(?:ебез)?\s+түгел(?![\p{L}\p{M}])|(?:(?:моны|аны|боларны|аларны)\s+)?кертмәгез(?![\p{L}\p{M}])|(?:юк\s*,\s*)?(?:кирәкми|кирәк\s+түгел)(?![\p{L}\p{M}])`,
  // Sundanese "… mah sanés urusan urang" (is not our business), "…, henteu, ulah dilebetkeun" (no,
  // don't put it in).
  String.raw`(?:mah\s+)?sanés\s+urusan\s+(?:urang|abdi|kami)(?![\p{L}])|(?:henteu\s*,?\s*)?ulah\s+(?:di)?(?:lebetkeun|asupkeun|tambihan)(?![\p{L}])`,
  // Chichewa "…, si zathu, musaziike" (they are not ours, don't put them in), "…, ayi, sitichita
  // zimenezo" (no, we don't do that).
  String.raw`si\s+(?:zathu|wathu|yathu|chathu|lathu|athu)(?![\p{L}])|musa\p{L}*ike(?![\p{L}])|(?:ayi\s*,?\s*)?sitichita\s+(?:zimenezo|zimenezi|izo|izi)(?![\p{L}])|sitizifuna(?![\p{L}])`,
  FRIULIAN_NO.source,
  PIEDMONTESE_NO.source,
  HAWAIIAN_NO.source,
  MAORI_NO.source,
  BRETON_NO.source,
  LOW_GERMAN_NO.source,
  IGBO_NO.source,
  // Turkmen "…, bu biziň işimiz däl" (this is not our work), "…, ýok, …, goýmaň" (no, don't put it).
  String.raw`(?:(?:bu|ol|şol)\s+)?biziň\s+işimiz\s+däl(?![\p{L}])|(?:ýok\s*,?\s*)?(?:goýmaň|goşmaň|salmaň)(?![\p{L}])`,
  // Hiligaynon "…, indi na amon trabaho" (it is no longer our work), "…, indi pag-ibutang" (don't
  // put it in), "… indi namon kinahanglan" (we don't need it).
  String.raw`indi\s+(?:na\s+)?(?:amon|namon)\s+(?:trabaho|negosyo|obra|problema)(?![\p{L}])|indi\s+(?:na\s+)?(?:pag-?ibutang|pag-?idugang|ibutang|idugang)(?:\s+(?:ina|ini|sina|sini))?(?![\p{L}])|indi\s+(?:na\s+)?(?:namon|kami)\s+(?:kinahanglan|kinanglan)(?![\p{L}])`,
  // Occitan "…, es pas nòstre afar" (it is not our business), "…: non, metètz pas aquò" (no,
  // don't put that in).
  String.raw`(?:es\s+)?pas\s+(?:nòstre|nostre|nòstra|nostra)\s+(?:afar|trabalh|mestièr)(?![\p{L}])|(?:non\s*,?\s*)?(?:metètz|metetz|botatz|metes)\s+pas\s+(?:aquò|aquo|aquel|aquela|aquò\s+d['’]aquí)(?![\p{L}])`,
  // Yoruba "…, egbon mi lo n se iyen, e ma fi si" (my sister does that, don't put it in), "…, ko si
  // ninu e" (it is not in it), "… ko wulo fun wa" (it is no use to us).
  String.raw`e\s+ma(?:\s+ṣe)?\s+fi\s+(?:si|sii|kun)(?![\p{L}])|ko\s+si\s+ninu\s+(?:e|re|eyi)(?![\p{L}])|ko\s+wulo(?:\s+fun\s+wa)?(?![\p{L}])`,
  // Somali "Sakada fidriga waa arrin kale, ha ku darin" (is another matter, don't add it),
  // "Lacag bixinta, Zaad …, library-gan kuma jiraan" (are not in this library).
  String.raw`waa\s+arrin\s+kale|ha\s+ku\s+dar(?:in|ina)(?![\p{L}])|(?:[\p{L}-]+\s+)?kuma\s+jir(?:aan|o|to)(?![\p{L}])`,
  // "the raffle not that either", "no need put it": a short "no", as some Englishes say it.
  String.raw`not\s+(?:that|dat|this|it)\s+(?:either|neither|too)\b|no\s+need\s+(?:put|add|include)\s+(?:it|them|that|dat)\b`,
  // "raffles no way", "GPS, definitely not", DC's "…, thats a dub" (that's out).
  // "And the payment by M-Pesa or e-Mola, the app does that, not the library": another part of
  // the person's system does it, not the one being built.
  String.raw`(?:the\s+|our\s+)?(?:app|website|site|office\s+system|system|server|back\s*end|front\s*end)\s+does\s+(?:that|it|this|those),?\s+not\s+(?:the|this|our)\s+(?:library|package|tool|module|sdk|api|script)\b`,
  // "…. No, my father has no time for this": no time for it is a "no" to it.
  String.raw`(?:(?:my|our)\s+[\p{L}-]+|we|i|he|she|they)\s+(?:has|have|got)\s+no\s+time\s+for\s+(?:this|that|it|them|those)\b`,
  // (Chilean "…, no po" is a "no" said firmly.)
  String.raw`(?:no\s+way|not\s+a\s+chance|definitely\s+not|absolutely\s+not|nope|nah|no\s+po|that(?:['’]?s|\s+is)\s+a\s+dub)(?=\s*(?:[,.;!]|$))`,
  // "The possum fur my brother buys in winter, that's his": whose it is, someone else's; "…,
  // please leave the hats, that one is her own business", Dominican "that is she own business",
  // "that's Alan's own affair", "…, that's his business" (said alone, not "his business name"),
  // "That is his own sideline, not for the association", "That one is his private business".
  String.raw`(?:that|dat|it)(?:['’]s|\s+is)\s+(?:all\s+)?(?:his|hers|theirs)(?=\s*(?:[,.;!]|$))|(?:that|it)(?:\s+one)?(?:['’]s|\s+is)\s+(?:his|her|their|she|he|dem|\p{Lu}\p{Ll}+['’]s)\s+(?:own|private|personal)\s+(?:business|thing|affair|work|sideline|side\s+line|side\s+hustle|venture|gig)\b|(?:that|it)(?:\s+one)?(?:['’]s|\s+is)\s+(?:his|her|their|\p{Lu}\p{Ll}+['’]s)\s+(?:business|affair|lookout)(?=\s*(?:[,.;!]|$))|please\s+leave\s+(?:the\s+[\p{L}'’-]+|it|them|that|those)(?=\s*(?:[,.;!]|$))`,
  // "selling detectors, ppl ask heaps, nah we only hire": a "no" with what the person does instead.
  // ("…, nah, we just grow": the same, said with "just".)
  String.raw`(?:nah|naw|nope|no)\s*,?\s+(?:we|i)\s+(?:only|just)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s*(?:[,.;!]|$))`,
].join("|");

/** "people always ask …", "ppl ask heaps": who asks for a thing names nothing turned down. */
const WHO_ASKS =
  /^(?:people|ppl|folks|everyone|everybody|someone|somebody|customers|visitors)\s+(?:always\s+|often\s+|keep\s+)?(?:ask|asks|asking|asked|want|wants|say|says)\b/iu;

/** A clause that is nothing but a "no" said after a thing: "ma ilna da3weh", "lo shayach here", "laisse faire ça". */
const ONLY_A_NO = new RegExp(String.raw`^\s*(?:${NO_AFTER})\s*[.!]*\s*$`, "iu");

/** Whether a clause is only a "no" pointing back at what was said before it. */
export function isOnlyANo(clause: string): boolean {
  return ONLY_A_NO.test(clause);
}

const NO_AFTER_THING = new RegExp(String.raw`(?:^|\s*(?:,|\s[—–-]+)\s*|\s+)(?:${NO_AFTER})`, "iu");

/** "Invoicing stays in Xero as it is": something that stays with another product or person. */
const STAYS_ELSEWHERE =
  /^\s*(?:(?:[Aa]nd|[Bb]ut|[Aa]lso)[,\s]+)?([^.;:!?\n]{2,80}?)\s+(?:stays?|remains?)\s+(?:in|with|on)\s+(?:\p{Lu}[\p{L}\p{N}]*|the\s+(?:bank|accountant|till|office|council|auditor|treasurer)|paper|spreadsheets?)\b/u;

/**
 * "GST returns and accounts are done by our auditor", "the funeral work go through the
 * till", "The café next door is my sister's", "The sauna trailer is Kenny's", "Hand games is its own
 * thing", "The simit seller … is Cemal abi's business" (a name with its "elder brother"), "the zipline in the rainforest is a next company", "bait n tackle is the servo next door", "the hay for the sheep is the livestock program", "The cattle dipping is for the
 * Department of Agriculture", Afrikaans "… is my skoonsuster s'n": the
 * subject is the thing; what happens to it elsewhere, or whose it is, is why it is left out.
 * "The lap lap my wife sell long door", Scouse "the shops on the parade me arl fella does them
 * himself", Neapolitan "'E lampadine … 'e venne mio cainato" (my brother-in-law sells them):
 * someone close to the person, and what they do with it.
 */
const HAPPENS_ELSEWHERE =
  /\s+['’][oae]\s+(?:venne|vénne|vende|fa|face|fanno|porta)\s+(?:mio|mia|mi|nuosto|nosta|nostro|nostra)\s.*$|\s+(?:aba|abba|ima|imma|saba|savta|appa|amma)\s+(?!(?:is|are|was|were|has|have)\b)[\p{L}'’-]+\b.*$|\s+(?:my|our|his|her|their|me)\s+(?:wife|husband|brother|sister|mother|father|mum|mam|mom|dad|da|ma|nan|nana|gran|granny|grandad|son|daughter|cousin|uncle|aunt|auntie|neighbou?r|friend|partner|brother-in-law|sister-in-law|(?:old|arl|auld|oul)\s+(?:fella|fellow|man|lady)|fella|fellow)\s+(?!(?:is|are|was|were|has|have)\b)[\p{L}'’-]+\b.*$|\s+(?:is|are)\s+(?:its|their)\s+own\s+(?:thing|business|affair|matter|show|event|operation)(?=\s|$).*$|\s+(?:is|are)\s+(?:my|our|his|her|their|the|me)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:['’]s|s['’])(?=[\s,.;!]|$).*$|\s+(?:is|are)\s+(?:theirs|his|hers)(?=[\s,.;!]|$).*$|\s+(?:is|are)\s+\p{Lu}[\p{L}-]+(?:\s+(?:abi|abla|amca|teyze|bey|hanım|ji|bhai|didi|sahib|uncle|auntie|aunty|tío|tía))?['’]s(?=\s|$).*$|\s+(?:is|are)\s+(?:a\s+next|another|a\s+different|a\s+separate)\s+(?:company|firm|outfit|crowd|business|operator)\b.*$|\s+(?:is|are)\s+(?:the|a)\s+(?:[\p{L}'’-]+\s+){0,2}(?:program|programme|department|office|service|committee|council|project|school|church|parish|club|association|society|union|co-?op|cooperative|ministry|mosque|temple|fellowship|guild|league|congregation|brotherhood|sisterhood|board)\b.*$|\s+(?:is|are)\s+(?:the|a)\s+(?:[\p{L}'’-]+\s+){0,2}(?:shop|store|servo|garage|pub|caf[eé]|bakery|stall|kiosk|chemist|pharmacy|agency|outfit|place)\s+(?:next\s+door|across\s+the\s+(?:road|street)|(?:down|up|over)\s+the\s+(?:road|street)|in\s+town|on\s+the\s+corner)\b.*$|\s+(?:is|are)\s+for\s+the\s+(?:[\p{L}'’-]+\s+){0,2}(?:department|ministry|council|office|board|government|municipality|committee|co-?op|cooperative|association)\b.*$|\s+(?:is|are)\s+(?:my|ons|sy|haar|hulle)\s+[\p{L}-]+\s+s['’]n\b.*$|\s+(?:we|i)\s+(?:don'?t|do\s+not|never)\s+do\b.*$|\s+(?:nah|naw|no|nope)\b.*$|(?:['’]s|\s+(?:is|are))\s+(?:run|rin|done|kept|made|sold|handled|sorted|organised|organized|booked)\s+by\b.*$|\s+(?:is|are)\s+(?:all\s+)?[a-z]+ed\s+(?:on|in|by|through|with|via|at|elsewhere)\b.*$|\s+(?:that\s+|which\s+)?(?:i|we|they)\s+(?:(?:does|do|did|also|just|only|usually|always|already)\s+)?(?:pass|send|hand|refer|give|leave|sell|do|get|buy|keep|sort|handle|manage|run|book|organi[sz]e|have|got|use)\b.*$|\s+(?:go|goes|went)\s+(?:(?:straight|direct|directly|right)\s+to\b|to\s+(?:the|my|our|his|her|their)\s).*$|\s+(?:is|are|go|goes|get|gets|stay|stays|remain|remains|happen|happens|come|comes|run|runs)\s+(?:(?:all\s+)?(?:done|handled|kept|managed|dealt\s+with|looked\s+after|sorted|through|by|in|on|with|via|elsewhere|separately)\b).*$|\s+(?:our|the|my|his|her|their|da|de|me)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:does|do|dew|dus|handles?|runs?|sorts?|takes\s+care\s+of)(?:\s+(?:it|that|dat|them|all\s+that))?(?:\s+(?:himself|herself|themselves|hisself))?(?:\s+(?:down\s+|up\s+|over\s+|out\s+)?(?:on|in|at|with|by)\s+(?:(?:the|a|her|his|their)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?$/iu;

/**
 * "My auntie does sew all de costumes", "me mam does the teas", "robs mum does an airbnb cabin", "The shop does the
 * maintenance on the trucks", Pidgin "Some agents dey do betting for the side", "auntie also does
 * crew placement", "My brother has a cherry orchard", "My wife wants a homestay", "my
 * sister-in-law sews the smock hats", "My uncle has 40 sheep too" (how many is no part of them), "My
 * cousin takes tourists on boat trips" (the trips, not whom they take), "My husband's brother takes
 * tourists to the Lelu ruins" (where he takes them; "… on his boat to see the falls", the same),
 * "My father keeps Ankole
 * cows", "my 3ami sells date syrup"
 * (Arabic typed in Latin letters writes a sound with a digit), Dominican "My cousin make bay leaf
 * soap" (the verb as said, without its "s"), "My aunty carves wooden masks", "My brother Graham
 * looks after the family's ponies and goes out on the drift", "My brother Kwesi
 * smokes fish at the beach and sells it in the market": someone close,
 * another outfit or some of the people, and the work they do, or what someone close has or wants.
 */
const KIN_DOES =
  /^(?:(?:my|our|me|mi|his|her|the|da|de|some|a\s+few|\p{L}+['’]?s(?=\s+(?:mum|mam|mom|dad|wife|husband|brother|sister|son|daughter|uncle|aunt|auntie|aunty|cousin|nan|gran|partner)\s))\s+(?:[\p{L}'’-]+\s+)?(?!(?:we|i|they|you|he|she|does|do|did|dus)\s)[\p{L}\p{N}'’-]*\p{L}[\p{L}\p{N}'’-]*|(?:auntie|aunty|uncle|unc|granny|gran|nan|mum|mam|mom|dad|pops|cuz)(?:\s+(?:also|too))?|(?:my|our|his|her)\s+(?:wife|husband|brother|sister|son|daughter|uncle|aunt|auntie|aunty|cousin|mum|mom|mother|dad|father|partner)(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+(?:also|too))?(?=\s+(?:has|have|got|wants|want)\s))\s+(?:does|do|dus|did|handles|runs|dey\s+do|has|have|got|wants|want|looks\s+after|look\s+after|makes|make|brews|brew|bakes|bake|cooks|cook|grows|grow|keeps|keep|raises|raise|breeds|breed|sews|sew|knits|weaves|carves|carve|paints|smokes|smoke|sells|sell|catches|catch|picks|pick|gathers|gather|collects|collect|rents\s+out|hires\s+out|repairs|fixes|takes\s+(?:the\s+)?(?:tourists|visitors|people|groups|guests|kids|children)\s+(?:out\s+)?(?:on\s+(?:his|her|their|the|a)\s+[\p{L}-]+\s+)?(?:up\s+)?(?:to\s+see|to|round|around)|takes\s+(?:the\s+)?[\p{L}'’-]+\s+(?:out\s+)?on)\s+(?:\d[\d,.]*\s+)?(?!(?:that|dat|it|them|those|this|all\s+that)(?:\s|$))([\p{L}'’-]+(?:\s+[^,]{2,60})?)$/iu;

/** What must be, then ", or": the "no" after it says what happens otherwise. */
const MUST_THEN_OTHERWISE = /\b(?:must|has\s+to|have\s+to|needs?\s+to|got\s+to|gotta)\b[^,.;!?]*$/iu;

/**
 * "Keisha sells fry fish at the dock on Saturday", "Alan has a wee bait and tackle shop at the
 * marina as well", "Dean does removals": someone, by name, and what they sell, make, do or have,
 * then where or when.
 */
const NAMED_ONE_SELLS =
  /^(?:and\s+|an['’]\s+)?(?!(?:We|I|They|You|He|She|It|People|Everybody|Everyone|Somebody|Someone|The|A|An|Our|My|Their|His|Her|This|That|These|Those|Every|Each|Some|Any|No|Da|De|Di)\s)\p{Lu}\p{Ll}+\s+(?:also\s+)?(?:sells?|makes?|does|mek|meks|cooks?|bakes?|fries|fry|rents?|hires?|has|runs|owns|keeps)\s+((?!(?:it|them|that|dat|those|this)(?:\s|$))(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)(?:\s+(?:at|in|on|pon|inna|by|for|fi|to|down|up|over|near|out|every|from)\s.*)?$/u;

/** "…, mononc' cooks there, …": who works at the thing named, and where, names no thing. */
const WORKS_THERE = /^(?:(?:my|our|his|her|the)\s+)?[\p{L}'’-]+\s+[a-z]+s\s+(?:there|here)$/iu;

/**
 * "Ginette's bait shop at the landing sells …", "My sister's tuck shop sells …": someone's outfit,
 * where it is, and what it does. ("Martin's brother Seán does guided walks": someone's relative
 * is no outfit; what they do is read as a relative's work.)
 */
const SOMEONES_OUTFIT_DOES =
  /^(?:and\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|[Mm]y\s+(?:sister|brother|aunt|auntie|uncle|cousin|mother|father|mum|mom|dad|wife|husband|son|daughter|neighbou?r|friend))['’]s\s+(?!(?:mum|mam|mom|dad|wife|husband|brother|sister|son|daughter|uncle|aunt|auntie|aunty|cousin|nan|gran|partner|friend|neighbou?r)\s)((?:[\p{L}'’-]+\s+)?[\p{L}'’-]+)(?:\s+(?:at|in|on|by|down|up|over|near|out)\s+[^,]+?)?\s+(?:sells|does|runs|makes|rents|hires|serves)\s+[^,]+$/u;

/**
 * "wanting me to look up …", "people ask us to deliver", "ppl ask us for portaloos for parties",
 * "people ask if we sell our tea in packets": what others ask the person to do, or for (without
 * what it would be for).
 */
const ASKED_OF_US =
  /\b(?:wanting|want|wants|asking|ask|asks|asked|begging|on\s+at)\s+(?:(?:me|us)\s+to\s+([^,]{3,80})|(?:(?:me|us)\s+)?(?:if|whether)\s+(?:i|we)(?:['’]ll|['’]d|\s+(?:will|would|could|can)(?=\s+[a-z]+\s))?\s+(?!(?:can|could|will|would|are|is|have|do|did)\s)([^,]{3,80})|(?:(?:me|us)\s+)?for\s+(?:a\s+|an\s+|the\s+|some\s+)?([^,]{3,80}?)(?:\s+(?:for|at|on|in|to|when)\s+[^,]*)?(?=,|$))/iu;

/**
 * "The council keep on at us to do the school run", "the hotel is always asking us to run
 * airport shuttles": who presses the person, then what they would have them do, the thing.
 */
const PRESSED_TO_DO =
  /^(?:(?:and|but|also)\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:keep|keeps|kept|are|is|were|was)?\s*(?:always\s+|forever\s+|constantly\s+|still\s+)?(?:on\s+at|asking|nagging|pestering|begging)\s+(?:us|me)\s+to\s+(?:do|run|start|offer|sell|provide|take\s+on|add)\s+(?:(?:the|a|an|some|their)\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/iu;

/**
 * German and its kin: "Min Schwoger het e Winstub", "Mein Schwager hat eine Weinstube": what
 * someone close has (a noun, with its capital), and the rest of the sentence after it.
 */
const KIN_HAS_GERMANIC =
  /^(?:(?:[Uu]n|[Uu]nd|[Aa]n)\s+)?(?:[Mm](?:in|i|ein|eine|ini|inem|äi|eng)|[Uu]nser|[Uu]nseri|[Uu]nsere|[Üü]se|[Üü]si)\s+\p{Lu}[\p{L}-]*\s+(?:het|hat|hett|hät|huet|hed|hot|hod|hebbt)\s+(?:au\s+|och\s+|ooch\s+|auch\s+|ouch\s+)?(?:e|ä|en|ein|eine|einen|a|es|eng)\s+(\p{Lu}[\p{L}-]*).*$/u;

/**
 * German and its kin: "d'Lit froge als, ob mir au Kougelhopf … schicke", "die Leute fragen, ob
 * wir Torten liefern": what people ask whether the person does, in the whole sentence.
 */
const ASKED_WHETHER_GERMANIC =
  /^.*?(?<![\p{L}])(?:froge|frage|fragen|froget|fröget|frooge|froen)(?![\p{L}])[^,.;!?]{0,20},?\s*ob\s+(?:mir|wir|mer|mr)\s+(?:(?:au|auch|och|ouch)\s+)?(?:(?:\p{Ll}+)\s+){0,2}?(\p{Lu}[\p{L}-]*).*$/u;

/** "We also do weddings", "We have a newsletter already": what the person does or has already. */
const OURS_ELSEWHERE =
  /^(?:we|i)\s+(?:also\s+|do\s+also\s+|already\s+)?(?:do|run|sell|offer|make|host|have|got|use)\s+(?!(?:that|it|this|those|them|to)\b)(.{2,40}?)(?:\s+(?:already|too|as\s+well|elsewhere|on\s+the\s+side))?$/iu;

/** "Some members have equb also, that is their own matter": what some of the people have or do besides. */
const SOME_HAVE =
  /^(?:some|many|most|a\s+few|several)\s+(?:of\s+(?:the|our)\s+)?(?:members|people|customers|families|parents|clients|players|growers|farmers|owners|students|drivers)\s+(?:also\s+)?(?:have|do|run|use|play|join|keep)\s+(?!(?:that|it|this|those|them|to)\b)(.{2,40}?)(?:\s+(?:also|too|as\s+well|besides))?$/iu;

/** "we nuh rent scooter, nuh put dat", "we don't sell beer, leave it out": what the person does not offer. */
const NOT_OURS =
  /^(?:we|i)\s+(?:don'?t|do\s+not|never|nuh|no)\s+(?:rent|sell|offer|make|carry|stock|hire|do)\s+(?:out\s+)?(?!(?:that|it|this|those|them|to|any\s+of)\b)(.{2,40}?)$/iu;

/** Words said in surprise between a thing and its "no": "holy", "jeez", "gosh", "lord". */
const EXCLAMATION =
  /^(?:holy|holy\s+\p{L}+|jeez|geez|gosh|golly|lord|lordy|boy|oh\s+boy|wow|yikes|cripes|crikey|blimey|eh|lol|lmao|haha|meh|hmm|ugh|nah)$/iu;

/** Words before the thing that only carry the talk: "Actually", "Oh and", "Tsaka". */
const DISCOURSE =
  /^(?:actually|also|oh|well|ok|okay|so|sorry|anyway|and|plus|right|all\s+right|alright|tsaka|saka|yes|yeah|no|hmm|finally|lastly|oh and|and also|please|and please)$/iu;

/** "some of it is the Island's law and not ours": a share of what was just said names no thing. */
const SHARE_OF_IT =
  /^(?:some|all|most|part|much|none|any|a\s+lot|half)\s+of\s+(?:it|them|that|this|those|these)$/iu;

/** Words at the end of a list that name no more of it: "and all that payment matter", "and that kind of thing", Somali "iyo wixii la mid ah". */
const LIST_TAIL =
  /\s+iyo\s+wixii\s+la\s+mid\s+ah$|\s*,?\s+(?:and|or|n|an['’]?|'n')\s+(?:all\s+that(?:\s+[\p{L}-]+)?\s+(?:matter|stuff|business|side|thing|things)|(?:that|this|the)\s+(?:kind|sort)\s+of\s+(?:thing|stuff)|(?:all\s+)?(?:that|the\s+like|so\s+on|stuff\s+like\s+that)|all|everything|stuff)$/iu;

export function pointedBackExclusions(sentence: string): string[] {
  const found = pointedBackAsSaid(sentence);
  // (A name is written in its own letters: "dat a la Alcaldía business, no fi wi" is English.)
  const unnamed = sentence.replace(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*/gu, "");
  if (found.length > 0 || /[^\p{ASCII}’‘“”—–…£€]/u.test(unnamed)) return found;
  // "De ladies selling spice …, dat is dey own business": a "no" in English as spoken, read
  // as written, when it is not read as said (where the person's own words are kept).
  const written = asWrittenEnglish(sentence);
  return written !== sentence && isEnglish(written) ? pointedBackAsSaid(written) : [];
}

/** "Very Dark Strong only goes in barrels, we never put it in jugs": the "no" says the "only" again. */
const ONLY_SAID_AGAIN =
  /\bonly\s+(?:goes|go|comes|come|gets?|is|are|sold|sells?|in|on|at|for|by|to)\b[^,.;!?]*,\s*(?:and\s+)?(?:we|i|they)\s+(?:never|don['’]?t|do\s+not|won['’]?t|will\s+not)\s+[\p{L}'’-]+\s+(?:it|them)\b/iu;

/**
 * "Berries that are wet or mushy, we won't take them": what the person's place will not take
 * in is a rule of theirs, no thing turned down.
 */
const NOT_TAKEN_IN =
  /,\s*(?:so\s+)?(?:we|i)\s+(?:won['’]?t|will\s+not|don['’]?t|do\s+not|never)\s+(?:take|accept)\s+(?:it|them)\s*(?:[.!,;]|$)/iu;

/** Whether a "no" only says again what an "only" said: "… only goes in barrels, we never put it in jugs". */
export function saysTheOnlyAgain(sentence: string): boolean {
  return ONLY_SAID_AGAIN.test(sentence);
}

function pointedBackAsSaid(said: string): string[] {
  if (ONLY_SAID_AGAIN.test(said) || NOT_TAKEN_IN.test(said)) return [];
  const ilocano = ILOCANO_NO.exec(said);
  if (ilocano) return ilocanoTopic(said.slice(0, ilocano.index));
  const kapampangan = KAPAMPANGAN_NO.exec(said);
  if (kapampangan) return kapampanganTopic(said.slice(0, kapampangan.index));
  const shona = SHONA_NO.exec(said);
  if (shona) return shonaTopic(said.slice(0, shona.index));
  const lombard = LOMBARD_NO.exec(said);
  if (lombard) return lombardTopic(said.slice(0, lombard.index));
  const samoan = SAMOAN_NO.exec(said);
  if (samoan) return samoanTopic(said.slice(0, samoan.index));
  const tahitian = TAHITIAN_NO.exec(said);
  if (tahitian) return tahitianTopic(said.slice(0, tahitian.index));
  const setswana = SETSWANA_NO.exec(said);
  if (setswana) return setswanaTopic(said.slice(0, setswana.index).replace(/^\s*(?:gape|mme|le)\s+/iu, ""));
  // "The Greek dancing group's the church committee's thing": "'s" before "the" is "is".
  // ("my cousin punya business": Malaysian and Sabah English say whose it is with "punya".)
  // ("is my brother in laws, not my problem": "brother-in-law's" typed without its marks.)
  const sentence = said
    .replace(/\b(brother|sister|mother|father|son|daughter)\s+in\s+laws(?=\s*[,.;!]|$)/giu, "$1-in-law's")
    .replace(/(?<=\p{L})\s+punya(?![\p{L}])/giu, "'s")
    // ("… are the committees thing not ours": whose thing it is, typed without its apostrophe.)
    .replace(
      /\b((?:is|are|was|were)\s+(?:the|our|my)\s+[\p{L}-]+?)s\s+(?=(?:thing|business|affair|job|lookout|department|problem|gig|patch)\b)/giu,
      "$1's ",
    )
    .replace(/(?<=\p{L})['’]s\s+(?=(?:the|a|an|my|our|their|his|her|me|de|da)\s)/gu, " is ")
    // "The bar runs off the committee's licence and the treasurer does all that separate, don't
    // worry about it": who does it instead, after "and", is said as after a comma.
    .replace(
      /\s+and\s+(?=(?:the|our|my|his|her|their)\s+[\p{L}-]+\s+(?:does|handles|runs|sorts|looks\s+after)\s+(?:all\s+)?(?:that|it|this|those)\b)/giu,
      ", ",
    )
    // "aunties smoked salmon at the market, her thing not the api's": before whose affair it is,
    // a relative typed without the apostrophe says whose the thing is, which the "no" says again
    // ("the smoked salmon at the market").
    .replace(
      /^(?:my\s+)?(?:auntie|aunty|aunt|uncle|mum|mom|dad|nan|gran|granny|cousin|sister|brother|wife|husband)s\s+(?=[^,]+,\s*(?:her|his|their|[\p{L}-]+s)\s+(?:thing|business|job|lookout|affair|gig)\b)/iu,
      "the ",
    );
  const stays = sentence.match(STAYS_ELSEWHERE);
  const cut = stays ? null : noAfterIndex(sentence);
  if (!stays && cut === null) return [];
  // "The fish must be on ice within 2 hours of catching, or we don't take it": what happens
  // otherwise, after what must be, is a rule; nothing is turned down.
  if (
    cut !== null &&
    MUST_THEN_OTHERWISE.test(sentence.slice(0, cut)) &&
    /^\s*,\s*or\s/iu.test(sentence.slice(cut))
  )
    return [];
  // In a language whose verbs are not known, the things are the short words the sentence opens on.
  // English as spoken ("da band, de office") is read in its written forms; a sentence with
  // letters English does not write ("a tenda de recordos … é da miña filla") is not made
  // English by reading its "de" as "the".
  const english =
    TETUM_OR_SRANAN_NO.test(sentence) ||
    KINYARWANDA_NO.test(sentence) ||
    NEAPOLITAN_NO.test(sentence) ||
    FRIULIAN_NO.test(sentence) ||
    PIEDMONTESE_NO.test(sentence) ||
    HAWAIIAN_NO.test(sentence) ||
    MAORI_NO.test(sentence) ||
    BRETON_NO.test(sentence) ||
    LOW_GERMAN_NO.test(sentence) ||
    IGBO_NO.test(sentence)
      ? false
      : /[^\p{ASCII}’‘“”—–…£€]/u.test(sentence)
        ? isEnglish(sentence)
        : isEnglish(asWrittenEnglish(sentence));
  let before = (stays ? stays[1]! : sentence.slice(0, cut!))
    // ("Og troyggjurnar, …", "Agus an cèilidh …", "Pis the snow crab …", "È a fiera …": "and" in Faroese,
    // Scottish Gaelic, Acadian English and Corsican, "E u Festinu …" in Sicilian, "Ond …" in Swabian.)
    .replace(
      /^\s*(?:(?:and|an['’]?|n(?=\s)|but|also|as\s+for|oh\s+and|now|well|og|agus|und|ond|pis|puis|è|e(?=\s+(?:u|a|i|lu|la|li)\s))[,\s]+)+/iu,
      "",
    )
    // Quechua "Doña Rosap cuy chactadon feriapi" (Doña Rosa's fried cuy at the fair): whose it
    // is ("-p", "-q": of) said first, and where ("-pi": at), are no part of the thing.
    .replace(
      /^(?:doña|don|mama|tayta|señora|señor)\s+\p{Lu}[\p{L}\p{M}]+(?:p|q|pa|qpa)\s+(.+?)(?:\s+[\p{L}\p{M}]{3,}pi)?$/iu,
      "$1",
    )
    // Spanish and Aragonese "Mi hermano tiene una casa rural en San Juan" (my brother has a
    // guesthouse in …): what someone has is the thing, not who has it nor where; "bella chent nos
    // demanda longaniza y chamón" (some people ask us for sausage and ham): what is asked for.
    .replace(
      /^(?:(?:o|a|el|la|mi|mío|mía|su|nuestro|nuestra)\s+)*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:tiene|tienen|ten)\s+(?:una?|un|o|a|el|la)\s+(.+?)(?:\s+(?:en|a|ta)\s+\p{Lu}.*)?$/iu,
      (whole, thing: string) => (english ? whole : thing),
    )
    .replace(
      /^(?:(?:y|e)\s+)?(?:bella\s+chent|a\s+chent|la\s+gente|algun[oa]s(?:\s+[\p{L}]+)?|muita\s+chent)\s+(?:nos\s+|mos\s+)?(?:demanda|demandan|pide|piden|quier[ea]n?)\s+(.+)$/iu,
      (whole, thing: string) => (english ? whole : thing),
    )
    // "My husband's side business is firewood": what someone's business is, is the thing.
    .replace(
      /^(?:my|our|his|her|their)\s+[\p{L}'’-]+?(?:['’]s)?\s+(?:own\s+|side\s+|little\s+)?(?:business|sideline|side\s+line|trade|line|hobby|thing)\s+is\s+(?=\p{L})/iu,
      "",
    )
    // "There's also the Christmas market but that's a separate thing": what there is, is the thing.
    .replace(/^there(?:['’]s|\s+is|\s+are)\s+(?:also\s+)?(?=\p{L})/iu, "")
    // "we used to do drop camps, where we pack you in …, but we got out of that years ago, so
    // leave it out": what the person once did is the thing; what it was and why it stopped are not.
    .replace(
      /^(?:we|i)\s+(?:used\s+to|once|also\s+used\s+to)\s+(?:do|run|offer|sell|make|have|host|hold|rent)\s+(?:the\s+)?([^,]+?)(?:,.*)?$/iu,
      // (Said as "the drop camps", so "drop" is read as part of a name, no verb.)
      "the $1",
    )
    // "Nae bother wi' the fundraising": what not to bother with is the thing.
    .replace(/^(?:nae|no|don'?t)\s+bother\s+(?:wi'?|with|about)\s+/iu, "")
    // "De export side", "Da entry fees": "the" as many Englishes say it (West Frisian "De
    // koek-en-sopie" is its own "the").
    .replace(/^(?:de|da|di)\s+(?=\p{L})/iu, (article) => (english ? "the " : article))
    // "Same with the tickets for the VIP tent, dat ain't we business": the same "no" again.
    .replace(/^(?:(?:the\s+)?same\s+(?:goes\s+)?(?:with|for))\s+/iu, "")
    // "Bacaan tahlil pun biar surau yang atur": in Malay the thing ends where "pun" or "tu"
    // marks it, in Javanese "Duwit parkir kuwi …" where "kuwi" (that) does; in Uzbek "To'y torti
    // ham boshqa joydan …" where "ham" (too) does; in Gujarati
    // "માંજો ને ફિરકી તો …" where "તો" does, in Punjabi "… ਵੀ" (too) and in Papiamentu "I
    // katering tampoko, …" where "tampoko" (neither) does.
    .replace(
      /^((?:[\p{L}\p{M}'’ʻ-]+\s+){1,3}?)(?:(?:pun|tu|itu|ham|kuwi|iku)\s.*|(?:તો|ਵੀ|tampoko|tampoco)(?:\s.*)?)$/u,
      "$1",
    )
    // "the alfombras are the neighbours, …": whose they are, said as who they are, is no part of them.
    .replace(
      /^((?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){0,2}?)\s+(?:is|are)\s+(?:the|my|our|his|her)\s+([\p{L}-]+?)(?:['’]s|s['’]|s)?(?=\s*(?:,|$))/iu,
      (whole, thing: string, who: string) => (isPerson(singularize(who.toLowerCase())) ? thing : whole),
    )
    // "My cousin in Gaziantep sells our soap to Europe": where a relative sells it is the thing,
    // the sales there, not the relative.
    .replace(
      /^(?:my|our|his|her|their)\s+(?:[\p{L}'’-]+\s+)?(?:cousin|brother|sister|uncle|aunt|auntie|son|daughter|nephew|niece|friend|neighbou?r|brother-in-law|sister-in-law)(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]*)?\s+(?:sells|exports|ships|sends)\s+(?:(?:our|the|his|her|their)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(to\s+[^,]+)(?:,.*)?$/iu,
      // (Only a place named by its name: "sells palm offshoots to the new farms" turns down the
      // offshoots, as before.)
      (whole, to: string) => (/^to\s+\p{Lu}/u.test(to) ? `sales ${to}` : whole),
    )
    // "the old man who sells Milli Piyango lottery tickets wants my father to sell them with the
    // tea": what someone who sells it wants sold is the thing, not the one who asks.
    .replace(
      /^(?:the\s+|an?\s+)?[^,]{0,30}?\s+who\s+(?:sells|makes|does|runs|rents)\s+([^,]+?)\s+wants?\s+(?:us|me|(?:my|our)\s+[\p{L}-]+)\s+to\s+[\p{L}-]+\s+(?:them|it|those)\b.*$/iu,
      "$1",
    )
    // "some people want us to deliver", "some people want the iddir to help for weddings", "people
    // ask us to sell the New Year's dinner", "many tourists ask to try diving with us": what
    // they want done is the thing, and what it is done for, when it is said.
    .replace(
      /^(?:(?:(?:some|many|lots\s+of|a\s+lot\s+of)\s+)?(?:people|customers|members|folks?|users|tourists|visitors|guests|clients|parents|families)|(?:some|many|a\s+few)\s+(?:of\s+the\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+s(?:\s+(?:in|from|at|around)\s+\p{Lu}[\p{L}-]*)?)\s+(?:always\s+|often\s+)?(?:(?:want|wants|ask|asks|asked|are\s+asking|keep\s+asking)\s+to\s+try\s+(?=\p{L}+ing\s)|(?:want|wants|ask|asks|asked|are\s+asking|keep\s+asking)\s+(?:(?:the|our|my)\s+[\p{L}-]+|us|me|it|them)\s+to\s+(?:[\p{L}-]+\s+(?:for|with)\s+(?=\p{L})|((?:sell|make|cook|serve|bring|offer|rent|stock|do)\s+(?:(?:the|a|an|some)\s+)?)(?=\p{L})|([a-z]+)(?=(?:\s+(?:down|up|out|off|back))?\s+\p{L}))?)(?=[\p{L}\s])/iu,
      // ("… ask us to sell the New Year's dinner": what they want sold or made is the thing, named
      // with "the"; "… ask us to cut down dead palms": any other doing asked for, with what it is
      // done to, is named as a doing, "cutting down dead palms".)
      (_whole, trade?: string, verb?: string) => (trade ? "the " : verb ? gerund(verb.toLowerCase()) : ""),
    )
    // "ppl want to rent space for fish boxes to ship outside": what they want to do is the thing.
    // ("the tourists who come for the Castle want to watch us cook": who they are is no part of it.)
    .replace(
      /^(?:(?:some|many|lots\s+of|a\s+lot\s+of|the)\s+)?(?:people|ppl|customers|folks?|tourists|visitors|guests|clients|walkers|hikers|campers|riders|locals)\s+(?:(?:who|that)\s+[^,]{2,40}?\s+)?(?:always\s+|often\s+|sometimes\s+)?(?:want|wants|keep\s+asking|ask|asks)\s+to\s+(?!try\s)([a-z]+)\s+(?=\p{L})/iu,
      (_whole, verb: string) => `${gerund(verb.toLowerCase())} `,
    )
    // "tourists ask if we do crab tours in crab season", "folk are forever asking will we do a hog
    // roast for their wedding": what they ask whether the person does is the thing (when, and
    // whom it is for, are no part of it; "honey in jars" keeps what it would be packed in).
    .replace(
      /^(?:(?:some|many|lots\s+of|a\s+lot\s+of|the)\s+)?(?:people|ppl|customers|folks?|tourists|visitors|guests|clients|walkers|hikers|campers|locals)\s+(?:(?:are|is)\s+(?=(?:always|forever|often|sometimes)\s))?(?:always\s+|forever\s+|often\s+|sometimes\s+|keep\s+)?(?:ask|asks|asked|asking)\s+(?:us\s+|me\s+)?(?:(?:if|whether)\s+(?:we|i)|(?:will|would|can|could|do)\s+(?:we|you|i))\s+(?:do|sell|make|offer|run|rent|hire|have|stock|serve|cook)\s+(?:(?:any|the|a|an|some)\s+)?([^,]+?)(?:\s+(?:(?:in|during)\s+(?:the\s+)?(?:[\p{L}-]+\s+season|summer|winter|spring|autumn|fall|holidays|evenings?|mornings?|weekends?)|(?:at|on|during|for)\s+(?:the\s+|their\s+|his\s+|her\s+|your\s+)?[\p{L}-]+))?$/iu,
      "$1",
    )
    // "old tiles taken out of the mansions": where the thing was taken from is no part of it.
    .replace(/(?<=\S\s+\S+)\s+(?:taken|brought|pulled|salvaged|ripped)\s+(?:out\s+of|from|off)\s+.*$/iu, "")
    // "… ask us to take them hiking up Mount Scenery": what they would be taken to do is the thing.
    .replace(/^(?:taking|bringing)\s+(?:them|people|him|her)\s+(?=\p{L}+ing\b)/iu, "")
    // "And the wine route bus tours keep asking for tastings …": whoever keeps asking is not the
    // thing either.
    .replace(
      /^(?:(?:the|some|many|a\s+lot\s+of|lots\s+of)\s+)(?:[\p{L}-]+\s+){0,3}[\p{L}-]+s(?:\s+(?:from|in|at|of)\s+(?:the\s+)?[\p{L}-]+)?\s+(?:always\s+|often\s+|sometimes\s+)?(?:(?:are\s+)?(?:asking|ask|asked|keep\s+asking|kept\s+asking)\s+(?:us\s+|me\s+)?(?:for|about))\s+/iu,
      "",
    )
    // "Some people asking for a GPS thing to find the band …", "people are always asking us
    // about the waterbus": who asks, and what for, are not the thing.
    .replace(
      /^(?:(?:and|but)\s+)?(?:some\s+)?(?:people|customers|members|folks?|users|tourists|visitors|guests|clients|parents|families)\s+(?:are\s+(?=always\s|often\s))?(?:always\s+|often\s+)?(?:(?:are\s+)?(?:asking(?:\s+us|\s+me)?|ask|asked|keep\s+asking)\s+(?:for|about)|want|wants)\s+/iu,
      "",
    )
    // "the gold panning day trips the hotels keep asking about": who asks for it is no part of it.
    .replace(
      /(?<=\S)\s+(?:that\s+|which\s+)?(?:the\s+|our\s+|some\s+)?[\p{L}-]+\s+(?:keep\s+|always\s+|often\s+|sometimes\s+)?(?:ask|asks|asking|asked|want|wants|wanted)(?:\s+(?:about|for))?$/iu,
      "",
    )
    // "the study coaching noona's friend does in the lounge": who does it, and where, are no
    // part of it.
    .replace(
      /(?<=\S)\s+(?:(?:the|our|my|his|her|their)\s+)?(?:[\p{L}-]+['’]?s\s+)?(?:friend|mum|mam|mom|dad|brother|sister|cousin|neighbou?r|wife|husband|partner|son|daughter|uncle|aunt|auntie|aunty|mate|lass|fella)\s+(?:does|runs|holds|teaches|gives|offers|sells|do)(?:\s+(?:in|at|on|from|out\s+of|up\s+by|down\s+at)\s+[^,]*)?$/iu,
      "",
    )
    // "Some people asking for a GPS thing to find the band": what it is for is no part of it;
    // "Payments to the growers and the bonus" are paid to someone.
    .replace(
      /(?<=\S)\s+to\s+(?!(?:do|the|a|an|our|their|his|her|my|its|each|every|all)\b)[a-z]+\s[^,]*$/iu,
      "",
    )
    // "The café next door handles the coffee, that's theirs": what another outfit handles is the
    // thing, not the outfit, nor what it is done to ("the maintenance on the trucks").
    .replace(
      /^(?:the|our)\s+(?!(?:app|site|website|system|program|software|tool|missus|wife|husband|mum|mom|dad|boss|lads|boys|girls)\b)[\p{L}'’-]+(?:\s+(?:next\s+door|across\s+the\s+(?:road|street)|down\s+the\s+(?:road|street)|over\s+the\s+road|in\s+town))?\s+(?:handles|does|runs|sorts\s+out|looks\s+after|takes\s+care\s+of)\s+(the\s+[^,]{2,40})$/iu,
      (_whole, thing: string) => thing.replace(/\s+(?:on|for|at|in|with|to|off|from)\s+.*$/iu, ""),
    )
    // "The bar in the clubrooms runs off the committee's liquor licence": what it runs on is no part of it.
    .replace(
      /^((?:the|our)\s+[^,]+?)\s+(?:runs|is\s+run|works|goes)\s+(?:off|on|under|through)\s+[^,]+$/iu,
      "$1",
    )
    // "Zanzibar beach holidays after the climb": when they would be had is no part of them.
    // ("two weeks before Christmas" is a time, and stays whole; so is "looks after the ponies", a
    // doing.)
    .replace(
      /(?<=\S\s+\S+)(?<!\blook(?:s|ed|ing)?)\s+(?:after|before|during)\s+(?:the\s+)?[\p{L}-]+$/iu,
      (when, at: number, whole: string) =>
        /\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)$/iu.test(whole.slice(0, at)) ? when : "",
    )
    // "the moorings in the creek are not ours": the verb before the "no" is no part of the thing.
    .replace(/\s+(?:is|are|was|were)\s*$/iu, "")
    // "…, and I'll help 'em when I can, but": the word that led to the "no" is no thing.
    .replace(/[\s,]+(?:but|and|so|or|then)$/iu, "")
    // ("فرۆشتن بە قیستیش،": the Arabic script's comma before the "no" is no part of the thing;
    // nor is a colon before it, "… de crespets: non, metètz pas aquò".)
    .replace(/[\s،؛:]+$/u, "")
    .trim();
  // "Any lobster tail under 4 ounce, wi nuh tek it": what is not taken past a measure is a rule.
  if (PAST_A_MEASURE.test(before)) return [];
  // "Take off who sent them to us, we don't really need that": a change, read as one, whose
  // reason says nothing more.
  if (/^(?:please\s+)?(?:take\s+(?:off|out)|remove|drop|delete)\s/iu.test(before)) return [];
  // "Anybody else comes and collects, I'm not sending that boy across Bangalore": what others
  // do instead is a rule, and names nothing turned down.
  if (
    /^(?:anybody|anyone|everybody|everyone|somebody|someone|nobody|no\s+one|whoever)\s+(?:else\s+)?\p{L}+s\b/iu.test(
      before,
    )
  )
    return [];
  // Javanese "Rokok ketengan sing tak dol …": "sing" (which) opens what is said of the thing;
  // Luxembourgish "D'Tombola …", "den Nightrider fir heem": an article, elided or whole, and
  // what the thing is for ("fir", "for"), are no part of its name.
  if (!english)
    before = before
      // German and its kin: "Min Schwoger het e Winstub grad nebe dra", "Mein Schwager hat eine
      // Weinstube" (my brother-in-law has a wine bar): what someone close has is the thing; "d'Lit
      // froge als, ob mir au Kougelhopf per Poscht schicke" (people ask whether we send Kougelhopf
      // by post): what they ask after is.
      .replace(KIN_HAS_GERMANIC, "$1")
      .replace(ASKED_WHETHER_GERMANIC, "$1")
      // Occitan "E de monde nos demandan de cuèire de pizzas …" (people ask us to bake pizzas),
      // Chichewa "Ndipo anthu ena amafunsa za …" (and some people ask about …): who asks is no
      // part of the thing.
      .replace(/^(?:ndipo\s+)?anthu\s+(?:ena\s+)?(?:amafunsa|amapempha|amafuna)\s+(?:za\s+)?/iu, "")
      // (Chichewa "Mbatata ndi za gulu lina" (the potatoes are another group's): whose they are,
      // after "ndi za" (are of), is no part of the thing.)
      .replace(/^([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+ndi\s+(?:za|wa|ya|a|la|cha|ka)\s.*$/iu, "$1")
      // Ligurian "E i supermercati ne domandan i vasetti de baxaicò" (the supermarkets ask us for
      // jars of basil), "Mæ sœ a fa i corsi …" (my sister runs the courses): who asks, or who does
      // it, is no part of the thing, nor is what the jars hold.
      .replace(
        /^(?:e\s+)?(?:(?:i|e|o|a|di)\s+)?[\p{L}\p{M}'’-]+\s+(?:ne|me|ghe)\s+(?:domandan|domanda|ciamman|veuan)\s+(?:(?:i|e|o|a|di|de)\s+)?([\p{L}\p{M}'’-]+(?:\s+(?!de\s)[\p{L}\p{M}'’-]+)*?)(?:\s+de\s+[\p{L}\p{M}'’-]+)?$/iu,
        "$1",
      )
      .replace(
        /^(?:mæ|mê|mïa|nòstra|nòstro)\s+[\p{L}\p{M}'’-]+\s+(?:o|a)\s+(?:fa|vende|fan|vendan)\s+(?:(?:i|e|o|a|di|de)\s+)?/iu,
        "",
      )
      // Piedmontese "E tanti a-j ciamo la torta ëd nissòle" (and many ask us for the hazelnut
      // cake): who asks is no part of the thing; "Mia cugnà a l'ha n'agriturismo giù a Vesime"
      // (my sister-in-law has a farm stay down at Vesime): what someone close has is the thing.
      .replace(
        /^(?:e\s+)?(?:tanti|la\s+gent|ij\s+client|quaidun|chèich\s+un)\s+a-?(?:j|n|ne)?\s*(?:ciamo|ciama|veulo|veul|domando|domanda)\s+(?:(?:la|ël|le|ij|un|na)\s+|j['’]|l['’])?/iu,
        "",
      )
      .replace(
        /^(?:mia|mè|sò|soa)\s+[\p{L}\p{M}'’-]+\s+a\s+(?:l['’]ha|fa|vend)\s+(?:n['’]|un\s+|na\s+|ël\s+|la\s+|le\s+|ij\s+)?([\p{L}\p{M}'’-]+).*$/iu,
        "$1",
      )
      // Hawaiian "Aia ke kūʻai lei a koʻu ʻanakē ma ke alanui …" (there is my aunt's lei stand on
      // the road …): whose it is and where are no part of the thing; "A makemake ka poʻe
      // mākaʻikaʻi e hele pū me mākou i nā huakaʻi …" (the tourists want to go with us on the
      // trips …): what they want to go on is.
      .replace(/^(?:a\s+)?aia\s+(?:ke|ka|nā)\s+(.+?)\s+a\s+(?:ko[ʻ‘']?u|kā\s+mākou|kona|kāna)\s.*$/iu, "$1")
      .replace(
        /^(?:a\s+)?makemake\s+(?:ka\s+po[ʻ‘']?e|kekahi)(?:\s+[\p{L}\p{M}ʻ‘'-]+)?\s+e\s+[^,]*?\s+i\s+(?:nā|ka|ke)\s+([\p{L}\p{M}ʻ‘'-]+).*$/iu,
        "$1",
      )
      // Te reo Māori "Ka hoko atu tōku whanaunga i te hāngī i ngā Rāhoroi" (my relative sells
      // hāngī on Saturdays): who sells it and when are no part of the thing; "he maha ngā tāngata
      // e pātai ana mō te rīwai" (many people ask about potatoes): what they ask about is.
      .replace(
        /^(?:ā,?\s+)?ka\s+[\p{L}\p{M}]+(?:\s+(?:atu|mai))?\s+(?:tōku|tōna|tāku|tāna|tana|tō\s+mātou|tā\s+mātou)\s+[\p{L}\p{M}]+\s+i\s+(?:te|ngā)\s+([\p{L}\p{M}-]+).*$/iu,
        "$1",
      )
      .replace(
        /^(?:ā,?\s+)?he\s+maha\s+ngā\s+(?:tāngata|kaihoko)\s+e\s+pātai\s+ana\s+mō\s+(?:te|ngā)\s+([\p{L}\p{M}-]+).*$/iu,
        "$1",
      )
      // Breton "Ma breur en deus ur c'hrampouezhti e bourk …" (my brother has a crêperie in the
      // town …): what someone close has is the thing, as written (its first letter changed after
      // "ur"); "Ha Gouel ar Sivi, an ti-kêr a ra anezhañ" (and the Strawberry Festival, the town
      // hall does it): who does it is no part of it.
      .replace(
        /^(?:ha\s+)?(?:ma|hon|hor)\s+[\p{L}'’-]+\s+(?:en|he)\s+deus\s+(?:ur|un|ul)\s+([\p{L}\p{M}'’-]+).*$/iu,
        "$1",
      )
      .replace(
        /^(?:ha\s+)?([^,]+?)\s*,\s*(?:an|ar|al|ma|hon|hor)\s+[\p{L}\p{M}'’-]+\s+a\s+ra\s+anezh(?:añ|i|o)$/iu,
        "$1",
      )
      // Friulian "E tancj a domandin di nolizâ bicicletis" (and many ask to rent bikes): who asks
      // is no part of the thing; "Il mangjâ pai turiscj al è dal agriturisim …" (the food for
      // tourists is the agriturismo's): whose it is, after "al è dal" (is of the), is not either.
      .replace(
        /^(?:e\s+)?(?:tancj|cualchidun|la\s+int|i\s+turiscj)\s+(?:a\s+|al\s+)?(?:domandin|domande|vuelin|vûl)\s+(?:di\s+)?/iu,
        "",
      )
      .replace(/^(?:il|la|lis|i)\s+(.+?)\s+(?:al|e|a)\s+(?:è|son)\s+(?:dal|de|dai|des)\s.*$/iu, "$1")
      // Turkmen "Käbir adamlar köýnegi kireýine almak isleýärler, ýok, …" (some people want to rent
      // a dress, no, …): what they want is the thing; "Uly gelnimiň aýal dogany şaý-sep satýar"
      // (my elder daughter-in-law's sister sells jewellery): what someone sells is.
      .replace(
        /^(?:käbir\s+)?(?:adamlar|müşderiler|gelinler|käbirleri)\s+(.+?)\s+(?:isleýärler|isleýär|soraýarlar|soraýar)(?=\s*(?:,|$)).*$/iu,
        "$1",
      )
      .replace(/^.*?\s([\p{L}-]+)\s+(?:satýar|satýarlar|ýasaýar|ýasaýarlar)(?=\s*(?:,|$)).*$/iu, "$1")
      // Low German "Dat Festzelt un de Ball an'n Avend, dat maakt de Gastwirt" (the beer tent
      // and the ball in the evening, the innkeeper does that), "Un de Tombola för de Kinner maakt
      // de Landfrauen": the articles, when and whom it is for, and who does it are no part of it.
      .replace(LOW_GERMAN_NO.test(sentence) ? /^(?:un\s+)?(?:de|dat|den)\s+/iu : /$^/u, "")
      .replace(
        LOW_GERMAN_NO.test(sentence)
          ? /\s+(?:(?:för|an['’]n|an|vun|bi|in|op|to)\s+(?:de|den|dat|['’]n)?\s*[\p{L}\p{M}'’-]+|maakt|maakt\s+de\s+[\p{L}\p{M}'’-]+)(?=\s|,|$).*$/iu
          : /$^/u,
        "",
      )
      .replace(LOW_GERMAN_NO.test(sentence) ? /\s+un\s+(?:de|dat|den)\s+/giu : /$^/u, ", ")
      // Igbo "Nwanne nna m na-ere akụ nkwụ" (my father's brother sells palm kernels), "Ndị
      // mmadụ na-ajụkwa maka mmanya nkwụ" (people ask about palm wine): what is sold, or asked
      // about, is the thing.
      .replace(
        IGBO_NO.test(sentence)
          ? /^.*?(?:na-ere|na-eme|na-esi|na-ebu|na-akọ|maka)\s+([^,]+?)(?:\s*,.*)?$/iu
          : /$^/u,
        "$1",
      )
      // (Sundanese "Sareng sound system, seueur nu naroskeun": "and", and "many ask", no part of it.)
      .replace(/^sareng\s+/iu, "")
      .replace(/\s*,\s*(?:seueur|loba|réa)\s+nu\s+(?:naroskeun|nanyakeun|mundut)\s*$/iu, "")
      .replace(
        /^(?:e\s+)?(?:de\s+monde|la\s+gent|los\s+clients|d['’]unes)\s+(?:nos\s+)?(?:demandan|demanda|vòlon|volon)\s+(?:de\s+|d['’])?/iu,
        "",
      )
      .replace(/^((?:[\p{L}\p{M}'’-]+\s+){1,3}?)sing\s.*$/u, "$1")
      // Lingala "nganda ya tata Jean" (Papa Jean's bar): whose it is, after "ya" (of), is no part of it.
      .replace(/^((?:[\p{L}\p{M}'’-]+\s+){0,2}?[\p{L}\p{M}'’-]+)\s+ya\s+.*$/u, "$1")
      .replace(/^(?:[dlDL]['’](?=\p{L})|(?:den|déi|dem)\s+)/u, "")
      // "Et la boutique", "En de winkel", "E a loja": "and" and the article before the thing;
      // German "Das Café macht mein Bruder": who runs it, after it, is no part of it.
      .replace(
        /^(?:et|en|e|y|und)\s+(?=(?:la|le|les|el|los|las|het|de|o|a|os|as|il|lo|gli|der|die|das|den)\s)/iu,
        "",
      )
      .replace(
        /^(?:(?:das|der|die|den)\s+)?([\p{L}\p{M}-]+)\s+(?:macht|machen|führt|betreibt|organisiert|gehört)\s.*$/iu,
        "$1",
      )
      // Swiss German "Und s'Beizli bi de Talstation macht de Turnverein", "D'Skischuel vo de
      // Familie Brunner": "and", the article written onto the word, and where the thing is, whose
      // it is and who runs it are no part of its name.
      .replace(/^(?:und\s+)?[sdSD]['’](?=\p{L})/u, "")
      .replace(/^([\p{L}\p{M}-]+)\s+(?:vo|bi|am|im|uf)\s+(?:de|dä|em|de[nm])\s.*$/u, "$1")
      .replace(/^((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+)\s+fir\s.*$/u, "$1")
      // Guarani "Feria Municipalidad ojapo" (the municipality holds the fair): who does it, and
      // when ("julio-pe"), after the thing, are no part of it.
      .replace(
        /^((?:[\p{L}\p{M}'’-]+\s+){0,3}?[\p{L}\p{M}'’-]+?)\s+(?:[\p{L}\p{M}]+-pe\s+)?(?:\p{Lu}[\p{L}\p{M}]+\s+)+(?:ojapo|ojapóva|ovende|oguereko|omba['’]apo)(?:\s.*)?$/u,
        "$1",
      )
      // Corsican "U vinu …", "a sagra di u vinu in Patrimoniu": the article, and the place named
      // last, are no part of it.
      .replace(/^(?:(?:u|lu)\s+|l['’]\s*)(?=\p{Ll})/u, "")
      .replace(/^(?:U|Lu)\s+(?=\p{Ll})/u, "")
      // Sicilian "I cannola di me soru", "u Festinu di Santa Rosalia": "i" is its plural "the",
      // and whose feast it is, said with a capital, is no part of the name.
      .replace(/^(?:I|u)\s+(?=\p{L}[\p{Ll}\p{M}]+(?:\s|$))/u, "")
      .replace(
        /(?<=\S)\s+di\s+(?:San|Santa|Santu|Sant['’])\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*(?=\s*(?:,|$))/u,
        "",
      )
      .replace(/(?<=\S\s+\S+)\s+in\s+\p{Lu}[\p{L}\p{M}'’-]*$/u, "")
      // Corsican "I canistrelli di a mo moglia" (my wife's canistrelli): whose it is is no part of it.
      .replace(
        /^((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+)\s+di\s+(?:(?:a|u|i|e|la|lu)\s+)?(?:mo|me|mio|mia|so|sua|nostru|nostra)\s.*$/u,
        "$1",
      )
      .trim();
  const pieces = thingsOpening(before, sentence, english);
  // "I get letters wanting me to look up their great-great-granddaddy for their genealogy,
  // …, but I ain't a-fixin' to do that in this": what others ask for is what is turned down.
  const asked = pieces.length === 0 && english ? before.match(ASKED_OF_US) : null;
  // ("… asking if we'll send someone to do face painting at the kids' parties": what the one
  // sent would do is the thing.)
  if (asked)
    pieces.push(
      (asked[1] ?? asked[2] ?? asked[3]!)
        .trim()
        .replace(/^(?:send|bring|get)\s+(?:someone|somebody|a\s+[\p{L}-]+)\s+to\s+(?:do\s+)?/iu, "")
        // ("… at the kids' parties", "… for their picnic": where and for whom are no part of it.)
        .replace(/(?<=\S\s+\S+)\s+(?:at|for|on|in)\s+(?:the|their|his|her|your)\s+.*$/iu, ""),
    );
  const lead = shortened(pieces.join(", ").replace(LIST_TAIL, "").trim());
  // "…, so paying refs is a hard pass": the clause right before the "no" names it again.
  const last = before
    .split(/\s*,\s*|\s+(?:and|so|but)\s+/)
    .pop()!
    .replace(/^(?:so|and|but|then)\s+/i, "")
    .replace(HAPPENS_ELSEWHERE, "")
    .replace(LIST_TAIL, "")
    .replace(/\s+(?:that|which|who)$/i, "")
    // "the raffle after": when it happens is no part of its name.
    .replace(/(?<=\S)\s+(?:after|afterwards|after\s+that|later|before)$/iu, "")
    .trim();
  // "we stopped doing air cargo, …, so it's sea only and air is not part of this": the words
  // right before the "no" name it again.
  // A "no" that opens on a word pointing back ("…, light lo, that is separate") points past the
  // clause before it, at what the sentence opened on.
  const pointsPast =
    pieces.length > 0 &&
    /^[\s,;:—–-]*(?:that|dat|it|this|those|these)\b/iu.test(sentence.slice(stays ? sentence.length : cut!));
  // "…, that's walk-in and cash, don't include": what the thing is, said before the "no", names no more.
  const glossLast = /^(?:that|it|this|dat)(?:['’]s|\s+is|\s+are)\s/iu.test(
    before.split(/\s*,\s*/).pop() ?? "",
  );
  const again =
    english &&
    !pointsPast &&
    !glossLast &&
    /^(?:[\p{L}\p{M}'’-]+\s+){0,3}[\p{L}\p{M}'’-]+$/u.test(last) &&
    !pieces.join(", ").toLowerCase().endsWith(last.toLowerCase()) &&
    !DISCOURSE.test(last) &&
    !EXCLAMATION.test(last) &&
    !OPENS_ON_NO.test(last) &&
    !WHOSE_AFFAIR.test(last) &&
    !WORKS_THERE.test(last) &&
    !WHO_ASKS.test(last) &&
    !SHARE_OF_IT.test(last) &&
    // ("they've got their own coach and their own everything, keep them out": what they have of
    // their own says why, and names nothing more.)
    !/^(?:their|his|her|its|our|my)\s+own\b/iu.test(last) &&
    !/^(?:i|we|you|he|she|they|it|that|this|those|these|there|all|what|who|which|how|where|when)\b/iu.test(
      last,
    ) &&
    namesAThing(last)
      ? [last]
      : [];
  // "The grading on the line and the workers' wages": two things, each with its own article.
  const things = lead
    // ("de snacks": "the" as many Englishes say it.)
    // ("de beer an de music": "an" is "and" as spoken.)
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|an)\s+(?=(?:the|a|an|our|their|all|any|de|da|di)\s)/iu)
    .filter((thing) => thing.length >= 2)
    .map((thing) => (english ? thing.replace(/^(?:da|de|di)\s+(?=\p{L})/iu, "the ") : thing));
  return [...things, ...again];
}

/**
 * The things the words before a "no" open on, up to the first piece that does or points at
 * something: "Estate dues, levies and all that payment matter, that one …" names dues and
 * levies.
 */
function thingsOpening(before: string, sentence: string, english: boolean): string[] {
  // "My auntie does sew all de costumes, …, leave dat out": what someone close to the person
  // does for them is the thing, said after who does it.
  const opening = before.split(/\s*,\s*/u)[0]!;
  // "The council keep on at us to do the school run, we don't": what others press the person
  // to do is the thing, not who presses.
  // (Read from the sentence as said: "to run a minibus" is cut from the words before the "no".)
  const pressed = english
    ? sentence
        .split(/\s*,\s*/u)[0]!
        .trim()
        .match(PRESSED_TO_DO)
    : null;
  if (pressed) return [pressed[1]!];
  const kinDoes = english ? opening.match(KIN_DOES) : null;
  // "We also do weddings but that's a different business", "We have a newsletter already, it
  // doesn't need one": what the person does or has elsewhere is the thing.
  const ownElsewhere =
    english && !kinDoes
      ? (opening.match(OURS_ELSEWHERE) ?? opening.match(NOT_OURS) ?? opening.match(SOME_HAVE))
      : null;
  if (ownElsewhere) return [ownElsewhere[1]!.replace(/^(?:a|an|the|our|my)\s+/iu, "")];
  // "Ginette's bait shop at the landing sells the minnows and the pop, that's hers": someone's
  // own outfit, named by whose it is, and what it does; the outfit is the thing, not what it sells.
  const someonesOwn = english ? opening.match(SOMEONES_OUTFIT_DOES) : null;
  if (someonesOwn) return [someonesOwn[1]!];
  // "Keisha sell fry fish at di dock pon Saturday, dat a fi she business": what someone named
  // sells or makes, not where or when, is the thing.
  const namedDoes = english ? opening.match(NAMED_ONE_SELLS) : null;
  if (namedDoes) return [namedDoes[1]!.replace(/^(?:a|an|the|his|her|their)\s+/u, "")];
  if (kinDoes)
    return [
      kinDoes[1]!
        // "the family's ponies and goes out on the drift": what else they do is no part of it.
        .replace(/\s+and\s+(?:goes|runs|does|takes|sells|makes|keeps|helps)\b.*$/iu, "")
        // "a cellar door down the road": where it is, no part of its name.
        .replace(
          /\s+(?:down|up|over|across|along|round|around)\s+(?:the\s+)?(?:road|street|lane|way|hill|river|coast|valley|village|town|block)\b.*$/iu,
          "",
        )
        // "a bit of gold buying": how much of it there is, no part of the work's name.
        .replace(/^(?:a\s+(?:bit|spot|touch|little)\s+of|a\s+little|some|a|an)\s+/iu, "")
        .replace(/^(?:all\s+)?(?:the|da|de|di)\s+/iu, "")
        .replace(/\s+(?:all\s+)?(?:the|da|de|di)\s+/giu, " ")
        // "the maintenance on the trucks", "gold buying off the old fellas": the work, not what
        // it is done to or whom it is done for ("a spare parts shop near the stand": nor where).
        .replace(
          /\s+(?:on|for|at|in|with|to|off|from|near|by|beside|behind|opposite|outside|next\s+to)\s+.*$/iu,
          "",
        )
        // ("a pizza shop over in Clarksburg": the word that pointed at where goes with it.)
        .replace(/\s+(?:over|up|down|out|back|yonder)$/iu, "")
        .replace(/\s+(?:too|also|as\s+well)$/iu, ""),
      // "My cousin does the mounts, the taxidermy, yonder …": the same work named again; "…
      // does a man and van, removals and that, …": named again with "and that" (and so on).
      ...before
        .split(/\s*,\s*/u)
        .slice(1)
        .flatMap((piece) => {
          if (/^(?:the|da|de)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/iu.test(piece))
            return [piece.replace(/^(?:the|da|de)\s+/iu, "")];
          const andSoOn = piece.match(
            /^([\p{L}'’-]+s)\s+(?:and\s+(?:that|all\s+that|such|so\s+on)|etc\.?)$/iu,
          );
          return andSoOn ? [andSoOn[1]!] : [];
        }),
    ];
  const pieces: string[] = [];
  for (const said of before.split(/\s*,\s*|\s+[—–-]+\s+/u)) {
    // "The tours to the dairy farm, my cousin's business, not ours": whose business it is names no thing.
    if (WHOSE_AFFAIR.test(said.trim()) || WORKS_THERE.test(said.trim())) continue;
    // "Sherwani and jodhpuri suits, my cousin sells, that is his line": who sells them names no thing.
    if (
      /^(?:my|our|his|her|their|me)\s+[\p{L}'’-]+\s+(?:sells?|makes?|does|runs?|buys?|rents?|hires?)$/iu.test(
        said.trim(),
      )
    )
      continue;
    // "da band, da caterer": "the" as spoken, no part of the name; "I katering …": in
    // Papiamentu and Catalan "i" is "and".
    const piece = (english ? said : said.replace(/^\s*i\s+/iu, ""))
      .replace(/^\s*(?:da|de|di)\s+(?=\p{L})/iu, "")
      // "Whatever we put up for the winter is subsistence": what it all is, named last, is the thing.
      .replace(
        /^\s*(?:and\s+)?(?:whatever|anything|everything|all)\s+(?:that\s+)?(?:we|i|they)\s+[^,]{1,50}?\s+(?:is|are)\s+(?:all\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s*$/iu,
        "$1",
      )
      // "The yaqona the farmers sell to the buyers in Somosomo", "the silver esrog boxes my
      // wife's cousin sells": who does what with it, said after it without "that", is no part of its name.
      .replace(CONTACT_CLAUSE, (whole, thing: string, verb: string) =>
        // "The shell crafts and souvenirs my tita sells": each of the two is turned down.
        isVerb(verb) ? thing.replace(/\s+and\s+(?!the\s)/iu, ", the ") : whole,
      );
    // "hoodies n that": the words that close a list are no part of its name.
    const named = piece
      // "de summer workshop where we teach de youth …", "The porters who carry the rations up":
      // what is done there, or what they do, is no part of its name.
      .replace(/\s+(?:(?:where|in\s+which|when)\s+(?:we|i|they|you|he|she)|who)\s.*$/iu, "")
      // "The taxi tours round the island", "the food stands outside the church": where they go
      // or stand is no part of their name. ("Ice and fuel is the store across the road" says
      // where someone else sells them, read whole below.)
      .replace(
        /(?<=\S\s+\S+)\s+(?:round|around|across|all\s+over|outside|behind|in\s+front\s+of|next\s+to)\s+the\s+[\p{L}\p{M}-]+$/iu,
        (where, _at: number, whole: string) => (/\s(?:is|are)\s+(?:the|a)\s/iu.test(whole) ? where : ""),
      )
      // "The fibreglass idols that go to London", "the fishing boats that use the pier": what
      // they do or where they go is no part of their name either.
      // ("the company that hauls our containers does that for us" names who does it, no thing.)
      // ("The sightseeing trips that some drivers do on Sundays": who does them, too.)
      .replace(/(?<=\S)\s+(?:that|which)\s+([\p{L}'’-]+)(?:\s.*)?$/iu, (whole, verb: string) =>
        (/^(?:go|goes|went|come|comes|came|get|gets|are|is|were|was|some|the|our|my|their|his|her|many|most|a)$/iu.test(
          verb,
        ) ||
          isVerb(verb)) &&
        !/\s(?:does|do|did|handles?|runs?|sorts?|takes\s+care\s+of)\s+(?:that|it|this|them|those|all\s+that)\b/iu.test(
          whole,
        )
          ? ""
          : whole,
      )
      .replace(HAPPENS_ELSEWHERE, "")
      .replace(LIST_TAIL, "")
      // "Inventory too, Shopify got that": "too" adds it to what was turned down before.
      .replace(/\s+(?:too|as\s+well|also|either|neither)$/iu, "")
      // "the bingo after", "the cook-off Saturday night": when it happens is no part of its name.
      .replace(/(?<=\S)\s+(?:after|afterwards|after\s+that|later|before)$/iu, "")
      .replace(
        /(?<=\S\s+\S+)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+(?:night|morning|afternoon|evening)s?)?$/iu,
        "",
      )
      // "De gutter dem": "dem" after a thing is its plural, as many Caribbean Englishes say it.
      .replace(/(?<=\S)\s+dem$/iu, "")
      // "…, like tours": what it is likened to, in a word or a few, is the thing, without the "like".
      .replace(/^like\s+(?:(?:a|an|the)\s+)?(?=\p{L}{3}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}$)/iu, "")
      // "the bear viewing lodge down the bay (is the neighbors')": where it is, along the way
      // there, is no part of it; a name of one word keeps it ("the boards along the field" are
      // not every board).
      .replace(/\s+(?:down|up|along)\s+the\s+[\p{L}\p{M}-]+$/iu, (where, at: number, whole: string) =>
        whole
          .slice(0, at)
          .split(/\s+(?:and|or|n|&)\s+/iu)
          .pop()!
          .replace(/^\s*(?:(?:and|the|a|an|our|their)\s+)+/iu, "")
          .trim()
          .split(/\s+/).length >= 2
          ? ""
          : where,
      )
      .trim();
    // "Actually, scratch the impersonation, …": a word that carries the talk names nothing;
    // "crop insurance, holy, …": nor does a word said in surprise.
    if ((pieces.length === 0 && DISCOURSE.test(named)) || EXCLAMATION.test(named)) continue;
    if (
      named.length === 0 ||
      /^(?:i|we|you|he|she|they|it|that|this|there|those|these|so|ja|yes|yeah|what|who|which|how|where|when)\b/iu.test(
        named,
      ) ||
      // "And the carvings, people always ask if we buy carvings, …": who asks names nothing.
      WHO_ASKS.test(named) ||
      SHARE_OF_IT.test(named)
    )
      break;
    if (!english) {
      // Sicilian "…, quannu ni chiamanu, …" (when they call us): a clause of when names nothing.
      if (/^(?:quannu|quando|quand|cuando|quan|si|se|pirchì|perché|porque|parce\s+que)\s/iu.test(named))
        break;
      // "ny exportateur no manao izany" (the exporter is the one who does that): in Malagasy who
      // does it names no thing left out.
      if (/(?:^|\s)no\s+(?:manao|mikarakara|mitantana)(?:\s|$)/iu.test(said)) break;
      // "תרומות, נדרים – …": a list of short names; "Die winkel by die hek met die brood …": one,
      // by its first word, what follows it there being about it.
      const length = named.split(/\s+/).length;
      if (pieces.length > 0 && length > 3) break;
      // ("Dépannage, gukurura imodoka …" (towing cars …): what it is, said with a verb's
      // "to", names the thing before it again.)
      if (KINYARWANDA_NO.test(sentence) && pieces.length > 0 && /^(?:gu|ku)\p{L}{4,}/iu.test(named)) break;
      pieces.push(
        ...(KINYARWANDA_NO.test(sentence)
          ? [kinyarwandaTopic(named)]
          : topicElsewhere(
              named,
              CREOLE_NO.test(sentence),
              KYRGYZ_LETTERS.test(sentence),
              TATAR_LETTERS.test(sentence),
            )),
      );
      if (length > 5 || named !== piece.trim()) break;
      continue;
    }
    // "The fishing charters is my brother-in-law's business": before whose it is, a subject.
    // ("the mazout (diesel)": what it is called in other words, in brackets, names the same thing.)
    const unglossed = named.replace(/\s*\([^()]*\)/gu, "");
    if (!namesAThing(unglossed, named !== piece.trim()) || OPENS_ON_NO.test(unglossed)) break;
    pieces.push(named);
    // "GST returns are done by our auditor": what happens to it ends the thing.
    if (named !== piece.trim()) break;
  }
  return pieces;
}

/**
 * "the yaqona the farmers sell …", "the quiz league some of the pubs do", "The reef fish we
 * sometimes sell to the resorts", "the mazout (diesel) my dad buys": a thing, with what it is
 * called in other words, then who does what with it.
 */
const CONTACT_CLAUSE =
  /^(\s*(?:and\s+)?the\s+[\p{L}\p{M}-]+(?:\s+(?!(?:the|some|most|all|many|and|or|of|for|in|on|at|to|with|from|my|our|his|her|their|where|when|which|who|whose|that)\b)[\p{L}\p{M}-]+){0,2}(?:\s+and\s+[\p{L}\p{M}-]+)?(?:\s*\([^()]{1,30}\))?)\s+(?:(?:(?:some|most|all|many|a\s+few)\s+of\s+)?(?:the|our|my|his|her|their)\s+(?:[\p{L}\p{M}-]+['’]s\s+)?[\p{L}\p{M}-]+|we|they|i|you|he|she|everybody|everyone|people|nobody|somebody|someone)\s+(?:(?:sometimes|often|usually|also|always|only|just|still|occasionally|mostly)\s+)?([\p{L}-]+)\b.*$/iu;

/** "my cousin's business", "his own thing": whose affair something is, said of it in passing. */
const WHOSE_AFFAIR =
  /^(?:(?:my|our|his|her|their|the)\s+)?(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s|my|his|her|their)\s+(?:(?:own|other|separate)\s+)?(?:business|thing|job|affair|department|lookout|concern|baby)$/iu;

/** Whether a word is read as a verb where a clause's verb stands: "the farmers sell". */
function isVerb(word: string): boolean {
  return /^(?:do|does|did)$/i.test(word) || tagWords(`they ${word.toLowerCase()}`)[1]?.tag === "verb";
}

/** A thing's name, a colon or a dash, and a list: "Collections - the member, the piece, …". */
const RECORD_LINE = /^\s*[\p{L}\p{M}'’ -]{1,40}?\s*(?::|\s[-–—]\s)\s*[^,]+,[^,]+,/u;

/**
 * "…, dont be soft, leave it out", "…, haan, not included": a clause that opens on "no" itself
 * names nothing, in English or in a word many Englishes mix in (Ilocano "haan", Marshallese
 * "jaab", Tagalog "hindi").
 */
const OPENS_ON_NO = /^(?:no|none|not|never|nah|naw|nope|nay|dont|don't|do\s+not|haan|jaab|hindi)(?=\s|$)/iu;

/** Between the clauses of a sentence: a comma, or a dash with spaces ("1:1" is no break). */
const CLAUSE_BREAK = /\s*(?:[,;]|(?<!\d):(?!\d)|\s[—–-]+)\s*/gu;

/**
 * Where the "no" after the thing starts: a phrasing known word for word, or else the
 * first clause after a comma or a dash that turns down what came before it.
 */
function noAfterIndex(sentence: string): number | null {
  const no = sentence.match(NO_AFTER_THING);
  const known = no?.index !== undefined && no.index > 0 ? no.index : null;
  // "Collections - the member, the piece, …": a record and its fields turn nothing down.
  if (RECORD_LINE.test(sentence)) return known;
  // The first of the two: "the band, the caterer, dat's da ball committee's business, not mine".
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)];
  for (const [index, found] of breaks.entries()) {
    if (known !== null && found.index >= known) break;
    const start = found.index + found[0].length;
    // ("…, but that is the diving school in the next village, not ours": whose it is not, after
    // a comma of its own, closes the clause before it; "…, not the cidery's" names the business.)
    const next = breaks[index + 1];
    const closedByWhose =
      next !== undefined &&
      /^\s*not\s+(?:ours|mine|the\s+[\p{L}-]+['’]s)\s*[.!]*\s*$/iu.test(
        sentence.slice(next.index + next[0].length),
      );
    if (closedByWhose && isDismissal(sentence.slice(start))) return found.index;
    const end = next?.index ?? sentence.length;
    // ("people ask if we do kangaroo, we don't, leave it out": a bare "we don't" before the "no"
    // closes the clause before it too.)
    if (
      /^\s*(?:(?:no|nah|nope)[,\s]+)?(?:we|i)\s+(?:don['’]?t|do\s+not|won['’]?t|will\s+not|never)(?:\s+do)?\s*$/iu.test(
        sentence.slice(start, end),
      ) &&
      (known !== null || isDismissal(sentence.slice(end).replace(/^[\s,;]+/u, "")))
    )
      return found.index;
    // A clause that holds the known phrasing itself keeps the words before that phrasing:
    // "…, so it's sea only and air is not part of this" leaves out air.
    if (isDismissal(sentence.slice(start, end))) return known !== null && known < end ? known : found.index;
  }
  return known;
}

/**
 * "Payments to the growers and the bonus at the end of the year": a long list keeps each
 * thing's name, without where it goes or when ("payments and the bonus").
 */
function shortened(said: string): string {
  if (said.split(/\s+/).length <= 8) return said;
  // "the Hiace on rent for weddings on the weekend": too long, when it happens is the first to
  // go, and without it what sets the thing apart may be short enough to keep.
  const list = said.replace(
    /\s+(?:on|at|in|over|during)\s+(?:the\s+)?(?:weekends?|evenings?|mornings?|nights?|afternoons?|holidays?|summer|winter)(?=\s*(?:,|$))/giu,
    "",
  );
  if (list.split(/\s+/).length <= 8) return list;
  // "roast a lamb on a spit for their picnic or their reunion": whose occasion it would be for
  // goes next.
  const forWhom = list.replace(/\s+for\s+(?:their|his|her|your|people['’]s)\s+.*$/iu, "");
  if (forWhom.split(/\s+/).length <= 8) return forWhom;
  return list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((item) => item.replace(/\s+(?:to|for|from|at|on|in|of|with|by)\s+.*$/i, ""))
    .join(", ");
}

/**
 * A clause's first word before an article, where that word is no part of a name ("all
 * the", "both the" are) and names no work ("Billing the owners" does).
 */
const ACTS_BEFORE_ARTICLE =
  /^(?!(?:all|both|half|and|n|an'|'n'|or|just|only|also|even|then|plus|of|for|with|in|on|at)\s|[\p{L}'-]*ing\s)[\p{L}'-]+\s+(?:the|a|an|my|our|their|his|her|its|these|those)\s/iu;

/**
 * "Invoicing" names the work; "surfguard does that", "rostering - surfguard does that" say
 * who does it. Said as the subject of what happens to it elsewhere (`subject`), a plural
 * after the thing's first words is a noun: "The fishing charters".
 */
function namesAThing(piece: string, subject = false): boolean {
  // "gie the gala entries a miss": a word no list knows, opening a clause before an article, acts.
  if (ACTS_BEFORE_ARTICLE.test(piece)) return false;
  return (
    // "Nurses only need a name (the midwife counts as …": a name holds no verb of needing, nor brackets.
    !/\b(?:does|do|did|handles?|covers?|takes|is|are|was|were|has|have|had|got|gets|get|need|needs|want|wants)\b|\s[—–-]\s|[()]/iu.test(
      piece,
    ) &&
    // "tuck shop our lass does": before who does it, the words are a name whatever they look like.
    (subject ||
      // "the parade permit wit' the Sheriff's office", "Refunds": names, "permit" and "refunds" nouns in them.
      !tagWords(asWrittenEnglish(piece)).some(
        (word, index, words) =>
          word.tag === "verb" &&
          !/ing$/i.test(word.word) &&
          // "the van on hire for funerals": after "on" or "for", a plain verb is a noun.
          !(index > 0 && /^(?:on|for)$/i.test(words[index - 1]!.word) && word.base === word.word) &&
          // "Refunds, leave it out": a name's first word, plural or alone, is no verb; nor is
          // it before the noun it names a kind of ("crop insurance").
          !(
            (index === 0 || subject) &&
            (words.length === 1 ||
              /[^s]s$/i.test(word.word) ||
              (index === 0 && words.length === 2 && words[1]!.tag === "noun"))
          ) &&
          // "The sulphur springs, …", "The shikara rides for sightseeing": a plural that ends the
          // name, or comes before what it is for, after the thing it is of, is no verb; there is
          // nothing for it to act on.
          !(
            index > 0 &&
            (index === words.length - 1 ||
              /^(?:and|or|n|for|to|in|on|at|around|round|across|from|with)$/i.test(words[index + 1]!.word)) &&
            words[index - 1]!.tag === "noun" &&
            /[^s]s$/i.test(word.word) &&
            /^(?:the|our|my|their|his|her)$/i.test(words[index - 2]?.word ?? "")
          ) &&
          // ("Fishing charters, skip those": two words, the last a plural, are a name too.)
          !(index === 1 && words.length === 2 && /[^s]s$/i.test(word.word)) &&
          // "the parade permit": a plain verb after one of a thing is part of its name
          // ("tenants pay rent" says what many do); "the 1:1 study coaching": after a number too.
          !(
            index > 0 &&
            (words[index - 1]!.tag === "noun" || words[index - 1]!.tag === "number") &&
            !/s$/i.test(words[index - 1]!.word) &&
            word.base === word.word
          ),
      ))
  );
}

/** Words that join two things in the languages read by their opening words: "en", "a'r", "ac". */
const JOINED_ELSEWHERE =
  /\s+(?:nanga|en|a['’]r|ac|a|and|und|et|og|och|ja|i|e|y|ug|kag|agus|sy|ને|અને|і|та|און|жана)\s+/iu;

/**
 * Articles and "and" in front of such a thing: Afrikaans "Die", "En die", Welsh "Yr", "A'r", Darija "W la", Guarani "Ha la",
 * Lingala "Mpe" (and) and "Ba" (the plural, written apart: "ba agents"), Sranan "Den" (the, of many),
 * Irish "Agus na", Malagasy "Ary ny", Malayalam "പിന്നെ" (and then), Burmese "ပြီးတော့" (and then),
 * Neapolitan "'E", "'O" (the).
 */
const LEADS_ELSEWHERE =
  /^(?:(?:['’][oaei]|w|ha|mpe|ba|den|en|a['’]r|ac|and|agus|na|ને|અને|maar|ook|die|['’]n|yr|y|['’]r|de|het|der|das|la|le|el|il|lo|los|las|les|o|os|a|as|e|um|uma|un|una|unha|gli|i|ang|ang\s+mga|mga|ug|kag|ol|l['’]|ny|ary|te|а|і|и|та|און|די|דער|דאס|പിന്നെ|ഇനി|കൂടാതെ|അതുപോലെ|နောက်ပြီး|ပြီးတော့)\s+)+/iu;

/**
 * The thing a sentence in another language opens on, before the "no" pointed back at it:
 * "A'r erthyglau a'r golygu" names two things, "Die winkel by die hek met die brood" one, by
 * its first word after the article; what follows it there is about it. In Haitian Creole
 * ("Ti boutik glas la …") the thing is what comes before its "the".
 */
/** Cyrillic as Kyrgyz writes it: its ң, ө and ү, with none of the letters or words only Kazakh or Tatar has. */
const KYRGYZ_LETTERS =
  /^(?=.*[үөң])(?!.*(?:[әғқұіһҗ]|(?<![\p{L}])(?:безнең|түгел|анысы|кирәкми)(?![\p{L}])))/su;

/**
 * Cyrillic as Tatar writes it: its ә, җ or һ, which Kyrgyz lacks, or its words for "ours",
 * "not" and "needed", with none of the letters only Kazakh or Bashkir has.
 */
const TATAR_LETTERS =
  /^(?=.*(?:[әҗһ]|(?<![\p{L}])(?:безнең|түгел|анысы|кирәкми)(?![\p{L}])))(?!.*[ғқұіҙҫҡ])/su;

/**
 * Tatar "Иремнең энесе квадроцикллар прокатка бирә" (my husband's brother rents out quad bikes),
 * "бездә кунакханә юк" (we have no guesthouse), "Массаж турында да сорыйлар" (they ask about
 * massage too): the thing is what "about" (турында) follows, what "there is none" (юк) follows,
 * or else what someone else does, after who does it (the one whose, "-ның", and the one, "-ы")
 * and before whom or what for (the dative, "-га", "-кә") and the verb. A clause that only says
 * people ask ("сорыйлар") names nothing; the plural "-лар" and "-ләр" are no part of a name.
 */
function tatarTopic(opening: string): string[] {
  const words = opening
    .trim()
    .replace(/^(?:ләкин|әмма|ә|һәм|тик)\s+/iu, "")
    .split(/\s+/);
  const bare = (thing: string) => thing.replace(/(?<=\p{L}{3})(?:лар|ләр|нар|нәр)$/u, "");
  const about = words.findIndex((word) => /^турында$/iu.test(word));
  if (about >= 1) return [bare(words[about - 1]!)];
  const none = words.findIndex((word) => /^юк$/iu.test(word));
  if (none >= 1) return [bare(words[none - 1]!)];
  if (/(?:^|\s)(?:сорый\p{L}*|сорау)$/iu.test(opening.trim())) return [];
  // Who does it, first: one whose ("Иремнең энесе", my husband's brother) or one of ours
  // ("Күршебез", our neighbour); then the thing, up to whom it is for or the verb, said last.
  let start = 0;
  if (/(?:ның|нең)$/u.test(words[0] ?? "") && words.length > 2)
    start = /(?:ы|е|сы|се)$/u.test(words[1]!) ? 2 : 1;
  else if (/(?:ыбыз|ебез|ым|ем)$/u.test(words[0] ?? "") && words.length > 2) start = 1;
  const end = words.findIndex(
    (word, index) => index > start && /(?:га|гә|ка|кә|на|нә|та|тә|да|дә)$/u.test(word),
  );
  const thing = words.slice(start, end > start ? end : words.length - (words.length - start > 1 ? 1 : 0));
  return thing.length >= 1 && thing.length <= 3 ? [thing.map(bare).join(" ")] : [];
}

/**
 * "Car wash iri inyuma ya garage ni iya mubyara wanjye" (the car wash which is behind the garage
 * is my cousin's): in Kinyarwanda the thing ends where "which is" (iri, biri), "is" (ni, ari) or
 * "of" (ya, za, bya, cya) begins.
 */
function kinyarwandaTopic(opening: string): string {
  const words = opening.trim().split(/\s+/);
  const end = words.findIndex(
    (word, index) =>
      index > 0 && /^(?:iri|ziri|biri|kiri|riri|ari|ni|ya|za|bya|cya|rya|wa|ba|ku|mu|kuri)$/iu.test(word),
  );
  return words.slice(0, end > 0 ? end : words.length).join(" ");
}

function topicElsewhere(opening: string, creole = false, kyrgyz = false, tatar = false): string[] {
  // "Ti boutik glas la bò depo a se pou frè m": in Haitian Creole the thing ends on the word
  // that follows it to say "the" ("la", "a", "yo").
  const determined = creole
    ? opening.trim().match(/^((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s+(?:la|a|an|yo|lan|nan)(?=\s|$)/iu)
    : null;
  if (determined) return [determined[1]!];
  // "Boucher yi di rendi xar yi …", "Te aliment bi ñuy jaay …": in Wolof the thing ends on its
  // "the" ("yi", "bi"), said after it; what follows is about it.
  const wolof = opening
    .trim()
    .match(/^(?:te\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:yi|bi|gi|li|mi|si|wi|ji|ki)(?=\s|$)/iu);
  if (wolof && /\s(?:yi|bi|gi|li|mi|si|wi|ji|ki)(?:\s|$)/iu.test(` ${opening} `)) return [wolof[1]!];
  // "U n-nar tal-festa", "Il-bar tal-każin": Maltese joins its "the" to the word with a
  // hyphen; the thing is that word, with what it is of ("tal-", "tad-": of the).
  const maltese = opening.match(/^\s*(?:u\s+)?(?:i?l|i?[nrstdxżzċ])-(\p{L}+)(\s+ta['’]?\p{L}?-?\p{L}+)?/iu);
  if (maltese) return [`${maltese[1]!}${maltese[2] ?? ""}`];
  // "E karpa i e stulnan ku mi primu ta hür": in Papiamentu what others do with the things,
  // after "ku" (that), is no part of their names.
  // "Ang manok ug kambing sa akong bana": in Cebuano whose they are, after "sa akong" (of my),
  // is no part of their names either.
  const named = opening
    .replace(/\s+ku\s+(?:mi|nos|nan|su|e)\s.*$/iu, "")
    .replace(/\s+sa\s+(?:akong|among|atong|ilang|iyang|imong|akoang)\s.*$/iu, "")
    // "Wok bilong wara long ples": in Tok Pisin where it is, after "long" (in, at), is no part of its name.
    .replace(/(?<=\S\s+bilong\s+\S+)\s+long\s+\S.*$/iu, "")
    // "Den stoel nanga tenten fu huur": in Sranan what they are for, after "fu", is no part of their names.
    .replace(/(?<=\S\s+nanga\s+\S+)\s+fu\s+\S.*$/iu, "")
    // "Turista sira ne'ebé mai vizita …": in Tetum who they are, after "ne'ebé" (who), and the
    // plural "sira" are no part of their name.
    .replace(/(?<=\S)\s+(?:sira\s+)?ne['’]ebé\s.*$/iu, "")
    // "'e pompette p' 'e funtanelle d' 'o presepio": in Neapolitan what a thing is for, after
    // "p'" (for the), and what it is of, after "d'" (of the), are no part of its name.
    .replace(/(?<=\S)\s+(?:p['’]|pe['’]?|d['’])\s+['’][oae]\s.*$/iu, "");
  const words = named.trim().split(/\s+/);
  // Sranan "Mi sisa e seri taart gi friyari" (my sister sells cakes for birthdays) and Tetum
  // "Kooperativa seluk iha Gleno fa'an kafé tunu iha merkadu" (another cooperative in Gleno sells
  // roasted coffee at the market), Hausa "Dan uwana yana sayar da shanu a kasuwar Zariya" (my
  // brother sells cattle at the Zaria market), Neapolitan "Mio cugino venne 'e presepi" (my
  // cousin sells cribs), Asturian "El mio cuñáu fai sidra en Llanes" (my brother-in-law
  // makes cider in Llanes) and "hai xente que quier facer visites a la cueva" (there are people
  // who want to make visits to the cave): what someone else sells or makes, or what others want,
  // is the thing, after the verb and up to whom or where it is for.
  const doneByOthers = named
    .trim()
    .match(
      /(?:^|\s)(?:(?:e|o|ben|sa)\s+(?:seri|meki|bori|du|hori|tyari|huri|teki)|fa['’]an|halo|sosa|hakiak|kuda|lori|fai|vende|que\s+(?:quier|quiere|quieren|pide|piden)(?:\s+(?:facer|hacer))?|(?:yana|tana|suna)\s+(?:sayar\s+da|sayarwa|kiwon|yin)|venne|vénne|fa)\s+(?:['’][oae]\s+)?(.+?)(?:\s+(?:gi|fu|na|ini|tapu|iha|ba|husi|ho|ne['’]ebé|en|a|al|pa|para|nel|nos|ga|don)\s.*)?$/iu,
    );
  if (doneByOthers && doneByOthers[1]!.split(/\s+/).length <= 3) return [doneByOthers[1]!];
  // Telugu puts what a thing is of before it: "పక్కనే మా అన్నయ్య కోళ్ళ ఫారం ఉంది" (next door is my
  // brother's chicken farm) names the two words before "ఉంది" (there is); "హేచరీ నుంచి సీడ్ కొనే
  // లెక్కలు" (the accounts of buying seed from the hatchery), the word before "నుంచి" (from).
  if (/\p{Script=Telugu}/u.test(opening)) {
    const there = words.findIndex((word) => /^(?:ఉంది|ఉన్నాయి|ఉన్నది|ఉంటుంది)$/u.test(word));
    if (there >= 2) return [words.slice(there - 2, there).join(" ")];
    const from = words.findIndex((word) => /^(?:నుంచి|నుండి|దగ్గర|కోసం)$/u.test(word));
    if (from >= 1) return [words.slice(0, from).join(" ")];
  }
  // Assamese names who does it first, marked "-ই" or "-এ", then the thing, then the doing: "মোৰ
  // খুড়াই সত্ৰৰ মুখা বনাই …" (my uncle makes the satra masks …), "আৰু পৰ্যটকে ডলফিন চাবলৈ …"
  // (and the tourists, to see the dolphins …). The thing is the words before the doing.
  if (/\p{Script=Bengali}/u.test(opening)) {
    let start = /^(?:আৰু|আর|এবং|ও)$/u.test(words[0] ?? "") ? 1 : 0;
    if (/^(?:মোৰ|আমাৰ|মোর|আমার)$/u.test(words[start] ?? "") && /[ইএে]$/u.test(words[start + 1] ?? ""))
      start += 2;
    else if (/ে$/u.test(words[start] ?? "") && words.length > start + 2) start += 1;
    const doing = words.findIndex((word, at) => at > start && /(?:বলৈ|বলে|াই)$/u.test(word));
    const end = doing > start ? Math.min(doing, start + 3) : Math.min(words.length, start + 3);
    if (end > start) return [words.slice(start, end).join(" ")];
  }
  // Odia does the same: "ମୋ ଭାଇର ଧାନ ଚାଷ ଅଛି" (my brother has paddy farming) names the two words
  // before "ଅଛି" (there is); "ଆଉ ଟସର ଶାଢ଼ୀ ଆମେ କରୁନାହୁଁ" (and tussar saris we don't make), the words
  // before "ଆମେ" or "ମୁଁ" (we, I), after "ଆଉ" (and).
  if (/\p{Script=Oriya}/u.test(opening)) {
    const there = words.findIndex((word) => /^(?:ଅଛି|ଅଛନ୍ତି|ଥାଏ)$/u.test(word));
    if (there >= 2) return [words.slice(there - 2, there).join(" ")];
    const we = words.findIndex((word) => /^(?:ଆମେ|ମୁଁ|ସେ|ସେମାନେ)$/u.test(word));
    const start = /^(?:ଆଉ|ଏବଂ|ଓ)$/u.test(words[0] ?? "") ? 1 : 0;
    if (we > start) return [words.slice(start, we).join(" ")];
  }
  // Kyrgyz "Туристтерге боз үй жана ат минүү агамдын иши" (for the tourists, the yurts and the
  // horse riding are my brother's work), "Курутту апам … сатат" (the kurut my mother sells): the
  // things end where whose they are, or who does them, begins; who they are for, said first in
  // the dative, and the ending that marks what is done to them are no part of their names.
  if (TATAR_LETTERS.test(opening) || (tatar && /\p{Script=Cyrillic}/u.test(opening)))
    return tatarTopic(opening);
  if (kyrgyz && /\p{Script=Cyrillic}/u.test(opening)) {
    const start = /(?:га|ге|ка|ке|го|гө|ко|кө)$/u.test(words[0] ?? "") && words.length > 2 ? 1 : 0;
    const end = words.findIndex(
      (word, index) =>
        index > start &&
        (/(?:дын|дин|тын|тин|нын|нин|дун|дүн|тун|түн|нун|нүн)$/u.test(word) ||
          /^(?:апам|агам|атам|эжем|иним|карындашым|биз|мен|ал|алар|өзү|өзүм)$/u.test(word)),
    );
    if (end > start)
      return words
        .slice(start, end)
        .join(" ")
        .split(JOINED_ELSEWHERE)
        .map((thing) => thing.trim().replace(/(?<=\p{L}{3})(?:ту|ты|ду|ды|ну|ны|тү|ти|дү|ди|нү|ни)$/u, ""))
        .filter((thing) => thing.length >= 2);
  }
  // Tajik "Маршруткаҳо то Кӯлоб аз амакам ҳастанд" (the minibuses to Kulob are my uncle's), "Ва
  // меҳмонхона дар Хоруғ" (and the guesthouse in Khorog): the thing ends where "to", "from", "in"
  // or "is" begins.
  if (/[ҳқҷӯӣғ]/iu.test(opening)) {
    const said = named
      .trim()
      .replace(/^ва\s+/iu, "")
      .split(/\s+/);
    const end = said.findIndex(
      (word, index) => index > 0 && /^(?:то|аз|дар|ба|барои|ки|аст|ҳастанд|мебошад)$/iu.test(word),
    );
    const thing = said.slice(0, end > 0 ? end : said.length);
    // ("Маршруткаҳо": the plural "-ҳо" is no part of the name.)
    return thing.length <= 3 ? [thing.join(" ").replace(/(?<=\p{L}{3})ҳо$/u, "")] : [];
  }
  // Pashto "د رکشو سینګار زما د تره زوی کوي" (the rickshaws' decoration my cousin does): the thing
  // ends where whose it is ("زما", my; "زموږ", our) begins; "او" (and) before it is no part of it.
  if (/[ټډړښږځڅېۍګ]/u.test(opening)) {
    const said = named
      .trim()
      .replace(/^او\s+/u, "")
      .split(/\s+/);
    const end = said.findIndex((word, index) => index > 0 && /^(?:زما|زموږ|ستاسو|هغه|دا|یې)$/u.test(word));
    const thing = said.slice(0, end > 0 ? end : said.length);
    return thing.length <= 4 ? [thing.join(" ")] : [];
  }
  // Burmese "ပိုးချည် ဆိုးတာက ဦးလေးရဲ့ ဆိုးဆေးရုံက အလုပ်" (the silk dyeing is the work of my uncle's
  // dye house): the thing ends on the topic's "က"; "… လာပြတာလည်း" ends on "too" (လည်း).
  if (/\p{Script=Myanmar}/u.test(opening)) {
    const topic = words.findIndex((word) => /\p{Script=Myanmar}(?:က|ကတော့)$/u.test(word));
    const thing = (topic >= 0 ? words.slice(0, topic + 1) : words)
      .join(" ")
      .replace(/(?:က|ကတော့|လည်း|ပါ)$/u, "");
    return thing.split(/\s+/).length <= 4 ? [thing] : [];
  }
  // Malayalam "വള്ളത്തിന്റെ സ്പോൺസർമാരുടെ കാര്യം ട്രഷറർ നോക്കിക്കോളും" (the matter of the boat's
  // sponsors the treasurer will see to) ends on "കാര്യം" (the matter of); "… ടിക്കറ്റ് വിൽപ്പന
  // ടൂറിസം വകുപ്പിന്റേതാണ്" (the ticket sales are the tourism department's) before whose it is.
  if (/\p{Script=Malayalam}/u.test(opening)) {
    const said = named.trim().replace(LEADS_ELSEWHERE, "").split(/\s+/);
    const matter = said.findIndex((word) => /കാര്യം$/u.test(word));
    const whose = /േതാണ്$/u.test(said.at(-1) ?? "") ? said.length - (said.length >= 4 ? 2 : 1) : -1;
    const end = matter >= 0 ? matter + 1 : whose >= 1 ? whose : said.length;
    const thing = said.slice(0, end).join(" ");
    return end <= 4 ? [thing] : [];
  }
  // Kannada puts the verb last: "ನಮ್ಮ ಭಾಗವತರು ಬೇರೆಯಾಗಿ ತಾಳಮದ್ದಳೆ ಕಾರ್ಯಕ್ರಮ ಮಾಡುತ್ತಾರೆ" (our
  // bhagavatas do talamaddale shows on their own) names the words before the verb, after who
  // does it (-ರು) and how (-ಆಗಿ); "ಆಟದ ವಿಡಿಯೋ ಯೂಟ್ಯೂಬ್ ನಲ್ಲಿ ಹಾಕುವುದು …" (putting the show's video
  // on YouTube …) the words before the doing (-ವುದು), where it is put ("ನಲ್ಲಿ", in) no part of them.
  if (/\p{Script=Kannada}/u.test(opening)) {
    const doing = words.findIndex((word) => /ವುದು$/u.test(word));
    const verb =
      doing >= 1
        ? doing
        : words.findIndex((word, index) => index > 0 && /(?:ತ್ತಾರೆ|ತ್ತೇವೆ|ತ್ತಾನೆ|ತ್ತಾಳೆ|ತ್ತದೆ)$/u.test(word));
    if (verb < 1) return words.length <= 3 ? [words.join(" ")] : [];
    const before = words.slice(0, verb).filter((word) => !/^(?:ನಲ್ಲಿ|ಅಲ್ಲಿ|ಗೆ|ಕ್ಕೆ|ಇಂದ|ಮೇಲೆ)$/u.test(word));
    const doer = before.findLastIndex(
      (word, index) => index < before.length - 1 && /(?:ಆಗಿ|ಾಗಿ|ರು)$/u.test(word),
    );
    return [
      before
        .slice(doer + 1)
        .slice(-3)
        .join(" "),
    ];
  }
  // "Дровы і газавыя балоны кожны возіць сам": in Belarusian, Russian and Ukrainian the things
  // end where who does it begins ("кожны", each one; "мы", we).
  const cyrillicDoer = words.findIndex(
    (word, index) =>
      index > 0 && /^(?:кожны|кожная|кожен|каждый|мы|ми|я|ён|яна|он|она|вони|яны|они)$/iu.test(word),
  );
  if (/\p{Script=Cyrillic}/u.test(opening) && cyrillicDoer > 0)
    return words
      .slice(0, cyrillicDoer)
      .join(" ")
      .replace(LEADS_ELSEWHERE, "")
      .split(JOINED_ELSEWHERE)
      .map((thing) => thing.trim())
      .filter((thing) => thing.length >= 2);
  // ("'E consegne a domicilio": in Neapolitan, told by its articles, "a" is "to", no "and".)
  const neapolitan = /(?:^|\s)['’][oae]\s/iu.test(` ${named}`);
  if (words.length <= 5)
    return named
      .trim()
      .replace(LEADS_ELSEWHERE, "")
      .split(neapolitan ? /\s+(?:e|ed)\s+/u : JOINED_ELSEWHERE)
      .map((thing) => thing.replace(LEADS_ELSEWHERE, "").trim())
      .filter((thing) => thing.length >= 2);
  const rest = named.trim().replace(LEADS_ELSEWHERE, "").split(/\s+/);
  // "O transporte de mochilas faino outra empresa": a name goes on after "de" to what it is of.
  const of = /^(?:de|da|do|di|del|della|dello|dos|das|des|du|van|von)$/iu.test(rest[1] ?? "") && rest[2];
  const head = of ? rest.slice(0, 3).join(" ") : (rest[0] ?? "");
  return head.length >= 2 ? [head] : [];
}

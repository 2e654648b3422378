import { readSoftwareKind } from "../../../app-spec/kinds.js";
import { analyze } from "../design/analysis.js";
import { contentWords } from "../design/categories.js";
import { POLITE_REQUEST } from "../design/change-phrasing.js";
import { changeSaidElsewhere } from "../design/changes-elsewhere.js";
import { applyTechnology, describeSlot } from "../design/tech.js";
import {
  applyThingEdit,
  isRecordKeptAsField,
  thingsOf,
  withThingSaidBefore,
} from "../design/things-design.js";
import { hasAction } from "../understanding/clause-splitter.js";
import {
  type Exclusion,
  exclusionOf,
  findExclusions,
  isNegation,
  mentionsExcluded,
} from "../understanding/exclusions.js";
import { isEnglish } from "../understanding/language.js";
import { isRemoved } from "../understanding/person-statements.js";
import { saidKind } from "../understanding/software-kind.js";
import { keyOf } from "../understanding/things.js";
import type { InterviewState } from "./state.js";

export interface ChangeResult {
  state: InterviewState;
  /** What changed, to tell the person; empty when nothing did. */
  notes: string[];
}

/** "I'd much rather swap them", "… instead": what is wanted in place of what was taken out. */
const INSTEAD = /\b(?:i|we)(?:'d|\s+would)\s+(?:much\s+)?rather\s+(?!not\b)|\binstead\b/i;
const REMOVAL =
  /^(?:(?:please|also|and|oh|ok|okay|actually)[,\s]+)*(?:(?:can|could|would|will)\s+(?:you|we)\s+(?:please\s+)?(?:just\s+)?)?(?:remove|drop|take out|get rid of|no need for|don'?t need|do not need|leave out)\s*:?\s*(?:the\s+)?(?:feature\s*:?\s*)?(.+?)\??$/i;
const FEATURE_PREFIX =
  /^(?:please\s+)?(?:also\s+)?(?:add|include)\s+(?:an?\s+|the\s+)?(?:new\s+|another\s+)?features?\s*(?:to\s+|for\s+|that\s+|which\s+)?:?\s*/i;
const BARE_ADD = /^(?:please\s+)?(?:also\s+)?(?:add|include)\s+(?:an?\s+|the\s+|some\s+)?/i;
const FIELD_REQUEST =
  /^(?:please\s+)?(?:also\s+)?add\s+(?:an?\s+|the\s+)?[a-z][a-z ]{1,30}?\s+(?:field\s+|column\s+)?(?:to|on)\s+(?:each\s+|every\s+|the\s+)?[a-z ]+$/i;
const TABLE_REQUEST = /\badd\s+(?:an?\s+)?[a-z][a-z ]{1,30}?\s+(?:table|entity)\b/i;
/**
 * "use Postgres instead", "switch to Vue", "build it in Go": a change of technology said as
 * one. Without such words, only names that are nothing else count ("we go by the number on
 * the sticker" names no Go).
 */
const TECH_WORDS =
  /\b(?:use|using|switch|switched|instead|prefer|rather|written\s+in|build\s+it\s+(?:in|with)|move\s+(?:it\s+)?to|change\s+(?:it\s+)?to)\b/i;

/**
 * Applies a change the person asked for in their own words: removing features
 * ("remove: dark mode"), a technology ("use PostgreSQL"), a field or table for the
 * design ("add a due date to tasks"), or, by default, new features filed in the
 * category their words fit best.
 */
export function applyChange(state: InterviewState, text: string): ChangeResult {
  // "One thing, take out the tags": a change announced as one, whose words come after.
  const announced = /^\s*(?:one|a|another)\s+(?:more\s+thing|thing\s+more|thing)\b/i.test(text);
  const request = withoutAnnouncement(
    text
      .trim()
      .replace(/[\s.!]+$/, "")
      // "take oot the £50 for a games record": Scots "oot" is "out".
      .replace(/\b(take|tak|leave)\s+oot\b/giu, "$1 out")
      // ("put the baraat time also in bookings": "also" before where it goes is no part of the field.)
      .replace(/\s+(?:also|too|as\s+well)(?=\s+(?:in|on|to|into|onto)\s)/giu, ""),
  );
  if (request.length === 0) return { state, notes: [] };
  // "Nggih, it is good. Please take out the sample, … Suksma.": the thanks and praise around a
  // change are no part of it, so the change is read from where it starts.
  const sentences = request.split(/(?<=[.!?])\s+(?=\S)/);
  // ("… take out the guarantee. The old man says he's not doing that no more": who asked for
  // the change, and why, said after it, is no change of its own.)
  const said = sentences.filter(
    (sentence, index) => !isPraiseOrThanks(sentence) && !(index > 0 && REASON_REPORTED.test(sentence)),
  );
  // ("This is correct. But one change. Take out …": the change announced in a sentence of its
  // own is announced all the same.)
  const announcedAlone = said.findIndex((sentence) => ANNOUNCED_ALONE.test(sentence));
  if (announcedAlone >= 0 && announcedAlone < said.length - 1)
    return applyChange(
      state,
      `One thing, ${said
        .filter((_, index) => index !== announcedAlone)
        .join(" ")
        .replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase())}`,
    );
  if (said.length > 0 && said.length < sentences.length) return applyChange(state, said.join(" "));
  // "udah, perfect, go!": praise alone changes nothing, whatever words in it name a technology.
  if (said.length === 0) return { state, notes: [] };
  if (isQuestion(request) || contentWords(request).length === 0) {
    return {
      state,
      notes: [
        "I can't answer questions (there is no AI model behind me), but I can change the spec: tell me what to add, change or remove.",
      ],
    };
  }
  // "take out dragging candidates. … I'd much rather swap two by picking them from a list":
  // a change, then what the person wants instead, each applied on its own.
  const [first, ...more] = request.split(/(?<=[.!?])\s+(?=\S)/);
  if (more.length > 0 && INSTEAD.test(more.join(" "))) {
    const changed = applyChange(state, first!);
    const next = applyChange(changed.state, more.join(" "));
    return { state: next.state, notes: [...changed.notes, ...next.notes] };
  }
  const split = changedThingsFirst(state, request);
  if (split) return split;
  const reshaped = reshape(state, request);
  if (reshaped) return reshaped;
  const left = leaveOut(state, request, announced);
  if (left) return left;
  const thing = thingChange(state, request);
  if (thing) return thing;
  const removal = request.match(REMOVAL);
  if (removal) return removeFeatures(state, removal[1]!);
  const saidAsTech = TECH_WORDS.test(request) || request.split(/\s+/).length <= 4;
  const technology = applyTechnology(state.tech, request, state.kind ?? "web app", { strict: !saidAsTech });
  if (technology.matched.length > 0) {
    const tech = technology.tech;
    return {
      state: { ...state, tech },
      notes: [
        `Changed the technology: ${technology.matched.map((slot) => describeSlot(slot, tech)).join("; ")}.`,
      ],
    };
  }
  if (FIELD_REQUEST.test(request) || TABLE_REQUEST.test(request)) {
    const before = analyze(state);
    const next = { ...state, designNotes: [...state.designNotes, request] };
    const after = analyze(next);
    if (JSON.stringify(before.tables) !== JSON.stringify(after.tables)) {
      return { state: next, notes: [`Updated the database design: ${request}.`] };
    }
  }
  return addFeatures(state, featureText(request));
}

/**
 * "One change, please: take out …", Corsican "Una cosa: …", "Only thing, take out …": the words
 * that announce a change are no part of it. ("One thing more hukum, put …", "One more thing ah,
 * put …", "One thing only, put …", "One thing though, take out …": nor are whom it is said to,
 * or the particle that colours it.)
 */
function withoutAnnouncement(request: string): string {
  return request
    .replace(
      /^(?:one|a|another)\s+(?:more\s+thing|thing\s+more|thing)(?:\s+(?:hukum|sir|ji|please|sa|bhai|ah|lah|la|po|na|only|just|though|tho|mind|then))?\s*,\s*(?=(?:please\s+)?(?:take|remove|drop|delete|add|put|rename|call|leave|change)\b)/iu,
      "",
    )
    .replace(
      /^(?:(?:one|a|another|last|small|quick)\s+)?(?:change|thing|more thing|correction|request)(?:\s+only)?(?:,?\s*please)?\s*:\s*|^una\s+cosa\s*:\s*|^ho[ʻ‘']?okahi\s+mea\s*:\s*|^(?:the\s+)?only\s+(?:other\s+)?thing\s*[,:]\s*(?=(?:take|remove|drop|delete|add|put|rename|call|leave|change)\b)/i,
      "",
    );
}

/**
 * "Put the condition on every part, good, torn or pages missing, and give me a list of the
 * parts that want replacing": a change to the data and a feature in one message. Each
 * sentence, and each clause opening on another request, that changes the data is applied
 * to it; what is left is read as any change is.
 */
function changedThingsFirst(state: InterviewState, request: string): ChangeResult | null {
  const known = thingsOf(state);
  const parts = request
    .split(
      /(?<=[.!?।])\s+(?=\S)|,?\s+(?:and|an['’]?)\s+(?=(?:please\s+)?(?:put|add|give|take|remove|drop|delete|rename|call|leave|keep|show|make)\s)/iu,
    )
    .map((part) => withoutAnnouncement(part.trim()))
    .filter((part) => part.length > 0)
    // "… from the owners. And add their MoMo number": each part names the thing it changes,
    // pointing back at the part before as that one was read.
    .reduce<string[]>((read, part) => {
      read.push(withThingSaidBefore(part, read.at(-1) ?? "", known));
      return read;
    }, []);
  if (parts.length < 2) return null;
  let current = state;
  const notes: string[] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const changed = thingChange(current, part);
    if (changed) {
      current = changed.state;
      notes.push(...changed.notes);
    } else rest.push(part);
  }
  if (notes.length === 0) return null;
  // "ਠੀਕ ਆ। … ਬਾਕੀ ਸਭ ਵਧੀਆ।" ("OK. … The rest is all good."): around a change read in another
  // language, a few words more are the talk around it, not a change of their own.
  const others = rest.filter(
    (part) =>
      contentWords(part).length > 0 &&
      !isTalk(part) &&
      (isEnglish(part, true) || part.trim().split(/\s+/).length > 4),
  );
  if (others.length === 0) return { state: current, notes };
  const more = applyChange(current, others.join(" "));
  return { state: more.state, notes: [...notes, ...more.notes] };
}

/**
 * "Ar, one more thing.", "Cheers, ta-ra.", "It is nice.", "Everything is nice, thank you.",
 * "Mersi bokou!": words around a change that change nothing, praise and thanks among them.
 */
function isTalk(part: string): boolean {
  return WORDS_EXPLAINED.test(part) || CHANGE_EXPLAINED.test(part.trim()) || isPraiseOrThanks(part);
}

/** "The old man says he's not doing that no more, …", "my wife says they never use it": who wants the change, and why. */
const REASON_REPORTED =
  /^(?:(?:and|because|cause|cos)\s+)?(?:(?:the|my|our)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:says|said|reckons|thinks)\s+(?:(?:he|she|they|we|it)(?:['’]s|['’]re|\s+is|\s+are|\s+was)?\s+)?(?:not|never|no\s+longer|don['’]?t|doesn['’]?t|won['’]?t)\b|^(?:(?:and|because|cause|cos)\s+)?(?:the|our|my)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:always\s+|often\s+|keep\s+)?(?:ask|asks|asking|want|wants|need|needs)\s+(?:for\s+)?(?:it|that|this|them|one)\s+(?:every\s+(?:time|day|week|month)|all\s+the\s+time|always|each\s+time)[.!]*$/iu;

/** "But one change.", "Just one small thing:": a change announced in a sentence of its own. */
const ANNOUNCED_ALONE =
  /^(?:(?:but|and|so|ok|okay|only)[,\s]+)?(?:just\s+)?(?:one|a|another)\s+(?:small\s+|little\s+|quick\s+|more\s+)?(?:change|thing|correction|request)(?:\s+(?:only|please|more))?\s*[.!:]*$/iu;

/** "thats how the mistake happened", "that's why": what made the change needed, said after it. */
const CHANGE_EXPLAINED =
  /^(?:(?:and|because|cause|cos)\s+)?(?:that['’]?s|that\s+is|this\s+is)\s+(?:how|why)\b[^.!?]*[.!?]*$/iu;

/** "Cheers, ta-ra.", "sound that", "ok love it", "Choice.", "Sweet as.", "udah, perfect, go!", "Lush, that is.", "It is nice.", "Good luck, so.", "Suksma.", te reo Māori "Ka pai rawa", Breton "Mat eo bremañ, trugarez", Ilocano "Nasayaat! Agyamanak", Setswana "Go siame, ke a leboga", "That's about right, that is", "That'll do nicely. Mind how you go.", "Lekker, that's right", "Dankie, totsiens": praise, thanks and goodbyes, and nothing more. */
function isPraiseOrThanks(part: string): boolean {
  return /^(?:(?:ar|aye|yes|yeah|ok|okay|right|oh|and|so|well|now|good|nice|very good|very nice|ram ram(?: sa)?|hukum|saé(?: pisan)?|tos cekap|hatur nuhun(?: pisan)?|cheers|thanks(?: heaps| a lot| so much| very much| a million)?|thank you(?: so much| very much)?|thank ye(?: kindly)?|ta heaps|tank(?:s)?(?: yuh| you| plenty)?|ta(?:-ra)?(?: la)?|sound(?: that| la| mate)?|(?:i |we )?love (?:it|this|that)|udah|mantap|go|va b[eè]|hè tuttu|basta cusì|à ringraziavvi|bona sera|lush(?:,? that is)?|bah(?:,? ok(?:ay)? already)?|ok(?:ay)? already|(?:that['’]s\s+|all\s+|yes,?\s+)?correct|ayan|mayap(?: ya| na)?(?: pu)?|dakal a salamat(?: pu)?|kotohuadan|nandri|kalahngan(?: maing)?|tidy(?:,? that is)?|diolch(?: yn fawr)?|cheers now|(?:yeah |yes )?sorted|laters|cheers babe|bye|ngl|tbh|lol|ty|thx|thnx|tysm|tyvm|yalla(?: bye)?|khalas|ya3ne|yaani|yani|wallah|one more thing(?: before i forget)?|another thing(?: before i forget)?|before i forget|wait|hon|honey|dear|pet|darlin'?|parce|bro|mate|fam|boss|dude|pal|mano|that'?s it|that'?s all|(?:looks|sounds) (?:good|great|fine|perfect|lovely|sick|mint|wicked|class|ace|sound|decent|nice|spot on|grand|proper good|right|about right|all right|alright)(?:,? innit)?|innit|all good|perfect|lovely|great|grand|brilliant|wonderful|excellent|choice|sweet(?: as)?|cool|awesome|beaut|mint|ace|champion|god bless(?: you)?|gut (?:yom tov|shabbos)|shabbat shalom|shalom|cheerio(?: the now)?|take care|good ?bye|good (?:day|night|evening)|have a (?:good|nice|great|lovely) (?:day|one|evening|weekend)|(?:happy|merry) (?:christmas|new year|easter|holidays)|eid mubarak|see you|(?:in fairness,?\s+)?(?:it|this|that|everything|all|all of it|the rest)(?:'s|\s+is|\s+looks|\s+look|'s\s+looking|\s+is\s+looking)\s+(?:very\s+|really\s+|so\s+|all\s+|some\s+|real\s+|wicked\s+|proper\s+|dead\s+)?(?:nice|good|great|fine|lovely|perfect|ok|okay|grand|beautiful|correct|right)|good luck(?:,?\s+so)?|merci(?: beaucoup| villmools| ktir| kteer)?|mersi(?: bokou| boukou)?|dat gesäit gutt aus|dat ass gutt|e good|e dey good|thank you well well|tað sær gott út|takk(?: fyri)?|mòran taing|tapadh leat|matur nuwun|gracias|obrigad[oa]|danke(?: schön)?|terima kasih(?: banyak)?|salamat(?: po)?|mahalo|asante(?: sana)?|jullay|nggih|suksma(?: mewali)?|om shanti(?: shanti)*(?: om)?|om swastiastu|(?:ezali\s+)?malamu(?:\s+(?:mingi|sikawa))?|matondo(?: mingi)?|nzambe apambola|maika[ʻ‘']?i(?: loa| kēia manawa)?|mahalo(?: nui)?(?: loa)?|a hui hou|ka pai(?: rawa)?(?: ināianei)?|tēnā rawa atu koe|tēnā koe|ngā mihi(?: nui)?|kia ora(?: rawa atu)?|ka kite(?: anō)?|mat eo(?: bremañ)?|mat-tre|trugarez(?: vras| deoc['’]h)?|kenavo|nasayaat(?:en)?(?: unay)?|naimbag(?: unay)?|agyamanak(?: unay)?|dios ti agngina|ke a leboga(?: thata)?|go siame|pula|that(?:['’]s| is) (?:about|just|spot on|dead|all) right(?:,? that is)?|that(?:['’]ll| will) do(?: nicely| fine| me| us| lovely)?(?:,? that will)?|mind how you go|lekker|baie dankie|dankie|totsiens|ja)[,.!\s]*)+$/iu.test(
    part,
  );
}

/**
 * "By us nobody says order, it's 'did you pick up your set yet'", "that's what we call
 * them", "That's what they're called on the club's licence", "Half the kids born here don't
 * know what sevak means": why a name was changed, said after the change.
 */
const WORDS_EXPLAINED =
  /\b(?:nobody|no one|no-one|everybody|everyone|people|folks|we|they)\s+(?:here\s+)?(?:ever\s+|really\s+|actually\s+|all\s+|just\s+)?(?:says?|call(?:s)?|say it)\s+['"‘“]?[\p{L}]|\bwhat\s+(?:we|they|people|everyone)\s+call\s+(?:them|it)\b|\bthat['’]s\s+what\s+(?:they|we|it|those)(?:['’]re|\s+are|['’]s|\s+is)\s+called\b|^(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+the\s+(?:word|name|term)\s+(?:on|in|we|they|everybody|everyone|people)\b|\bit['’]s\s+what\s+(?:everybody|everyone|people|we|they)\b[^.!?]*\b(?:knows?|says?|calls?|uses?)\b|\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t)\s+know\s+what\s+(?:an?\s+|the\s+)?[\p{L}'’-]+\s+(?:means|is)\b/iu;

/** "remove the web screens", "no REST API", "it's a command-line tool": whole parts of the design. */
const DROP_SCREENS =
  /\b(?:remove|drop|no|without|get rid of|don'?t (?:need|want))\b[^.]*?\b(?:screens?|pages?|ui|user interface|front[- ]?end|web interface)\b/i;
const DROP_API =
  /\b(?:remove|drop|no|without|get rid of|don'?t (?:need|want))\b[^.]*?\b(?:api|endpoints?|web server|back[- ]?end|rest)\b/i;
const DROP_ACCOUNTS =
  /\b(?:remove|drop|no|without|get rid of|don'?t (?:need|want))\s+(?:the\s+|any\s+|user\s+)*(?:log[- ]?ins?|logging in|accounts?|sign[- ]?ins?)\b(?!\s+(?:page|button|screen|form|reset))/i;
const SAYS_KIND =
  /\b(?:it'?s|it is|make it|should be|as)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:command[- ]line tool|cli|mobile app|phone app|web app|website|desktop app|library|api service)\b/i;

/**
 * A change to the shape of the software rather than to one feature: its kind, or
 * dropping its screens or its HTTP API. Null when the request is none of these.
 */
function reshape(state: InterviewState, request: string): ChangeResult | null {
  const notes: string[] = [];
  let next = state;
  if (SAYS_KIND.test(request)) {
    const kind = saidKind(request) ?? readSoftwareKind(request.match(SAYS_KIND)![0]);
    if (kind && kind !== state.kind) {
      next = { ...next, kind, dropped: { screens: false, api: false } };
      notes.push(`Changed the kind of software: it's a **${kind}** now, and the design follows from that.`);
    }
  }
  if (DROP_ACCOUNTS.test(request) && (state.accounts ?? "none") !== "none") {
    next = { ...next, accounts: "none" };
    notes.push("Removed accounts and logging in: anyone who opens it can use everything.");
  }
  const screens = DROP_SCREENS.test(request);
  const api = DROP_API.test(request);
  if ((screens || api) && notes.length === 0) {
    next = {
      ...next,
      dropped: { screens: next.dropped.screens || screens, api: next.dropped.api || api },
    };
    notes.push(
      `Removed ${[screens ? "the screens" : null, api ? "the HTTP API" : null].filter(Boolean).join(" and ")} from the design.`,
    );
  }
  return notes.length > 0 ? { state: next, notes } : null;
}

/** "drop the comments", "get rid of reviews", "we don't need ratings": a part taken out, as the person named it. */
const LEAVE_OUT =
  /^(?:(?:please|also|and|oh|ok|okay|actually)[,\s]+)*(?:remove|drop|delete|take out|get rid of|leave out|cut|scrap|ditch|skip|forget(?:\s+about)?|no need for|(?:we|i)?\s*don'?t need|(?:we|i)?\s*do not need)\s*:?\s*(?:the\s+|all\s+(?:the\s+)?|any\s+|feature\s*:?\s*)*(.+)$/i;

/**
 * "Traieu els vots de les incidències", "Entferne die Kommentare", "Poista korjaukset": the
 * same, in other languages, as a verb of taking out that opens the request, then its
 * article. What is taken out ends at the first punctuation.
 */
const LEAVE_OUT_ELSEWHERE =
  /^(?:(?:si us plau|por favor|bitte|s'il vous plaît|per favore|alsjeblieft|proszę|prosím|molim|tolong)[,\s]+)?(?:traieu|treu|elimineu|elimina|eliminad|quita|quitad|borra|borrad|enlève|enlevez|supprime|supprimez|retire|retirez|entferne|entfernt|streiche|streicht|togli|togliete|rimuovi|rimuovete|tira|tire|remova|verwijder|schrap|ta bort|stryk|fjern|slet|usuń|wyrzuć|odstraň|odstraňte|vyhoď|vyhoďte|odstráň|poista|poistakaa|makni|maknite|ukloni|uklonite|izbaci|izbacite|hapus|buang|kaldır|çıkar|scoate|scoateți|elimină|șterge|töröld|vedd ki|eemalda)\s+(?:(?:els|les|el|la|los|las|le|il|lo|gli|i|o|os|as|de|het|die|der|das|den|the)\s+|l['’])?([^,;.!?:]+)/iu;

/**
 * Where what is taken out ends: "drop the comments, we'll talk on Discord after all" (a comma
 * or a point inside a number, "the 10,000 for the summit night", goes on).
 */
const LEAVE_OUT_END =
  /\s*(?:(?<!\d)[,.]|[,.](?!\d)|[;!?]|\s[-–—]\s|\b(?:because|since|as we|we'?ll|we will|after all|anymore|any more|for now|please|thanks|either)\b).*$/i;

/**
 * A part the person takes out after the interview: "drop the comments", "no comments
 * after all", "remove: dark mode". Like a "no" said during the interview it goes to the
 * out-of-scope section and out of every feature, table, endpoint, screen and command
 * that mentions it. A field taken off one table ("remove priority from jobs") is a
 * change to that table instead, and a phrase that nothing mentions changes nothing.
 */
function leaveOut(state: InterviewState, request: string, announced = false): ChangeResult | null {
  const before = analyze(state);
  const exclusions = leftOutPhrases(
    request,
    before.things.map((thing) => thing.key),
    announced,
  )
    .map(exclusionOf)
    .filter((exclusion): exclusion is Exclusion => exclusion !== null);
  if (exclusions.length === 0) return null;
  if (exclusions.every((exclusion) => isRecordKeptAsField(exclusion.said, before.things))) return null;
  const touches = (text: string) => mentionsExcluded(text, exclusions);
  const removed = before.features.filter((feature) => touches(feature.text));
  const mentioned =
    removed.length > 0 ||
    before.things.some((thing) => touches(thing.said)) ||
    before.tables.some((table) => touches(table.name.replaceAll("_", " "))) ||
    before.endpoints.some((group) => group.endpoints.some(touches)) ||
    before.screens.some(touches) ||
    before.commands.some((command) => command.lines.some(touches));
  if (!mentioned) return null;
  // Derived features taken out leave their place empty rather than letting others move up.
  const derivedRemoved = removed.filter((feature) => feature.origin === "derived").length;
  const derivedLimit = state.derivedLimit === null ? null : Math.max(0, state.derivedLimit - derivedRemoved);
  const next: InterviewState = {
    ...state,
    leftOut: [...state.leftOut, ...exclusions.map((exclusion) => exclusion.said)],
    derivedLimit,
  };
  const after = analyze(next);
  const said = exclusions.map((exclusion) => `**${exclusion.said}**`).join(" and ");
  return {
    state: next,
    notes: [
      `Left out: ${said}. It's in the spec's out-of-scope section now, and no feature, table, endpoint or screen mentions it.`,
      ...removed.map((feature) => `Removed: ${feature.text}`),
      countNote(before.features.length, after.features.length),
    ],
  };
}

/** The parts a request takes out, as the person named them; none for a field taken off a known thing. */
function leftOutPhrases(request: string, things: readonly string[], announced: boolean): string[] {
  const removal = request.match(LEAVE_OUT);
  if (removal) {
    const object = removal[1]!
      .replace(LEAVE_OUT_END, "")
      .replace(/["“”']/g, "")
      .replace(/\s+(?:tables?|features?|section|part|commands?|subcommands?)$/i, "")
      // "the 10,000 for the summit night": a sum paid for something goes with what it pays for.
      .replace(
        /^(?:the\s+)?(?:[$£€₹]\s?|[A-Z]{2,3}\s?)?\d[\d,.]*\s*(?:[a-z]{1,10}\s+)?(?:for|on)\s+(?:the\s+|a\s+)?/,
        "",
      )
      .trim();
    const field = object.match(/^(.+?)\s+(?:from|on|in|of)\s+(?:the\s+|each\s+|every\s+)?(.+)$/i);
    if (field && things.includes(keyOf(field[2]!))) return [];
    // "One thing, take out the tags, the buy's got everything for the tag on it": a thing kept,
    // taken out in a change announced as one, goes as a thing, and the rules that speak of it
    // stay; "drop the comments", said alone, takes them out of everything.
    if (announced && things.includes(keyOf(object.replace(/^(?:the|all\s+the)\s+/i, "")))) return [];
    return object.length > 0 ? [object] : [];
  }
  const elsewhere = request.match(LEAVE_OUT_ELSEWHERE);
  if (elsewhere) return [elsewhere[1]!.trim()];
  if (!isNegation(request)) return [];
  return findExclusions(request)
    .filter((exclusion) => !exclusion.action)
    .map((exclusion) => exclusion.said);
}

/** "rename vans to trucks", "remove priority from jobs", "add a jobs table with …": a change to what is kept. */
function thingChange(state: InterviewState, request: string): ChangeResult | null {
  // In another language ("សុំប្តូរឈ្មោះ ការផ្ញើ ទៅជា កញ្ចប់") the words of a change are its own
  // (Lingala's "bakisa poste na bana, …, milieu to attaquant" reads as English by its "to").
  if (
    isEnglish(request, true) &&
    changeSaidElsewhere(request) === request &&
    !/\b(?:rename|call|table|remove|drop|delete|add|put|give|has|have|needs?|take|leave|write)\b/i.test(
      request,
    )
  )
    return null;
  const before = thingsOf(state);
  const after = applyThingEdit(before, request);
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  // "add dark mode" reads as a thing only when it names fields or a table; anything else is a feature.
  const onlyAdded =
    after.length > before.length && after.slice(before.length).every((thing) => thing.fields.length === 0);
  if (onlyAdded && !/\btables?\b/i.test(request)) return null;
  return {
    state: { ...state, thingEdits: [...state.thingEdits, request] },
    notes: [`Updated the database design: ${request.replace(/[.!?]+$/, "")}.`],
  };
}

function isQuestion(request: string): boolean {
  // "Can you call the cruises 'trips' instead?": a request, asked politely.
  if (POLITE_REQUEST.test(request)) return false;
  // "Where it says 'Houses', put 'Homes'": where, then what to put there, is a change.
  if (/^where(?:ver)?\s+(?:it|you)\b[^?]*,\s*(?:please\s+)?(?:put|write|say|call|make)\b/i.test(request))
    return false;
  return (
    /\?$/.test(request) ||
    /^(?:what|why|how|who|when|where|which|can you|could you|do you|does it|is it|are you)\b/i.test(request)
  );
}

function featureText(request: string): string {
  const withoutPrefix = request.replace(FEATURE_PREFIX, "");
  if (withoutPrefix !== request) return withoutPrefix;
  const bare = request.replace(BARE_ADD, "");
  // "add recipes to meal plans" is itself the feature; "add dark mode" names one.
  if (bare !== request && !/\b(?:to|into|from|in)\b/i.test(bare) && !hasAction(bare)) return bare;
  return request;
}

function addFeatures(state: InterviewState, text: string): ChangeResult {
  const before = analyze(state);
  const next: InterviewState = {
    ...state,
    extraFeatures: [...state.extraFeatures, { text, category: null }],
  };
  const after = analyze(next);
  const known = new Set(before.statements.map((statement) => statement.text));
  const added = after.features.filter((feature) => feature.origin === "person" && !known.has(feature.text));
  if (added.length === 0) return { state, notes: ["That's already covered by the features in the spec."] };
  const notes = added.map((feature) => `Added to **${feature.category}**: ${feature.text}`);
  notes.push(countNote(before.features.length, after.features.length));
  return { state: next, notes };
}

function removeFeatures(state: InterviewState, phrase: string): ChangeResult {
  // "take out dragging candidates between desks. I've thought about it, …": the first sentence is the change.
  const wanted = (phrase.split(/(?<=[.!?])\s+/)[0] ?? phrase)
    .replace(/[.!]+$/, "")
    .toLowerCase()
    .replace(/^(?:the\s+)?(?:feature\s*:?\s*)/, "")
    // "the £50 for a games record, the committee's no paying it this year": why, said after a
    // comma by whom, is no part of what goes.
    .replace(
      /,\s*(?:(?:the|our|my)\s+[\p{L}'’-]+(?:['’]s|\s+is|\s+are|\s+isn['’]t|\s+aren['’]t)|(?:we|they|he|she)(?:['’](?:re|s)|\s+are|\s+is)?)\s+(?:no|not|never|nae)\s.*$/iu,
      "",
    )
    // "the 0.50 meticais for the association, the director says the office pays them …": what
    // someone says, after a comma, is why.
    // ("the transport, appa says now the customers arrange their own lorry": whoever it is.)
    .replace(/,\s*(?:(?:the|our|my)\s+)?[\p{L}'’-]+\s+(?:says|said|wants|told\s+(?:me|us))\b.*$/iu, "")
    // "the 40% for other shops, me dad's stopped selling wholesale, …": what has stopped, or no
    // longer is, said after a comma, is why too.
    .replace(
      /,\s*(?:(?:the|our|my|me|his|her|their)\s+[\p{L}'’-]+|we|they|he|she|i|it)(?:['’](?:s|ve|re|d))?\s+(?:has\s+|have\s+|had\s+)?(?:stopped|quit|given\s+up|no\s+longer|never)\b.*$/iu,
      "",
    )
    .replace(/["“”']/g, "")
    .trim();
  const before = analyze(state);
  const removed = before.features.filter((feature) => isRemoved(feature.text, [wanted]));
  if (wanted.length === 0 || removed.length === 0) {
    return {
      state,
      notes: [`I couldn't find a feature mentioning “${phrase.trim()}”, so nothing was removed.`],
    };
  }
  // Removed derived features leave their place empty rather than letting others move up.
  const derivedRemoved = removed.filter((feature) => feature.origin === "derived").length;
  const derivedLimit = state.derivedLimit === null ? null : Math.max(0, state.derivedLimit - derivedRemoved);
  const next: InterviewState = { ...state, removals: [...state.removals, wanted], derivedLimit };
  const after = analyze(next);
  return {
    state: next,
    notes: [
      ...removed.map((feature) => `Removed: ${feature.text}`),
      countNote(before.features.length, after.features.length),
    ],
  };
}

function countNote(before: number, after: number): string {
  return after === before
    ? `The spec still has ${after} features.`
    : `The spec now has **${after} ${after === 1 ? "feature" : "features"}** (was ${before}).`;
}

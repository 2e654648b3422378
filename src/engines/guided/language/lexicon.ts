/**
 * The small vocabulary the guided interviewer reads people's words with. Without a
 * model, knowing which words are verbs, fillers or generic nouns is what lets it pick
 * out the things an app keeps track of.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

/** Determiners, pronouns, prepositions, conjunctions, auxiliaries and fillers ("wi" is "we" as Caribbean Englishes write it). */
export const STOP_WORDS = words(`
  a an the this that these those my your our their his her its some any each every all both either neither
  no not nor and or but so then than also too very just only really quite even still already again
  i me we wi us you he him she they them it it's its itself myself ourselves yourself themselves one ones
  who whom whose which what when where why how whatever whenever wherever however
  am is are was were be been being do does did done doing have has had having
  can could will would shall should may might must need needs able want wants wanted like likes
  to of in on at by for with without from into onto over under about above below between through during
  after before until since within across along around against among per via as if because while though
  up down out off back away there here now today tomorrow yesterday soon later
  etc e.g eg i.e ie ok okay yes yeah please thanks thank lets let's let
  more most less least much many few lot lots other others another such same own
  i'm i'd i'll we're we'd we'll you're you'd you'll they're they'll it'll don't doesn't didn't can't won't
  isn't aren't wasn't shouldn't wouldn't couldn't ain't aint
  gotta gonna wanna hafta oughta
`);

/** Modal and helper words that come between a subject and its verb. */
export const MODALS = words(
  "can could will would should may might must shall need needs want wants able be to gotta gonna wanna hafta oughta",
);

/** Particles of phrasal verbs: "sign up", "tick off", "log in". */
export const PARTICLES = words("up down out off in on back over away");

/**
 * Verbs in their base form. Several are nouns as well; those are listed again in
 * NOUN_VERBS and decided by context.
 */
export const VERBS = words(`
  rsvp add create save store keep make write edit update change delete remove erase rename duplicate copy move
  plan generate build produce compose draft prepare cook bake
  track log record note measure count calculate estimate compute convert scale sum total
  view see browse look find search filter sort group organize organise categorize categorise tag label
  rank rate review comment like love follow favorite favourite bookmark star pin
  share invite send receive email text message call notify remind alert ping post publish reply answer ask
  assign schedule book reserve sign register enroll enrol join leave attend claim swap trade cancel confirm
  approve reject accept decline request submit apply vote poll choose select pick set mark complete finish
  check tick cross start stop pause resume begin end close open upload download import export print scan
  sync backup restore archive unarchive lock unlock hide show display visualize visualise chart graph
  compare match recommend suggest discover explore learn practice practise study quiz test play watch listen
  read buy sell order pay charge refund donate rent borrow lend return ship deliver pick collect gather
  manage handle run monitor report analyze analyse summarize summarise list attach link connect integrate
  import customize customise configure personalize personalise translate upload drag drop
  log login logout signup subscribe unsubscribe filter fill coordinate staff cover need host lead
  contact reach message chat talk discuss meet visit travel ride walk train exercise work shop budget
  split owe settle invoice bill quote price cost estimate forecast predict rotate cycle repeat recur
  mention tag react upvote downvote flag block mute report moderate ban verify validate review grade mark
  teach tutor coach mentor help support guide answer respond write read volunteer
  get give take put bring fetch go come use try open launch visit
  fit disappear appear happen arrive expire belong include contain hold rehearse perform know tell say
  forget undo
  pull push load unload clean fix commit paste merge deploy parse transform fetch convert sum rename resize
  crop compress encrypt decrypt backup retry forward relay route queue process clean format lint validate
  draw plot render preview edit approve triage prioritise prioritize escalate resolve reopen assign dispatch
  enter type fill update recalculate refresh reload import export mail post upload download install
  count weigh measure scan photograph film stream sync upload attend host invite cook prepare serve
  deliver collect pack ship track locate navigate
  warn delete keep apply spend earn save lose win score rank
  file feed transfer deposit design sketch stock
  jump rise climb slide pop float sink fall stay land expire ring phone sit stand wake sleep drive wait
  pair press
  dig sow prune mow shear spray bury tow wash sew knit mend inspect grow vaccinate brew pour mix wrap weld
  polish replace drain hatch break round race
  carry seat
`);

/** Words that are nouns as often as verbs: "plan", "list", "book", "shift". */
export const NOUN_VERBS = words(`
  plan list book schedule shift order post message review rate note tag track log record report comment
  request share search check sign set cook shop work claim group label bookmark favorite favourite vote chat
  print design test quiz budget sort filter swap trade text email call visit date time watch play host help
  need cover start stop mark like love rent pay cost price trip walk ride train exercise match score count
  link upload download import export support answer question sketch draft contact invite alert update change
  step stock store ship transfer deposit reply feed run view display chart graph poll bill invoice quote
  pair drive press ring phone stand wait sleep
  estimate forecast cycle split order file star pin flag block grade subscribe
  return lead total sum need volunteer staff guide coach tutor mentor
  load fix push commit paste copy merge process queue route forward relay backup plot draw format
  dispatch preview scan stream type film photograph crop mail practice show round race
  seat
`);

/** Adjectives and adverbs that qualify a noun without naming a thing. */
export const ADJECTIVES = words(`
  new old simple easy quick fast slow good better best great nice nicer favorite favourite own personal
  private public shared multiple different main other various several certain whole entire full empty
  weekly daily monthly yearly annual hourly nightly quarterly upcoming past next last first second third
  current recent previous future small big large long short high low top bottom free paid open closed
  available busy local online offline mobile digital printable custom basic advanced smart automatic
  healthy cheap expensive important urgent simple real live active inactive single double whole
  specific general overall total individual group family-friendly friendly beautiful clean modern
  quickly easily simply automatically manually directly together separately instantly regularly
  already often always never sometimes usually also maybe probably exactly
`);

/**
 * Nouns too general to be a table of their own, or that name the app itself or a
 * standard area (accounts, search, settings) with its own category.
 */
export const GENERIC_NOUNS = words(`
  app apps application applications tool tools platform platforms website websites site sites web system systems
  program software service services thing things stuff data info information feature features
  option options way ways kind kinds type types sort sorts bit part parts place places
  user users people person everyone someone anyone anybody somebody everybody folk folks
  page pages screen screens button buttons click clicks tab tabs menu view form forms field fields
  time times date dates day days week weeks month months year years minute minutes hour hours second seconds
  today tonight morning evening night weekend weekends moment while
  phone phones computer laptop browser device devices desktop tablet internet
  account accounts login logins password passwords profile profiles setting settings preference preferences
  dashboard dashboards report reports chart charts graph graphs stat stats statistic statistics analytics
  search searches filter filters notification notifications email emails reminder reminders alert alerts
  link links share sharing access permission permissions role roles admin admins
  detail details list lists number numbers name names idea ideas need needs problem problems
  scheduler planner tracker manager organizer organiser helper assistant hub portal
  everything something anything nothing end start beginning step steps
`);

/** Words that make a statement vague: "manage stuff", "and so on". */
export const VAGUE_WORDS = words(
  "stuff things thing etc etcetera whatever various misc miscellaneous something somehow",
);

/** Verbs that bring a new thing into the app. */
export const CREATION_VERBS = words(`
  add create save store keep make write plan generate build log record post publish upload import draft
  compose track book schedule reserve register submit collect gather note
`);

/** "-ing" words that are things people keep, unlike "spending" or "planning". */
export const COUNTABLE_ING = new Set([
  "booking",
  "meeting",
  "listing",
  "building",
  "painting",
  "recording",
  "drawing",
  "posting",
  "offering",
  "wedding",
  "serving",
  "filling",
  "reading",
  "rating",
  "setting",
]);

/**
 * The words people name a record's fields by, nested: those whose values are never said as a
 * choice of words (a name, a phone, an address); the commonest fields, which add a few a choice
 * may follow ("the size, small or large"); and every word that names a field rather than one
 * of its values ("the brand", "the grade").
 */
const FIELDS_TAKING_NO_VALUES =
  "name number phone email address price cost notes? weight total amount quantity age photo";
const COMMON_FIELDS = `${FIELDS_TAKING_NO_VALUES} date time day size colou?r type status`;
const FIELD_NAMES = `${COMMON_FIELDS} height length width depth kind style model make brand grade level category class`;

const oneOf = (list: string) => new RegExp(`^(?:${list.trim().split(/\s+/).join("|")})$`, "i");

/** The last word of a field that measures: a unit, or what is measured. */
export const MEASURE_WORD =
  /^(?:weight|height|width|depth|distance|volume|area|metres|meters|kilos|kilograms|kg|grams|pounds|lbs|tons|tonnes|litres|liters|gallons|feet|inches|centimetres|centimeters|cm|km|miles|acres|hectares)$/;
/** A field whose values are never said as a choice of words: a name, a phone, an address. */
export const TAKES_NO_VALUES = oneOf(FIELDS_TAKING_NO_VALUES);
/** One of the commonest fields a person names: a name, a date, a size, a status. */
export const COMMON_FIELD = oneOf(COMMON_FIELDS);
/** A word that names a field, never one of its values: "the brand", "the grade". */
export const FIELD_NAME = oneOf(FIELD_NAMES);

/**
 * What kind of thing a noun names. Only some nouns are things people create and
 * manage; others name people, the app itself, figures the app works out, or the
 * record a single action leaves behind, and each of those needs different features.
 */

/** Nouns that name the app itself rather than anything in it: "recipe app", "shift scheduler". */
const APP_WORDS = new Set([
  "app",
  "application",
  "tool",
  "platform",
  "website",
  "site",
  "system",
  "service",
  "program",
  "software",
  "scheduler",
  "planner",
  "tracker",
  "manager",
  "organizer",
  "organiser",
  "portal",
  "hub",
  "marketplace",
  "dashboard",
]);

/** People, who are users or roles rather than records. */
const PERSON_NOUNS = new Set(
  `volunteer coordinator organizer organiser parent kid child student teacher member customer client guest patient
  doctor nurse coach player manager staff employee admin administrator owner host driver donor friend neighbor
  neighbour tenant landlord buyer seller vendor author reader editor reviewer instructor trainer athlete runner
  chef cook family families partner spouse roommate colleague coworker team teammate leader supervisor worker
  freelancer contractor agent rep representative attendee participant visitor subscriber follower fan artist
  musician therapist dentist tutor mentor mentee recruiter candidate applicant judge referee parishioner resident
  shopper traveler traveller guide caregiver carer mom dad mother father grandparent sibling baker cashier barista
  waiter waitress cleaner gardener farmer singer drummer vet receptionist bandmate developer programmer
  designer tester playtester maintainer analyst observer borrower lender renter sitter lifeguard plumber
  electrician archivist`.split(/\s+/),
);

/**
 * The person's relatives, named one at a time ("my dad n me are admin", "the mother of one of
 * them cried"): people in the story, not kinds of account.
 */
const KIN_NOUNS = new Set(
  `mom mum mam ma dad da mother father son daughter brother sister uncle aunt auntie cousin wife husband
  grandson granddaughter grandfather grandmother grandma grandpa granny nephew niece brother-in-law
  sister-in-law`.split(/\s+/),
);

/** Whether a person noun names one of the person's relatives rather than a kind of user. */
export function isKin(noun: string): boolean {
  return KIN_NOUNS.has(noun.toLowerCase());
}

/**
 * Figures the app works out from what people enter: a streak is counted from
 * check-ins, a total summed from orders. Nobody adds or edits one by hand.
 */
const COMPUTED_NOUNS = new Set(
  `streak total stat statistic chart graph report history count score progress summary average trend insight
  analytics leaderboard ranking tally breakdown overview metric percentage balance`.split(/\s+/),
);

/**
 * Records a single action leaves behind: ticking a habit leaves a check-in, joining
 * a shift a sign-up. People make and undo them, and look back at them, but there is
 * nothing in one to open or edit.
 */
const RECORD_NOUNS = new Set(
  "check-in check-out sign-up completion attendance vote upvote like tick rsvp".split(" "),
);

/** Things that start at a time: they get a start and an end, and reminders can be about them. */
const TIMED_NOUNS = new Set(
  `shift event appointment booking session meeting class reservation visit trip lesson game match workout practice
  rehearsal slot service ride flight gig concert performance`.split(/\s+/),
);

/** What someone buys or pays: it moves through states and adds up to an amount. */
const ORDER_NOUNS = new Set("order purchase sale".split(" "));

/** What an order is made of. */
const SOLD_NOUNS = new Set("product dish drink ticket book pastry meal".split(" "));

export function isAppWord(noun: string): boolean {
  return APP_WORDS.has(noun);
}

export function isPerson(noun: string): boolean {
  return PERSON_NOUNS.has(noun) || /(?:eer|ian)$/.test(noun) || (/ist$/.test(noun) && !noun.endsWith("list"));
}

/** Whether a noun (singular) names a figure the app works out: "streak", "weekly total". */
export function isComputed(noun: string): boolean {
  return COMPUTED_NOUNS.has(noun.split(" ").pop()!);
}

/** Whether an entity (singular) starts at a time: "shift", "pickup slot". */
export function isTimed(entity: string): boolean {
  return TIMED_NOUNS.has(entity.split(" ").pop()!);
}

/** Whether an entity (singular) is an order, and whether it is what orders are made of. */
export function isOrder(entity: string): boolean {
  return ORDER_NOUNS.has(entity.split(" ").pop()!);
}

export function isSold(entity: string): boolean {
  return SOLD_NOUNS.has(entity.split(" ").pop()!);
}

/** Whether an entity (singular) is the record of one action: "check-in", "daily check-in". */
export function isRecord(entity: string): boolean {
  return RECORD_NOUNS.has(entity.split(" ").pop()!);
}

import { describe, expect, it } from "vitest";
import { deriveScreens } from "../../../src/engines/guided/design/screens.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { NOTHING_MORE } from "../../../src/engines/guided/understanding/person-statements.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirtieth round of people the interviewer had not met wrote, and how it reads
 * it now, in other words than theirs: a "no" said after a thing names it even when someone
 * else's work, a relative clause or a word of surprise stands between; the "no"s of
 * Lancashire, Lakota reservation, Crucian, Ozark, Naga and Saskatchewan English, of
 * Maltese and of Marathi are read; and the spec's own words never use one the person
 * turned down.
 */

const extras = (text: string) => splitStatements(text, { keepVerbless: true });

describe("a 'no' said after the thing", () => {
  it("turns down what a clause of its own says is nothing to do with it", () => {
    expect(said("Gutters and conservatory roofs I do on the side, nowt to do wi' this.")).toEqual([
      "Gutters and conservatory roofs",
    ]);
    // Neither the thing nor the "no" is left behind as a feature.
    expect(extras("Gutters and conservatory roofs I do on the side, nowt to do wi' this.")).toEqual([]);
  });

  it("reads a thing that is its own thing, or someone else's work, as the thing turned down", () => {
    expect(said("Hand games is its own thing too, they got their own people, don't put it in.")).toEqual([
      "Hand games",
    ]);
    expect(
      said("My auntie does sew all de costumes, and she does sell dem to other troupe too, leave dat out."),
    ).toEqual(["sew costumes"]);
    expect(
      said("The shop does the maintenance on the trucks, they have their own software, don't put it."),
    ).toEqual(["maintenance"]);
    // Work pointed at ("Dad does that") names nothing; what was named before it is turned down.
    expect(
      said(
        "The futures and the hedging and all that, Dad does that with his broker in Regina, leave 'er out.",
      ),
    ).toEqual(["futures", "hedging"]);
  });

  it("leaves out what is done at a place or by someone, and a word said in surprise", () => {
    expect(
      said(
        "And de summer workshop where we teach de youth to walk on stilts, dat is a different ting, we don't need dat in here.",
      ),
    ).toEqual(["summer workshop"]);
    expect(
      said(
        "The porters who carry the rations and firewood up, they arrange among themselves with the trekkers, it is not our matter.",
      ),
    ).toEqual(["porters"]);
    expect(said("And crop insurance, holy, that's a whole other can of worms, not in this.")).toEqual([
      "crop insurance",
    ]);
    expect(said("And the taxis from Kohima to the starting point, kindly do not include.")).toEqual([
      "taxis from Kohima to the starting point",
    ]);
  });

  it("keeps a unit of time said beside the thing, so what is counted in it stays", () => {
    expect(said("And the ELD and the hours, that's the ELD company, not our thing.")).toEqual(["ELD"]);
  });

  it("turns down what others ask the person to do", () => {
    const read = said(
      "And I get letters from all over wanting me to look up their great-great-granddaddy for their genealogy, and I'll help 'em when I can, but I ain't a-fixin' to do that in this.",
    );
    expect(read).toEqual(["look up their great-great-granddaddy"]);
  });
});

describe("a 'no' that is a rule", () => {
  it("keeps what a group does not get, said between what it does", () => {
    expect(said("Tiny tots are free, no contest, they all get $10 day money.")).toEqual([]);
    expect(statements("Tiny tots are free, no contest, they all get $10 day money.")).toEqual([
      "Tiny tots are free, no contest, they all get $10 day money",
    ]);
    // The software is no group a rule is for: its "no" is the person's.
    expect(said("The app is simple, no login.")).toEqual(["login"]);
  });

  it("keeps how many of one go with each of another, and a sentence's verb in the small letters of a feature", () => {
    expect(statements("Five judges every category. Throw out the high and the low.")).toEqual([
      "Five judges every category",
      "Users can throw out the high and the low",
    ]);
  });
});

describe("what says no 'no'", () => {
  it("reads who lacks something, what is not to happen again and where something was not as no 'no'", () => {
    expect(said("Then we give it out free to the elders and to families that don't have a hunter.")).toEqual(
      [],
    );
    expect(statements("Then we give it out free to the elders.")).toEqual([
      "Users can give it out free to the elders",
    ]);
    expect(said("Ajurnarmat, that's how it goes, but I don't want that again.")).toEqual([]);
    expect(said("Last fall the sexton hit a vault that wasn't on no card.")).toEqual([]);
    expect(
      said("And the carvings, people always ask if we buy carvings, that's the co-op, don't put it."),
    ).toEqual(["carvings"]);
  });

  it("keeps what cannot be done without a thing, a 'no' for a day and what the person does not allow as rules", () => {
    expect(said("No tag, we can't take it.")).toEqual([]);
    expect(statements("No tag, we can't take it.")).toEqual(["No tag, we can't take it"]);
    expect(said("No GPS, we don't need it.")).toEqual(["GPS"]);
    expect(said("There's no burials on Decoration Day, that's the second Sunday in May.")).toEqual([]);
    const graves =
      "Every grave has to have a marker set within a year, and we don't allow no curbing around a grave no more.";
    expect(said(graves)).toEqual([]);
    expect(statements(graves)).toEqual([
      "Every grave has to have a marker set within a year",
      "We don't allow no curbing around a grave no more",
    ]);
  });

  it("keeps a 'no' that lasts until something, or needs a thing, as a rule", () => {
    expect(said("Collect freight, da agent can't release it till it paid.")).toEqual([]);
    expect(said("Stock too, the till got that.")).toEqual(["Stock"]);
    expect(said("Every booking have a drummer, no jumbie dance without de drum.")).toEqual([]);
  });

  it("keeps who a rule is for with it when 'they' takes them up again", () => {
    const read = statements(
      "De children in de troupe, under 16, dey don't go out after 9 o'clock at night, dey mother would kill me.",
    );
    expect(read.some((statement) => /under 16\b.*after 9/.test(statement))).toBe(true);
  });

  it("joins no clause with a verb of its own to the one 'he' opens", () => {
    const read = statements(
      "My boy comes to the client's stall, he finds the client by name, and records today's contribution.",
    );
    expect(read).toContain("Users can record today's contribution");
    expect(read.some((statement) => /stall finds/.test(statement))).toBe(false);
  });

  it("keeps a figure worked out from others, and what each step of a measure adds, as rules", () => {
    expect(statements("Net weight is gross minus tare, in kilograms.")).toEqual([
      "Net weight is gross minus tare, in kilograms",
    ]);
    expect(
      statements(
        "For every half a percent over, it's $5 a tonne more, and for every half a percent under, it's $5 a tonne less.",
      ),
    ).toEqual([
      "For every half a percent over, it's $5 a tonne more, and for every half a percent under, it's $5 a tonne less",
    ]);
  });

  it("keeps a number written with a comma whole", () => {
    const pieces = extras(
      "It's a country cemetery, been there since before the War, and there's right at 1,100 folks buried in it.",
    );
    expect(pieces.some((piece) => piece.includes("1,100 folks"))).toBe(true);
    expect(pieces.some((piece) => piece.startsWith("100"))).toBe(false);
  });

  it("reads a closing with a word for the one asking, and thanks for the help, as nothing more", () => {
    expect(NOTHING_MORE.test("No, honey, I believe that's it. Y'all have been a big help. Thank you.")).toBe(
      true,
    );
    expect(NOTHING_MORE.test("No. That'd be gradely. Ta, cock.")).toBe(true);
    expect(NOTHING_MORE.test("That would be great if it sent texts.")).toBe(false);
  });
});

describe("the person's things and their changes", () => {
  it("reads what each is in, then what it has got, and fields named by who or whether", () => {
    expect(
      things(
        "Then the lots, every lot has its section and its number, the price and who the contact person is. Then the graves, every grave is in one lot, and it's got its space number, the name of who's buried there, the date born and the date died, the funeral home and whether the marker's set.",
      ),
    ).toEqual([
      ["lots", ["section", "number", "price", "contact person"]],
      ["graves", ["lot", "space number", "name", "date born", "date died", "funeral home", "marker set"]],
    ]);
  });

  it("reads no field or thing from a time or from what is done to a thing or by people", () => {
    expect(
      things("Sessions: client, date\nEach session belongs to a client and is paid at the end of the month."),
    ).toEqual([["sessions", ["client", "date"]]]);
    expect(things("Customers: name, email. Customers sign up with email.")).toEqual([
      ["customers", ["name", "email"]],
    ]);
    expect(things("Orders are a customer, the products and the total.")).toEqual([
      ["orders", ["customer", "products", "total"]],
    ]);
  });

  it("names a thing without the person keeping it, parts fields joined by '+', and names none after a verb", () => {
    expect(things("We store tracks with title, artist, bpm and key.")).toEqual([
      ["track", ["title", "artist", "bpm", "key"]],
    ]);
    expect(things("We'd track customers (name + phone), their cars (make, model, reg).")).toEqual([
      ["customers", ["name", "phone"]],
      ["cars", ["make", "model", "reg"]],
    ]);
    expect(
      things("Animals: name, species, enclosure. Keepers look after several enclosures.").map(
        ([name]) => name,
      ),
    ).toEqual(["animals"]);
  });

  it("renames with the new name in quotes, and moves a field said to belong on another thing", () => {
    expect(
      edited(
        "Trekkers (name, phone)\nBookings (trekker, date)",
        "Kindly change one thing before I approve. Please call the trekkers 'visitors' instead, because many come for the day. Otherwise it is fine.",
      ),
    ).toEqual([
      ["visitors", ["name", "phone"]],
      ["bookings", ["trekker", "date"]],
    ]);
    expect(
      edited(
        "Families: family name, phone. Lots: section, price, contact person.",
        "That contact person ought not to be on the lots, it ought to be on the families. It's the family I call, not the lot.",
      ),
    ).toEqual([
      ["families", ["family name", "phone", "contact person"]],
      ["lots", ["section", "price"]],
    ]);
  });
});

describe("stories of before", () => {
  it("reads a story with its time said last, or in the fall, as why the software is wanted", () => {
    expect(isBackground("Had a fella in Orrell owed me £60 last year.")).toBe(true);
    expect(isBackground("Last fall the Bakers went to bury their daddy and the sexton hit a vault.")).toBe(
      true,
    );
    expect(isBackground("I want to see what we sold last year.")).toBe(false);
    expect(isBackground("It should show the totals from last season.")).toBe(false);
  });
});

describe("changes said short", () => {
  it("puts a field on the thing the change before named, pointed at as 'em", () => {
    expect(
      edited(
        "Customers - name, street, phone. Streets - name, order on the round.",
        "Tek the phone off customers, I don't ring nobody. Put notes on 'em. Dog, side gate, that sort.",
      ),
    ).toEqual([
      ["customers", ["name", "street", "notes"]],
      ["streets", ["name", "order on the round"]],
    ]);
  });

  it("takes a field off the one thing that has it when no thing is named, and names no thing from what nobody may do", () => {
    const listed =
      "Dancers: name, category, tribe. Judges: name, category. Every dancer is in one category, you can't dance two.";
    expect(things(listed).map(([name]) => name)).toEqual(["dancers", "judges"]);
    expect(
      edited(
        listed,
        "Take the tribe off, they come from all over. Put their contest number on, the number they pin on their back.",
      ),
    ).toEqual([
      ["dancers", ["name", "category", "contest number"]],
      ["judges", ["name", "category"]],
    ]);
  });

  it("reads Maltese and Marathi changes, the thing's name carrying its 'from' or 'on'", () => {
    expect(
      edited(
        "Membri: isem, indirizz, telefon. Klijenti: isem, telefon.",
        "Neħħi l-indirizz mill-membri, m'għandniex bżonnu. U żid id-data tat-twelid mal-membri.",
      ),
    ).toEqual([
      ["membri", ["isem", "telefon", "data tat-twelid"]],
      ["klijenti", ["isem", "telefon"]],
    ]);
    expect(
      edited(
        "1. कार्यकर्ते: नाव, मोबाईल, भाग\n2. देणगीदार: नाव, पत्ता",
        "एक बदल करा: भाग कार्यकर्त्यांवरून काढून देणगीदारांवर टाका, कारण हिशोब भागानुसार लागतो. आणि देणगीदारांवर PAN नंबर पण टाका.",
      ),
    ).toEqual([
      ["कार्यकर्ते", ["नाव", "मोबाईल"]],
      ["देणगीदार", ["नाव", "पत्ता", "भाग", "pan नंबर"]],
    ]);
  });
});

describe("the 'no' of other languages", () => {
  it("reads Maltese, whose 'the' is joined to the word", () => {
    expect(
      said(
        "Il-bar tal-każin għandu l-kuntrattur tiegħu, ħallih barra. U n-nar tal-festa tagħmlu għaqda oħra għal kollox, m'għandniex x'naqsmu magħha, la ddaħħalhux.",
      ),
    ).toEqual(["bar tal-każin", "nar tal-festa"]);
  });

  it("finds no Marathi 'no' inside a Nepali word", () => {
    expect(said("गेस्टले मिति, समय र उडानको किसिम छान्छ।")).toEqual([]);
  });

  it("reads Marathi, written in the letters of Hindi", () => {
    expect(
      said(
        "विसर्जन मिरवणुकीचं नियोजन पोलिसांबरोबर वेगळं होतं, ते यात नको. आणि रक्तदान शिबिर आम्ही वेगळं घेतो, ते पण टाकू नका.",
      ),
    ).toEqual(["विसर्जन मिरवणुकीचं नियोजन", "रक्तदान शिबिर"]);
  });
});

describe("the spec's own words", () => {
  it("name no bar in the navigation, so a bar turned down is nowhere", () => {
    const screens = deriveScreens({
      entities: ["member", "payment"],
      accounts: "email",
      search: "keyword",
      sharing: "none",
      settings: ["in-app"],
      dashboards: "none",
      mainExperience: null,
      mockups: [],
    });
    expect(screens.join("\n")).not.toMatch(/\bbar\b/i);
    expect(screens.some((screen) => screen.startsWith("Navigation:"))).toBe(true);
  });
});

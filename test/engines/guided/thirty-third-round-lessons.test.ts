import { describe, expect, it } from "vitest";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-third round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: records with brackets inside brackets, with
 * what a field is or why it is kept said after it, and told as "for the X we keep …"; a
 * pair of "no"s that is a rule of one thing on another; a thing turned down after who does
 * it; rules said as what may be done on terms, as a condition, or past a measure; and
 * Irish and Gujarati, their renames and changes, their "no"s and how they tell of today.
 */

describe("records told as people tell them", () => {
  it("reads a thing's brackets whole when a field in them has brackets of its own", () => {
    expect(
      things(
        "Payments (order, amount, method (cash or transfer), date)\nPits (number, family, last recharged)",
      ),
    ).toEqual([
      ["payments", ["order", "amount", "method", "date"]],
      ["pits", ["number", "family", "last recharged"]],
    ]);
  });

  it("reads 'For the karigars we keep …' as the karigars' fields", () => {
    expect(things("For the karigars we keep their name, their village and the weekly wage.")).toEqual([
      ["karigars", ["name", "village", "weekly wage"]],
    ]);
  });

  it("reads no field and no thing in what a field is, or why it is kept, said after it", () => {
    expect(
      things(
        "Every team has a name, a captain, their home spot, that's the bar or the hall where they play, and if they paid. Every player has a name, a nickname, cause everybody here goes by a nickname, ya know, nobody knows him but everybody knows Bush, and which team he plays for.",
      ),
    ).toEqual([
      ["team", ["name", "captain", "home spot", "paid"]],
      ["player", ["name", "nickname", "team"]],
    ]);
  });

  it("reads 'the away pair' and 'how many games each side won' as fields", () => {
    expect(
      things(
        "And the sets, that's the match, the home pair, the away pair and how many games each side won.",
      ),
    ).toEqual([["sets", ["match", "home pair", "away pair", "how many games"]]]);
  });

  it("keeps a second field of the same name as whose it is", () => {
    expect(
      things("Every committee has the club's name, the para, the secretary's name and his phone number."),
    ).toEqual([["committee", ["name", "para", "secretary name", "phone number"]]]);
  });

  it("takes a field off the one thing that has it, and puts the next on the same thing", () => {
    expect(
      edited(
        "drivers - name, phone, licence class. jobs - farm, driver, date",
        "drop the licence class. put their hourly rate on",
      ),
    ).toEqual([
      ["drivers", ["name", "phone", "hourly rate"]],
      ["jobs", ["farm", "driver", "date"]],
    ]);
    // A thing's own name takes the thing out, whatever else has a field of that name.
    expect(edited("drivers - name, phone. jobs - farm, driver, date", "drop the drivers")).toEqual([
      ["jobs", ["farm", "driver", "date"]],
    ]);
  });
});

describe("'no's that are rules, and 'no's that are not", () => {
  it("reads 'No X, no Y' as a rule when the person keeps one of the two, and as two 'no's otherwise", () => {
    expect(
      said("Every farmer must have a farm number from Biosecurity. No farm number, no collection."),
    ).toEqual([]);
    expect(
      said("The customer pays full before loading. No money, no loading, I learnt it the hard way."),
    ).toEqual([]);
    expect(said("We track jobs. No GPS, no chat.")).toEqual(["GPS", "chat"]);
  });

  it("turns down a thing said with who does what with it, without 'that'", () => {
    expect(
      said(
        "The yaqona the farmers sell to the buyers in Somosomo, and the copra for the mill, that is not for us, sega.",
      ).map((thing) => thing.toLowerCase()),
    ).toEqual(["yaqona", "copra for the mill"]);
    expect(said("And the quiz league some of the pubs do, that's another lot altogether.")).toEqual([
      "quiz league",
    ]);
  });

  it("reads what the software isn't going to do as a 'no', and a 'no' past a measure as a rule", () => {
    expect(said("It ain't gonna go fetch the weather off the internet, y'all pass it the numbers.")).toEqual([
      "fetch the weather off the internet",
    ]);
    expect(said("Don't feed under 50 degrees.")).toEqual([]);
    expect(statements("Don't feed under 50 degrees.")).toEqual(["Don't feed under 50 degrees"]);
  });

  it("takes 'no need for a list', said of something taken out, as no 'no' to lists", () => {
    expect(said("Only take out the collectors, it's only me and Jone, no need for a list.")).toEqual([]);
  });
});

describe("rules kept whole", () => {
  it("keeps what may be done, and the terms it must keep, as one rule", () => {
    expect(
      statements(
        "A match can be put off once, but it got to be played inside 14 days or the side what asked loses it.",
      ),
    ).toEqual([
      "A match can be put off once, but it got to be played inside 14 days or the side what asked loses it",
    ]);
  });

  it("keeps a condition and what follows from it, whatever the words of the result", () => {
    expect(
      statements("If a man floors all nine with his first ball, that's a floorer, and it goes in the book."),
    ).toEqual(["If a man floors all nine with his first ball, that's a floorer, and it goes in the book"]);
  });

  it("keeps what is done to each of a thing, said without who does it", () => {
    expect(
      statements("The moulders are paid by the thousand, $6 for every thousand bricks they mould."),
    ).toEqual(["The moulders are paid by the thousand, $6 for every thousand bricks they mould"]);
  });
});

describe("Irish", () => {
  it("reads Irish 'no's after the thing, and its own small words as no English", () => {
    expect(
      said(
        "Na busanna ó Bhaile Átha Cliath agus ó Chorcaigh, déanann comhlacht eile iad sin, ná cuir isteach iad. Agus siopa milseán an choláiste, níl baint aige leis seo.",
      ),
    ).toEqual(["busanna", "siopa milseán an choláiste"]);
  });

  it("reads no record in 'Gaeilge amháin a labhraítear …', whose 'a' is no French 'has'", () => {
    expect(things("Gaeilge amháin a labhraítear sa gcoláiste.", false)).toEqual([]);
    expect(things("Chaque client a un nom et une adresse.", false)).toEqual([["client", ["nom", "adresse"]]]);
  });

  it("renames a record when asked in Irish at the review", () => {
    const state = atTheReview(
      "Suíomh gréasáin don choláiste samhraidh",
      "Teaghlaigh (bean an tí, seoladh, fón), Rabhaidh (scoláire, dáta)",
    );
    const { state: changed } = applyChange(
      state,
      "Rud amháin: athraigh an t-ainm 'Teaghlaigh' go 'Tithe', sin a thugann muid orthu. Go raibh maith agat.",
    );
    expect(thingsOf(changed).map((thing) => thing.said)).toEqual(["tithe", "rabhaidh"]);
  });
});

describe("a change, and a 'no', said as English is spoken", () => {
  it("puts a field said with no thing on the things the change before named, however it named them", () => {
    expect(
      edited(
        "Every player have a name, a phone number, a nickname, and which team he play for.",
        "Take off the phone number from the players, people don't want dem number on no website. And put the district dey from, West Bay or George Town, cause every district like to brag.",
      ),
    ).toEqual([["player", ["name", "nickname", "team", "district"]]]);
  });

  it("reads no 'no' in what people at large want, in a 'no' said where something must not go, or in what someone never heard the end of", () => {
    expect(said("Take off the phone number, people don't want dem number on no website.")).toEqual([]);
    expect(
      said(
        "Eh-eh, last season I add up one team wrong and, hoss, I never hear the end of it till Christmas.",
      ),
    ).toEqual([]);
  });

  it("reads no feature in a thing named, said of, and kept out in one sentence", () => {
    expect(
      splitStatements(
        "The knockout cup, the cup committee do that theirselves, keep it out. And the quiz league some of the pubs do, that's another lot altogether.",
        { keepVerbless: true, interviewInEnglish: true },
      ),
    ).toEqual([]);
    expect(
      said(
        "The fibreglass idols that go to London and New Jersey, my uncle handles those separately, that is another line altogether, keep it out.",
      ),
    ).toEqual(["fibreglass idols"]);
  });

  it("keeps 'Every team got 6 players' and 'the hours for each farm and each driver' whole", () => {
    expect(statements("Every team got 6 players, dat's 3 pairs.")).toEqual([
      "Every team got 6 players, dat's 3 pairs",
    ]);
    expect(
      splitStatements(
        "each job the boys put in the farm, paddock, machine, hours and bales\nwrapped bales $14 a bale\ntractor hours $150 an hour, the forage harvester $420\nno job starts without the farmers ok. bloke cut the wrong paddock last year, hard case\nevery machine greased every 10 hours, app should tell them\nfriday i want the hours for each farm and each driver",
        { keepVerbless: false },
      ).at(-1),
    ).toEqual("Friday i want the hours for each farm and each driver");
  });
});

describe("Gujarati, and today told in other languages", () => {
  it("reads Gujarati 'no's after the thing, ended by 'તો'", () => {
    expect(
      said("માંજો ને ફિરકી તો બાજુમાં મારા ભાઈની દુકાન છે, એ એનો ધંધો, એ ના નાખતા. ને ટુક્કલ તો અમે વેચતા જ નથી."),
    ).toEqual(["માંજો", "ફિરકી", "ટુક્કલ"]);
  });

  it("adds and takes off a field as Gujarati says it", () => {
    expect(
      edited(
        "વેપારી: નામ, ગામ\nકારીગર: નામ, મોબાઈલ, ગામ",
        "વેપારીમાં ટ્રાન્સપોર્ટ પણ ઉમેરો, બહારગામનો માલ મોકલવો એ ખબર પડે. અને કારીગરમાંથી ગામ કાઢી નાખો, એની જરૂર નથી.",
      ),
    ).toEqual([
      ["વેપારી", ["નામ", "ગામ", "ટ્રાન્સપોર્ટ"]],
      ["કારીગર", ["નામ", "મોબાઈલ"]],
    ]);
  });

  it("reads a sentence that opens on today, in Gujarati and in Irish, as how it is done now", () => {
    expect(isBackground("હાલ ઓર્ડર WhatsApp પર આવે અને બધું ચોપડામાં લખીએ.")).toBe(true);
    expect(isBackground("એટલે મારે મોબાઈલમાં એક એપ જોઈએ છે.")).toBe(false);
    expect(isBackground("Faoi láthair tá chuile rud i scarbhileog Excel agus ar pháipéar.")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { isCaseWithout } from "../../../src/engines/guided/understanding/case-rules.js";
import { pointedBackExclusions } from "../../../src/engines/guided/understanding/exclusions-pointed-back.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the twenty-ninth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: a rule for one case ("Funerals, no deposit")
 * turns nothing down; a limit said without a verb is a rule; a condition between a subject
 * and its verb stays with both; a change brought in by words before a colon is a change;
 * a field named as its thing is kept; the "no"s of Caribbean and formal East African
 * English, and the closings of South African English, are read.
 */

describe("a rule for one case", () => {
  it("turns nothing down, and is kept whole", () => {
    expect(isCaseWithout("Funerals, no deposit.")).toBe(true);
    expect(isCaseWithout("Kids under 5, no charge")).toBe(true);
    expect(said("They pay 50% by Zelle to hold the date. Funerals, no deposit. That's respect.")).toEqual([]);
    expect(statements("Funerals, no deposit. That's respect, simón.")).toEqual(["Funerals, no deposit"]);
    // The person's own "no" stays one.
    expect(said("No web server, no database.")).toEqual(["web server", "database"]);
    expect(said("Payments, no thanks.")).toEqual(["Payments"]);
    expect(said("an the church raffle, no bye")).toEqual(["church raffle"]);
  });

  it("keeps a limit said without a verb", () => {
    expect(statements("Saturdays two hours minimum, that's our big day.")).toEqual([
      "Saturdays two hours minimum, that's our big day",
    ]);
  });
});

describe("a 'no' that is a rule", () => {
  it("keeps who pays nothing, and a 'no' said of a thing or of others that leaves nothing out", () => {
    expect(statements("Kids 11 and under don't need one, they're free.")).toEqual([
      "Kids 11 and under don't need one, they're free",
    ]);
    expect(statements("Rejected milk is recorded, but it is not paid.")).toEqual([
      "Rejected milk is recorded, but it is not paid",
    ]);
    expect(statements("The ferry doesn't run on Sundays.")).toEqual(["The ferry doesn't run on Sundays"]);
    // The person's own "no" is one still.
    expect(statements("We don't need payments.")).toEqual([]);
    expect(statements("Our customers don't want chat.")).toEqual([]);
  });

  it("keeps what follows a limit on how often, and the choices on offer said alone", () => {
    expect(statements("Guests can come fir £3 a dook, but only twice, then they've tae join.")).toEqual([
      "Guests can come fir £3 a dook, but only twice, then they've tae join",
    ]);
    expect(statements("Big one 9 by 13 is $95. Chicken or pork. Orders close December 15.")).toContain(
      "Chicken or pork",
    );
    expect(statements("Yes or no.")).toEqual([]);
  });

  it("keeps how a total is broken down with it", () => {
    expect(
      statements(
        "And every night I need the totals, how many of each badge and the money, by street end and online, so I can give the council their numbers.",
      )[0],
    ).toContain("by street end and online");
  });
});

describe("sentences the rules before had lost", () => {
  it("reads 'same as the federation does it' as how, 'from them' as where, a printout as no paper of today", () => {
    expect(
      statements(
        "From them the program wants to work out the distance from each race point to each loft, in miles and yards, same as the federation does it.",
      ),
    ).toHaveLength(1);
    expect(
      isBackground(
        "When the birds come home, each member's clock records the time, and I type in the clock time for each bird off the clock's printout.",
      ),
    ).toBe(false);
  });

  it("reads a thing wanted as what users get, a kind of software named as no action", () => {
    expect(statements("I need a list of the clients who haven't replied.")).toEqual([
      "Users can get a list of the clients who haven't replied",
    ]);
    expect(statements("We'd love a map of the houses.")).toEqual(["Users can get a map of the houses"]);
    expect(statements("Every night I need the totals.")).toEqual(["Users can get the totals every night"]);
    expect(
      statements(
        "At the moment that's me with a mail merge, and half of them never come back to us, so I'd also like a list of the clients who haven't replied.",
      ),
    ).toEqual(["Users can get a list of the clients who haven't replied"]);
    expect(statements("I want a website for the bookings.")).toEqual([]);
    expect(statements("booking system for our 2 school minibuses")).toEqual([]);
    expect(
      statements(
        "Every 20 seconds each tracker posts the vehicle's fleet number with its latitude and longitude.",
      ),
    ).toEqual([
      "Each tracker posts the vehicle's fleet number with its latitude and longitude every 20 seconds",
    ]);
  });

  it("keeps a rule opened by a time or a topic, a number with its comma, and a day without something", () => {
    expect(
      statements(
        "On the day, when the doctor arrives, the counter presses doctor arrived in our hospital system, and all the patients in that session get an SMS.",
      ),
    ).toHaveLength(1);
    expect(
      statements(
        "For the dividend, the trustees decide at the AGM on a rate per share, say 12 cents a share.",
      ),
    ).toEqual(["For the dividend, the trustees decide at the AGM on a rate per share"]);
    expect(statements("If the session is full it must say so, we don't do overbooking.")).toEqual([
      "If the session is full it must say so",
    ]);
    expect(
      statements("Every day from Monday to Saturday each driver pays a daily target of 1,200 shillings."),
    ).toEqual(["Each driver pays a daily target of 1,200 shillings every day from Monday to Saturday"]);
    expect(said("Sunday is the driver's own day, no target.")).toEqual([]);
    expect(statements("Sunday is the driver's own day, no target.")).toEqual([
      "Sunday is the driver's own day, no target",
    ]);
  });

  it("keeps a rule with its name before a colon, and a limit in a list without a verb", () => {
    expect(
      statements(
        "Rule 4: when a horse is withdrawn late, the winnings are cut by so many pence in the pound, and never more than 75p in the pound.",
      ),
    ).toEqual([
      "Rule 4: when a horse is withdrawn late, the winnings are cut by so many pence in the pound, and never more than 75p in the pound",
    ]);
    expect(
      statements("Singles, each way, doubles, trebles, and the accumulators up to 8 selections."),
    ).toHaveLength(1);
  });
});

describe("a 'no' for a time, in a reason, or said firmly", () => {
  it("leaves nothing out", () => {
    expect(
      said(
        "And we don't take no sacks after 8 o'clock at night, because the trucks leave at 9 and crawfish don't keep sitting in the shed all night.",
      ),
    ).toEqual([]);
    expect(statements("And we don't take no sacks after 8 o'clock at night.")).toEqual([
      "We don't take no sacks after 8 o'clock at night",
    ]);
    expect(
      said("And nobody under 21 drives a customer's car, period, the insurance won't cover it."),
    ).toEqual([]);
    // The person's own "no", with its reason, is one still.
    expect(said("We don't want chat because people talk in the garden.")).toEqual(["chat"]);
  });

  it("keeps how many one of a thing holds, and a time before something as its condition", () => {
    expect(
      statements("A cow has seven shares and a goat is one share, so it's like £75 for a cow share.")[0],
    ).toContain("A cow has seven shares");
    expect(
      statements("Three months before a lease ends, the app should send the family a renewal letter.")[0],
    ).toBe("Three months before a lease ends, the app should send the family a renewal letter");
  });

  it("keeps a limit said with 'can't be more than', and two things shown", () => {
    expect(
      statements(
        "DRC can't be more than 70 percent, if the test say more than that, the library must refuse it.",
      ),
    ).toContain("DRC can't be more than 70 percent");
    expect(statements("A new seller has to show photo ID and proof of address.")).toEqual([
      "A new seller has to show photo ID and proof of address",
    ]);
  });
});

describe("a sentence whose parts hang on each other", () => {
  it("keeps a condition said between a subject and its verb with both", () => {
    expect(
      statements(
        "Special levies, when the trustees decide to fix the roof or whatever, get split by quota over however many months they say.",
      ),
    ).toEqual([
      "Special levies get split by quota over however many months they say when the trustees decide to fix the roof or whatever",
    ]);
    expect(
      statements(
        "When the lactometer reading is below 26, it means water was added to the milk, and the milk is rejected.",
      ),
    ).toEqual([
      "When the lactometer reading is below 26, it means water was added to the milk, and the milk is rejected",
    ]);
  });

  it("keeps a limit pointing back with what it limits, and a list of bare words as one", () => {
    expect(
      statements(
        "During the period a farmer may ask for an advance through the USSD, but it cannot exceed 50 percent of the value of the milk he has already delivered.",
      ),
    ).toEqual([
      "During the period a farmer may ask for an advance through the USSD, but it cannot exceed 50 percent of the value of the milk he has already delivered",
    ]);
    expect(
      statements(
        "And it must give back every line separately, admin, reserve, water, garage, garden, special levy, interest, so the statement can show each one.",
      ),
    ).toHaveLength(1);
  });

  it("keeps the things a subject is, said between it and its verb, as an aside", () => {
    expect(
      statements(
        "Each unit pays its own sub-meter reading, and whatever's left over, the common property water, the garden taps and the pool, gets split by quota.",
      ).join(" | "),
    ).toContain(
      "whatever's left over (the common property water, the garden taps and the pool) gets split by quota",
    );
  });

  it("knows digging, mending and harvesting as things done", () => {
    expect(statements("After 60 days the rangers dig the nest and count how many hatched.")).toEqual([
      "After 60 days the rangers dig the nest",
      "After 60 days the rangers count how many hatched",
    ]);
  });
});

describe("the person's things and their changes", () => {
  it("keeps a field named as its thing, and things that 'got' fields", () => {
    expect(things("There's the prices, that's the buyer, the grade, the height and the price.")).toEqual([
      ["prices", ["buyer", "grade", "height", "price"]],
    ]);
    expect(
      things("Clients got a name, phone and email. And the songs, the gig and the song they want."),
    ).toEqual([
      ["songs", ["gig", "song"]],
      ["client", ["name", "phone", "email"]],
    ]);
  });

  it("names a thing kept for each of others before its colon, and no thing in what only some have", () => {
    expect(things("Scores, for every player in every match: the fixture, the player, legs won.")).toEqual([
      ["scores", ["fixture", "player", "legs won"]],
    ]);
    expect(
      things(
        "And no pub has two matches on the one night, for some of the pubs only have the one board. Then the away captain confirms it, for there's always some boy says the score's wrong.",
        false,
      ),
    ).toEqual([]);
  });

  it("gives the fields to the things in a place, not to the place, past an example", () => {
    expect(
      things("The spaces in the yard have a code, like B7, the row, and the maximum length that fits in it."),
    ).toEqual([["space", ["code", "row", "maximum length"]]]);
  });

  it("gives two things said with one list all of it, and names a thing by the word settled on", () => {
    expect(
      things(
        "There's the person who died, the deceased, with their full name and date of death. And the walls and the rose beds themselves are just a name each, like 'East Wall' or 'Rose Bed 4', and how many positions they hold.",
      ),
    ).toEqual([
      ["walls", ["name", "how many positions"]],
      ["rose beds", ["name", "how many positions"]],
      ["deceased", ["full name", "date of death"]],
    ]);
  });

  it("reads brackets in a list after a dash as a field's values, and keeps 'first aid' in a name", () => {
    expect(
      things(
        "rescues - patrol, time, method (board, tube, irb), age\nfirst aid cases - patrol, time, injury\nclasses - name (pot leeks, onions), prize money",
      ),
    ).toEqual([
      ["rescues", ["patrol", "time", "method", "age"]],
      ["first aid cases", ["patrol", "time", "injury"]],
      ["classes", ["name", "prize money"]],
    ]);
  });

  it("reads 'each ride's one rider in one event' as what each ride is", () => {
    const read = things("Rides: rider, event, start time. Each ride's one rider in one event.");
    expect(read.map(([name]) => name)).toEqual(["rides"]);
  });

  it("applies a change brought in before a colon, or put on 'instead'", () => {
    expect(
      edited(
        "Children: name, parent, date of birth",
        "One more ting before ah forget: put de school on de children, which school dey going, Girls' High, Grammar School. Dat is all, thank you.",
      ),
    ).toEqual([["children", ["name", "parent", "date of birth", "school"]]]);
    expect(
      edited(
        "Riders: name, date of birth, club, junior",
        "Tek the club off riders, they're all ours bar the odd one. Put their sex on instead, standards int the same for the women.",
      ),
    ).toEqual([["riders", ["name", "date of birth", "junior", "sex"]]]);
  });
});

describe("the 'no' and the talk", () => {
  it("reads a 'no' pointing back in Caribbean English, and 'not concerned by this service'", () => {
    expect(
      pointedBackExclusions(
        "De lunch and de snacks we does sell at de centre, leave dat out, dat is my sister own business.",
      ),
    ).toEqual(["the lunch", "the snacks"]);
    expect(
      pointedBackExclusions(
        "The artificial insemination and the veterinary services are not concerned by this service.",
      ),
    ).toEqual(["The artificial insemination", "the veterinary services"]);
    expect(
      statements(
        "And the trunk-or-treat at our church, we just donate a bounce house for that, so no, that doesn't go in.",
      ),
    ).toEqual([]);
  });

  it("finds no 'no' in a rule with its condition after it, or in a saying", () => {
    expect(
      said(
        "After every party the boys mark the unit cleaned, and it can't go out again till it's marked, because you do not want to know what we find in there.",
      ),
    ).toEqual([]);
    expect(said("so no, that doesn't go in")).not.toContain("go in");
  });

  it("takes a name and 'here', and South African closings, for talk", () => {
    expect(isTalkAboutTheTalk("Kreshen Naidoo here, I'm a developer at a managing agent in Umhlanga.")).toBe(
      true,
    );
    expect(isTalkAboutTheTalk("Ja no, that's it")).toBe(true);
    expect(isTalkAboutTheTalk("Shot, thanks hey")).toBe(true);
    expect(isTalkAboutTheTalk("Bookings here, we need them")).toBe(false);
  });

  it("reads exercise books, said without an article, as today's paper", () => {
    expect(
      isBackground("The rangers write everything in exercise books, then the books get wet in the canoe."),
    ).toBe(true);
  });
});

describe("Haitian Creole and Uzbek", () => {
  it("reads a 'no' after the thing, the thing ending on its 'the'", () => {
    expect(
      said(
        "Ti boutik glas la bò depo a se pou frè m, kite l deyò. Sachè dlo yo tou, se lòt moun ki vann yo, pa mete sa ladan l.",
      ),
    ).toEqual(["Ti boutik glas", "Sachè dlo"]);
    expect(
      said(
        "Karnay-surnay, xonandalar, musiqachilar bilan oila o'zi kelishadi, buni qo'shmang. To'y torti ham boshqa joydan buyurtma qilinadi, kerak emas.",
      ),
    ).toEqual(["Karnay-surnay", "xonandalar", "To'y torti"]);
  });

  it("applies a change put on or taken off a thing", () => {
    expect(
      edited(
        "Chofè: non, telefòn",
        "Yon dènye bagay: mete nimewo plak moto a sou chofè yo tou, pou si gen pwoblèm nan lari a. Se tout, mèsi anpil.",
      ),
    ).toEqual([["chofè", ["non", "telefòn", "nimewo plak moto"]]]);
    expect(
      edited(
        "Mijozlar — ism, telefon, pasport raqami. Buyurtmalar — mijoz, zal, sana.",
        "Mijozlardan pasport raqamini olib tashlang, kerak emas. Buyurtmalarga kuyov va kelinning ismini qo'shing.",
      ),
    ).toEqual([
      ["mijozlar", ["ism", "telefon"]],
      ["buyurtmalar", ["mijoz", "zal", "sana", "kuyov", "kelinning ismi"]],
    ]);
  });

  it("reads the values of a field said with 'yoki' as values, and today said in both", () => {
    expect(things("Buyurtmalar — mijoz, zal, sana, turi (to'y yoki osh), mehmonlar soni.")).toEqual([
      ["buyurtmalar", ["mijoz", "zal", "sana", "turi", "mehmonlar soni"]],
    ]);
    expect(isBackground("Kounye a se nan yon kaye mwen ekri tout kòmand yo.")).toBe(true);
    expect(isBackground("Hozir hamma buyurtmalar telefon va Telegram orqali keladi.")).toBe(true);
  });
});

describe("today's paper and tools, and names that are no things", () => {
  it("reads a calculator, an envelope, a ruler, a biro and Excel as today's", () => {
    for (const sentence of [
      "I do all that on the back of an envelope with a calculator on the Monday of a wedding week.",
      "The clerks sit with a ruler going line by line, matching payments to students.",
      "I've done it on squared paper with a biro for twenty-odd year.",
      "Then I type the whole lot into Excel and stick the table up on the Facebook page.",
      "Everything is written in a visitors' register book that nobody can search.",
      "In the Android app the calculation is copy-pasted in three places.",
    ])
      expect(isBackground(sentence), sentence).toBe(true);
    expect(isBackground("It exports the table into Excel.")).toBe(false);
    expect(isBackground("The app adds it all up like a calculator.")).toBe(false);
  });

  it("makes no thing of a person's full name, a count, a blessing or 'let me call it that'", () => {
    // (The priests are kept by their name alone; the name given as an example is no thing.)
    expect(things("The priests are just their name, like Rev. Fr. Emeka Nwosu.")).toEqual([
      ["priest", ["name"]],
    ]);
    expect(
      things(
        "Most of them have one boat but some have two or three. Then every winter a boat comes out there is a stay, let me call it that: the boat, the space, the launch date.",
      ),
    ).toEqual([["stay", ["boat", "space", "launch date"]]]);
    expect(
      things("Every badge belongs to one order, my sister-in-law buys eleven every year, God bless her.").map(
        ([name]) => name,
      ),
    ).not.toContain("god bless her");
  });
});

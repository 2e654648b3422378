import { describe, expect, it } from "vitest";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { nextStep } from "../../../src/engines/guided/interview/steps.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { punctuateDictation } from "../../../src/engines/guided/understanding/dictation.js";
import { findExclusions, mentionsExcluded } from "../../../src/engines/guided/understanding/exclusions.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the eleventh round of people the interviewer had not met wrote, and how it reads
 * it now: each case is a way of saying something, not one person's sentence only.
 */

const features = (text: string) => splitStatements(text, { keepVerbless: false, interviewInEnglish: true });

describe("speech typed by a phone's voice input, without stops", () => {
  const spoken =
    "well there's horses each horse has a name who owns it which yard it's kept at what shoeing it has and when it was last done and the owners are just a name and a phone number and a yard has a name an address and the gate code and then a job has the horse the date the work I did and the price";

  it("puts back the stops between records and the commas between fields", () => {
    expect(punctuateDictation(spoken)).toContain(
      "each horse has a name, who owns it, which yard it's kept at, what shoeing it has",
    );
    expect(punctuateDictation(spoken)).toContain(". and a yard has a name, an address and the gate code.");
  });

  it("leaves text with its own stops as it was", () => {
    const written = "Each horse has a name and an owner. A yard has an address.";
    expect(punctuateDictation(written)).toBe(written);
  });

  it("reads every record with its fields", () => {
    expect(things(spoken)).toEqual([
      ["horse", ["name", "owner", "yard", "shoeing"]],
      ["owner", ["name", "phone number"]],
      ["yard", ["name", "address", "gate code"]],
      ["job", ["horse", "date", "work", "price"]],
    ]);
  });

  it("ends what is left out where a new clause starts", () => {
    expect(
      said(
        "there's no signal at half these yards so it has to work without it and don't bother with taking payments in it people pay me by bank transfer",
      ),
    ).toEqual(["taking payments"]);
    expect(findExclusions("don't bother with taking payments in it").flatMap((e) => e.keys)).toEqual([
      ["payment"],
    ]);
    expect(
      said("I send them the bill myself I've no use for a map in it I know every lane round here"),
    ).toEqual(["map"]);
  });

  it("applies two changes said in one breath, each without its reason", () => {
    const horses = readThings("Horses: name, owner, last done", { listed: true });
    const changed = applyThingEdit(
      horses,
      "no take the last done off the horses it can work that out from the jobs and put notes on the horses for stuff like he kicks",
    );
    expect(changed.map((thing) => [thing.key, thing.fields.map((field) => field.said)])).toEqual([
      ["horse", ["name", "owner", "notes"]],
    ]);
  });
});

describe("a pasted Markdown brief", () => {
  const brief = [
    "# Machine booking",
    "",
    "## Goals",
    "- **Members** book time on a machine",
    "",
    "## Non-goals",
    "- Payments and membership fees (the treasurer does these)",
    "- Door access with RFID fobs, maybe one day",
  ].join("\n");

  it("drops the marks and the titles, and says the non-goals as things to leave out", () => {
    expect(plainWords(brief)).toBe(
      [
        "- Members book time on a machine",
        "",
        "Leave out Payments and membership fees (the treasurer does these).",
        "Leave out Door access with RFID fobs, maybe one day.",
      ].join("\n"),
    );
    expect(said(plainWords(brief))).toEqual(["Payments and membership fees", "Door access with RFID fobs"]);
  });

  it("reads a record named in bold", () => {
    expect(
      things(
        plainWords("- **Inductions**: which member, which machine, the trainer who signed them off, date"),
      ),
    ).toEqual([["inductions", ["member", "machine", "trainer", "date"]]]);
  });
});

describe("records in long paragraphs", () => {
  it("reads 'are just', 'price per metre', 'comes in two kinds' and a record that runs to its sentence's end", () => {
    expect(
      things(
        "Mouldings first, I've about sixty: each one has a code, a name, a width and a price per metre. Glass comes in two kinds, standard and anti-reflective, each with a price per square metre. Customers are simply a name and a phone number. And an order has the customer, the artwork's width and height, the moulding, the glass and a status, which is one of waiting, ready or collected.",
      ),
    ).toEqual([
      ["mouldings", ["code", "name", "width", "price per metre"]],
      ["glass", ["kind", "price per square metre"]],
      ["customer", ["name", "phone number"]],
      ["order", ["customer", "width", "height", "moulding", "glass", "status"]],
    ]);
  });

  it("takes examples in brackets and an aside for no fields", () => {
    expect(
      things("We have 180 members and 14 machines (laser cutter, two lathes, bandsaw...).", false),
    ).toEqual([]);
    expect(
      things(
        "my nephew Tom, who is far better with computers than I am (which, to be fair, isn't saying much).",
        false,
      ),
    ).toEqual([]);
  });

  it("reads a list with a sign before an item, and 'on duty', as fields", () => {
    expect(things("penalties: driver, race, reason, + time or points taken off")).toEqual([
      ["penalties", ["driver", "race", "reason", "time", "points taken off"]],
    ]);
    expect(things("staff: name, mobile, on duty")).toEqual([["staff", ["name", "mobile", "on duty"]]]);
  });
});

describe("features and context", () => {
  it("reads what a program does after asides about it", () => {
    expect(
      features(
        "What I'd like is a program on the workshop computer, an iMac of a certain age, so nothing too heavy please, that works out the price of a frame while the customer waits.",
      ),
    ).toEqual(["Work out the price of a frame while the customer waits"]);
  });

  it("reads 'can only book' as an action", () => {
    expect(features("A member can only book a machine they've been inducted on")).toEqual([
      "A member can only book a machine they've been inducted on",
    ]);
  });

  it("takes who the person is, and a thought taken back, as context", () => {
    expect(isBackground("I run a small picture framing shop in Bath: just me and my nephew.")).toBe(true);
    expect(isBackground("We're a volunteer-run makerspace with about 180 members.")).toBe(true);
    expect(isBackground("I was going to say it should keep track of my stock as well.")).toBe(true);
    expect(isBackground("We're a bakery and want customers to order online.")).toBe(false);
  });

  it("reads what people cannot do as a fact, and what the software cannot do as a 'no'", () => {
    expect(said("if it goes over 1.2m we can't send boats out, so it texts whoever's on duty")).toEqual([]);
    expect(said("it can't send emails")).toEqual(["send emails"]);
    expect(said("Actually, scrap the stock, I order lengths as I need them.")).toEqual(["stock"]);
    expect(said("Pensando bem, tira esse limite, vai dar mais briga do que ajudar.")).toEqual(["limite"]);
  });
});

describe("the kind of software, and a short first answer", () => {
  it("reads a job that runs by itself as a command-line tool", () => {
    expect(saidKind("none of those, it's a job that runs by itself every 15 minutes")).toBe(
      "command-line tool",
    );
  });

  it("asks for more after a first answer of a dozen words", () => {
    const state = { ...initialState(), overview: ["a job that checks the river level for our canoe hire"] };
    expect(nextStep(state)).toBe("overview-more");
  });
});

describe("a tour manager's paragraphs and a non-native speaker, read whole since", () => {
  it("reads records around brackets, 'a list of', 'the player it belongs to' and 'whether it's loaded'", () => {
    expect(
      things(
        "Every coach has a name (Coach A and Coach B, nothing fancy), the coach company and the driver's phone number. The itinerary is a list of events, each with a date, a city and a place. And for the lorry, lorry items: the instrument, the player it belongs to and whether it's loaded.",
      ),
    ).toEqual([
      ["events", ["date", "city", "place"]],
      ["lorry items", ["instrument", "player", "loaded"]],
      ["coach", ["name", "coach company", "driver phone number"]],
    ]);
  });

  it("takes brackets of kinds, of words that describe, and a colon before what happens, in prose, for no fields", () => {
    expect(things("The big instruments (timps, double basses, the harp) travel separately.", false)).toEqual(
      [],
    );
    expect(
      things("I'm the tour manager (volunteer, unpaid, mildly frazzled) for the orchestra.", false),
    ).toEqual([]);
    expect(
      things("On tour, a typical morning: breakfast at half seven, coaches leave at nine.", false),
    ).toEqual([]);
    expect(things("Recipes (name, photo, steps) and shopping lists.", false)).toEqual([
      ["recipes", ["name", "photo", "steps"]],
    ]);
  });

  it("keeps two nouns joined by 'or', and a clause that says how, with what they belong to", () => {
    expect(
      features("Users can see who has a medical condition or allergy the chaperones need to know about."),
    ).toEqual(["Users can see who has a medical condition or allergy the chaperones need to know about"]);
    expect(
      features(
        "Chaperones should be able to do a head count before each coach leaves, ticking off their group.",
      ),
    ).toEqual(["Chaperones can do a head count before each coach leaves, ticking off their group"]);
    expect(
      features(
        "The instruments travel on a hired lorry, so I also need a loading list of which instrument belongs to which player.",
      ),
    ).toContain("Users can get a loading list of which instrument belongs to which player");
  });

  it("sets aside what they also do when they say it is a separate thing", () => {
    expect(
      said("We also do fundraising (bag-packing at the supermarket), but that's an entirely separate thing."),
    ).toEqual(["fundraising"]);
    expect(said("we check their ID, 18+ only no exceptions.")).toEqual([]);
  });

  it("reads a rule said of a thing, 'is asking', 'is having' and 'every spiral have …'", () => {
    expect(features("Machine need refill when some spiral have less than 3 products.")).toEqual([
      "The app flags that a machine needs refill when some spiral have less than 3 products",
    ]);
    expect(features("The app of our drivers is asking the API which machines need refill today.")).toEqual([
      "The app of our drivers asks the API which machines need refill today",
    ]);
    expect(features("Coordinators see who is coming to each shift.")).toEqual([
      "Coordinators see who is coming to each shift",
    ]);
    expect(
      things("Spirals: every machine have many spirals, and every spiral have number, product and capacity."),
    ).toEqual([["spirals", ["machine", "number", "product", "capacity"]]]);
    expect(things("drivers: name and phone, and every driver is having one route.")).toEqual([
      ["drivers", ["name", "phone", "route"]],
    ]);
  });
});

describe("German and Turkish, read since", () => {
  it.each([
    ["Schulferien lassen wir bewusst weg, die ändern sich jedes Jahr.", ["Schulferien"]],
    [
      "Eine Anbindung an Outlook oder andere Kalender gehört ausdrücklich nicht dazu.",
      ["Anbindung an Outlook oder andere Kalender"],
    ],
    [
      "Speichern soll die Bibliothek nichts, und aus dem Internet soll sie auch nichts nachladen.",
      ["Internet"],
    ],
    ["GİB'e ya da başka hiçbir yere bir şey göndermesin, sadece okuyacak.", ["GİB'e"]],
    ["Fatura kesmek de bu aracın işi değil.", ["Fatura kesmek"]],
    ["E-posta gereksiz, onu çıkaralım.", ["E-posta"]],
  ])("reads the 'no' in %s", (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it("keeps 'GİB' one word, without its case ending", () => {
    expect(
      findExclusions("GİB'e ya da başka hiçbir yere bir şey göndermesin.").flatMap((e) => e.keys),
    ).toEqual([["gib"]]);
  });

  it("reads a field's values after a colon inside brackets, and a field added before the verb of adding", () => {
    expect(things("faturalar (müşteri, genel toplam, tür: e-Fatura ya da e-Arşiv)")).toEqual([
      ["faturalar", ["müşteri", "genel toplam", "tür"]],
    ]);
    const edited = applyThingEdit(
      readThings("Müşteriler (unvan, VKN, e-posta)", { listed: true }),
      "E-posta gereksiz, onu çıkaralım; yerine müşterilere telefon ekleyelim.",
    );
    expect(edited.map((thing) => [thing.said, thing.fields.map((field) => field.said)])).toEqual([
      ["müşteriler", ["unvan", "vkn", "e-posta", "telefon"]],
    ]);
  });
});

describe("Brazilian Portuguese, read since", () => {
  it("reads 'nem pensar' and 'a gente dispensa', and 'no boleto' as 'in the', never as 'no'", () => {
    expect(
      said("A taxa de uso já vem no boleto do condomínio, então pagamento pelo sistema nem pensar."),
    ).toEqual(["pagamento pelo sistema"]);
    expect(said("Lista de convidados a gente dispensa também.")).toEqual(["Lista de convidados"]);
  });

  it("reads no thing in a colon after a copula, nor in prices in brackets", () => {
    expect(
      things("A ideia é: o morador escolhe o espaço e a data, vê se tá livre e faz a reserva.", false),
    ).toEqual([]);
    expect(things("A taxa de uso (R$ 150 o salão, R$ 80 a churrasqueira) já vem no boleto.", false)).toEqual(
      [],
    );
    expect(things("Kennels (number, size) and dogs (name, breed, age 1-20).")).toEqual([
      ["kennels", ["number", "size"]],
      ["dogs", ["name", "breed", "age 1-20"]],
    ]);
  });

  it("swaps one field for another, in Portuguese and in English", () => {
    const swap = (list: string, edit: string) =>
      applyThingEdit(readThings(list, { listed: true }), edit).map((thing) => [
        thing.said,
        thing.fields.map((field) => field.said),
      ]);
    expect(
      swap(
        "Reservas: espaço, apartamento, data. Moradores: nome, apartamento",
        "Nas reservas troca o apartamento pelo morador: quem reserva é a pessoa, não o apartamento.",
      ),
    ).toEqual([
      ["reservas", ["espaço", "morador", "data"]],
      ["moradores", ["nome", "apartamento"]],
    ]);
    expect(
      swap(
        "Bookings: room, apartment. Residents: name, apartment",
        "Replace the apartment with the resident on bookings.",
      ),
    ).toEqual([
      ["bookings", ["room", "resident"]],
      ["residents", ["name", "apartment"]],
    ]);
  });
});

describe("Japanese, written without spaces, read since", () => {
  it("writes its own brackets and commas as ASCII's, and reads records in them, one-character names too", () => {
    expect(plainWords("お知らせ（件名、本文）、班（班名、班長）。")).toBe(
      "お知らせ(件名, 本文), 班(班名, 班長).",
    );
    expect(things(plainWords("お知らせ（件名、本文、写真）、班（班名、班長）。"))).toEqual([
      ["お知らせ", ["件名", "本文", "写真"]],
      ["班", ["班名", "班長"]],
    ]);
  });

  it.each([
    ["会費の集金はアプリではやりません.", ["集金"]],
    ["住民一人ひとりの生年月日や家族構成は保存しないでください.", ["生年月日", "家族構成"]],
    ["すみません, やっぱりゴミ当番は今まで通り紙で回すので, なしでお願いします.", ["ゴミ当番"]],
  ])("reads the 'no' in %s", (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it("finds the words of what is left out by ICU's segmenter", () => {
    expect(findExclusions("住民の家族構成は保存しないでください.").flatMap((e) => e.keys)).toEqual([
      ["家族", "構成"],
    ]);
  });

  it("reads today's way in Japanese as context", () => {
    expect(isBackground("今は紙の回覧板を班ごとに回しています.")).toBe(true);
    expect(isBackground("LINEグループもありますが, 高齢の方はほとんど入っていません.")).toBe(true);
  });
});

describe("Greek bookings, read since", () => {
  it("reads 'belong to a route, and each one has …' with a field's values after a colon", () => {
    expect(
      things(
        "Οι κρατήσεις ανήκουν σε ένα δρομολόγιο, και η καθεμιά έχει τον πράκτορα, το μήκος, την πινακίδα και την κατάσταση: κρατημένη, επιβιβάστηκε ή ακυρώθηκε.",
      ),
    ).toEqual([["κρατήσεις", ["δρομολόγιο", "πράκτορα", "μήκος", "πινακίδα", "κατάσταση"]]]);
  });

  it("reads 'Ούτε … θέλουμε' as a 'no', and a field wanted on a thing at 'Your data'", () => {
    expect(said("Ούτε πληρωμές με κάρτα θέλουμε· οι πράκτορες μάς εξοφλούν.")).toEqual(["πληρωμές με κάρτα"]);
    const add = (list: string, edit: string) =>
      applyThingEdit(readThings(list, { listed: true }), edit).map((thing) =>
        thing.fields.map((field) => field.said),
      );
    expect(
      add("Κρατήσεις: πράκτορας, μήκος", "Στις κρατήσεις θέλουμε και τηλέφωνο οδηγού, για να τον βρίσκουμε."),
    ).toEqual([["πράκτορας", "μήκος", "τηλέφωνο οδηγού"]]);
    expect(
      add("Bookings: room, date", "On bookings we also want the driver's phone, so we can call."),
    ).toEqual([["room", "date", "driver phone"]]);
  });
});

describe("what the tenth round still missed, read since", () => {
  it("takes a 'no' back across another case ending ('priminimų' against 'priminimą')", () => {
    const exclusions = findExclusions(
      "Ne, vis dėlto SMS priminimų nereikia – vertėjai ir taip žino savo darbus.",
    );
    expect(mentionsExcluded("Vertėjai dieną prieš posėdį gautų SMS priminimą", exclusions)).toBe(true);
    expect(mentionsExcluded("Vertėjas gauna el. laišką", exclusions)).toBe(false);
  });

  it("reads 'el. paštu' as an abbreviation inside a sentence of another language", () => {
    expect(
      splitStatements(
        "Dabar užsakymai ateina el. paštu, koordinatorė juos suveda į Excel lentelę. Norime programos, kurioje koordinatorė užregistruoja užsakymą.",
        { keepVerbless: false, interviewInEnglish: false },
      ),
    ).toEqual(["Norime programos, kurioje koordinatorė užregistruoja užsakymą"]);
  });

  it("reads a colon before one item in prose as an explanation, no thing", () => {
    expect(things("A mesačnú štatistiku pre mesto ako PDF: koľko jedla sme zachránili.", false)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { changeSaidElsewhere } from "../../../src/engines/guided/design/changes-elsewhere.js";
import { ownPluralsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { withOwnPlurals } from "../../../src/engines/guided/language/inflection.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { isEnglish } from "../../../src/engines/guided/understanding/language.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the fifty-second round of people wrote, run once unseen and tuned on once the
 * fifty-third was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

const features = (state: ReturnType<typeof atTheReview>): string[] =>
  analyze(state)
    .categories.flatMap((category) => category.features)
    .filter((feature) => !/^Users can /.test(feature));

describe("Tatar, as Tatars write it", () => {
  it("reads 'Һәр X-ның … бар' as a record, 'булуы' no part of a field, and whose each one is", () => {
    expect(
      things(
        "Һәр укучының исеме, телефоны һәм ничә яшь булуы бар. Һәр дәреснең көне һәм бәясе бар. Бер дәрес бер укучыныкы, ә бер укучының күп дәресләре булырга мөмкин.",
      ),
    ).toEqual([
      ["укучы", ["исеме", "телефоны", "ничә яшь"]],
      ["дәрес", ["көне", "бәясе", "укучы"]],
    ]);
  });

  it("names each table by the plural the person wrote, with a case after it or not", () => {
    const state = atTheReview(
      "Бакчачылар өчен сайт. Укучылар язылалар, дәресләрне без карыйбыз.",
      "Һәр укучының исеме һәм телефоны бар. Һәр дәреснең көне һәм бәясе бар.",
    );
    const tables = withOwnPlurals(ownPluralsOf(state), () => analyze(state)).tables;
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(["укучылар", "дәресләр"]));
  });

  it("takes a field off one thing and puts one on another", () => {
    expect(changeSaidElsewhere("Укучылардан телефонны алып ташлагыз, кирәкми.")).toBe(
      "take the телефон off the Укучылар",
    );
    expect(changeSaidElsewhere("Ә дәресләрдә бүлмә номеры да булсын.")).toBe(
      "put the бүлмә номеры on the дәресләр",
    );
  });

  it("reads 'безнең эш түгел', 'моны кертмәгез' and 'юк, кирәкми', the thing where it stands", () => {
    expect(said("Күршебез бал сата, анысы безнең эш түгел.")).toEqual(["бал"]);
    expect(said("Кунаклар сорыйлар, ләкин бездә бассейн юк, моны кертмәгез.")).toEqual(["бассейн"]);
    expect(said("Такси турында да сорыйлар, юк, кирәкми.")).toEqual(["Такси"]);
  });

  it("keeps the greeting, the name, the telling, the builder, the thanks and today out of the features", () => {
    for (const talk of [
      "Исәнмесез!",
      "Минем исемем Рәшит Габдуллин.",
      "Безнең тәртип болай:",
      "Бик оят булды.",
      "Шул гына.",
      "Зур рәхмәт!",
      "Кызым информатика укый, ул безгә сайт ясарга вәгъдә итте.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Хәзер бөтен язылулар дәфтәрдә.")).toBe(true);
    expect(isBackground("Узган ел ике кунак бер бүлмәгә эләкте.")).toBe(true);
  });

  it("keeps two prices said alike around a semicolon as one", () => {
    expect(
      statements("Олы бүлмә 6 кешегә, тәүлеге 4000 сум; кече бүлмә 2 кешегә, тәүлеге 2000 сум."),
    ).toEqual(["Олы бүлмә 6 кешегә, тәүлеге 4000 сум; кече бүлмә 2 кешегә, тәүлеге 2000 сум"]);
  });
});

describe("Hausa, as Hausa people type it", () => {
  it("is no English, and 'Ba ma …' has no Polish 'has' in it", () => {
    expect(isEnglish("Yana sayar da awaki a kasuwa, wannan ba namu ba ne.")).toBe(false);
    expect(things("Ba ma sayar da kaji marasa lafiya, likita yana duba su.", false)).toEqual([]);
  });

  it("keeps fields said by their values with 'ko', and 'an … ko ba a … ba' whole", () => {
    expect(things("- Awaki: lamba, launi, an biya ko ba a biya ba, cash ko transfer ko POS")).toEqual([
      ["awaki", ["lamba", "launi", "an biya ko ba a biya ba", "cash ko transfer ko pos"]],
    ]);
  });

  it("reads 'wannan ba namu ba ne' with what someone close sells, and 'kar ku saka X'", () => {
    expect(said("Kanina yana sayar da kaji a kasuwar Kano, wannan ba namu ba ne.")).toEqual(["kaji"]);
    expect(said("Wasu suna so mu kai musu, a'a, kar ku saka jigila.")).toEqual(["jigila"]);
  });

  it("puts a field on a thing at the review", () => {
    expect(changeSaidElsewhere("Abu daya: a saka launi a cikin awaki, mutane suna tambaya.")).toBe(
      "put the launi on the awaki",
    );
  });

  it("keeps the greeting, the name, the telling, the builder and the thanks out of the features", () => {
    for (const talk of [
      "Assalamu alaikum.",
      "Sunana Hauwa Bello.",
      "Ga yadda muke yi:",
      "Shi ke nan.",
      "Mun gode, Allah ya saka da alheri.",
      "Yayi kyau.",
      "Diyata ta karanta computer science a BUK.",
      "Zai yi mana program a kwamfuta.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
  });
});

describe("records", () => {
  it("reads a yes-or-no said by its go and its no-go, a count with its verb, and the day it is wanted", () => {
    expect(things("- boats - name, skipper, date, sea go or no-go")).toEqual([
      ["boats", ["name", "skipper", "date", "sea go or no-go"]],
    ]);
    expect(things("The runs: the date, how many seats are left and cancelled or not.")).toEqual([
      ["runs", ["date", "how many seats are left", "cancelled"]],
    ]);
    expect(
      things(
        "Every cake has the customer, the size, the day it is wanted, the flavour and paid or not.",
        false,
      ),
    ).toEqual([["cake", ["customer", "size", "day wanted", "flavour", "paid"]]]);
  });

  it("reads a thing named by another's name and a word for one of them as that other thing", () => {
    expect(
      things("crews: name, phone\nshifts: crew, date, paid y/n\nevery shift slot is one crew on one date"),
    ).toEqual([
      ["crews", ["name", "phone"]],
      ["shifts", ["crew", "date", "paid"]],
    ]);
  });

  it("reads brackets that end on a yes or no as fields, and no record in what the person's own one has", () => {
    expect(things("Barrels (number, size, date filled, owner, topped up yes or no).")).toEqual([
      ["barrels", ["number", "size", "date filled", "owner", "topped up"]],
    ]);
    expect(things("My family has a small tea garden, three generations.", false)).toEqual([]);
  });

  it("reads 'a booking can have several guests in it' as the guests' booking, and days offered for people as nobody's", () => {
    const state = atTheReview(
      "From May to September we do boat days for tourists.",
      "The tourists: name, phone. The days: the date, the weather. The bookings: the day, how many people. Every booking is for one day, and a booking can have several tourists in it.",
    );
    const tables = analyze(state).tables;
    expect(tables.find((table) => table.name === "tourists")?.fields.join(" ")).toMatch(
      /references bookings/,
    );
    expect(tables.find((table) => table.name === "days")?.fields.join(" ")).not.toMatch(
      /references tourists/,
    );
  });
});

describe("a 'no', and what only sounds like one", () => {
  it("keeps rules that sound like a 'no' whole, turning nothing down", () => {
    for (const rule of [
      "no knives, lighters or fuel in the cabin, it goes in the hold or stays at the desk",
      "cant sail for a pickup cuz of wind, the extra nights are on us",
      "No licence number, no boat, every trip has to come with the skipper's licence",
      "A shot, over the line or out of the box, is a no-score and doesnt count",
      "We do not post the cheeses abroad, it is collect only",
    ]) {
      expect(said(rule)).toEqual([]);
      expect(statements(rule)).toEqual([rule]);
    }
  });

  it("reads who among the people does not do the work as a rule, and no guessing as no thing", () => {
    expect(said("Coaches and committee members don't do gate duty, they give enough.")).toEqual([]);
    expect(said("We don't do rooms.")).toEqual(["rooms"]);
    expect(said("every bag gets weighed at the desk, no guessing")).toEqual([]);
    expect(statements("every passenger n every bag gets weighed at the desk")).toEqual([
      "Every passenger n every bag gets weighed at the desk",
    ]);
  });

  it("names what someone close sews or sells, 'please leave the X', 'her own business' and 'thats a dub'", () => {
    expect(
      said("My cousin sews the school ties, please leave the ties, that one is her own business."),
    ).toEqual(["school ties"]);
    expect(said("n unc want the tiktok videos in there too, thats a dub")).toEqual(["tiktok videos"]);
  });

  it("keeps a season the business offers, and '16 or older', whole", () => {
    expect(
      statements("We do kayak days from November to March, Monday to Friday, never on a Sunday."),
    ).toEqual(["We do kayak days from November to March, Monday to Friday, never on a Sunday"]);
    expect(statements("Every player of 18 or older pays the full fee.")).toEqual([
      "Every player of 18 or older pays the full fee",
    ]);
  });

  it("reads a fax, a composition book and a group text as today's ways", () => {
    expect(isBackground("Some clients send a fax, some phone.")).toBe(true);
    expect(isBackground("she got it all in a composition book n a group text")).toBe(true);
  });

  it("keeps who has it built or builds it, and a Dene thanks, out of the features", () => {
    for (const talk of [
      "so im getting a website made",
      "so im makin him a command line thing for his laptop",
      "mahsi cho",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
  });
});

describe("the review", () => {
  it("takes out a feature named by its amount, with Scots 'oot' and the reason after a comma", () => {
    const state = atTheReview(
      "Any runner that sets a course record gets a £20 voucher. Every runner gets a time.",
      "",
    );
    const after = applyChange(
      state,
      "Aye, grand. Only thing, take oot the £20 for a course record, the club's no paying it.",
    ).state;
    expect(features(after).join(" ")).not.toMatch(/voucher/);
    expect(features(after).join(" ")).toMatch(/Every runner gets a time/);
  });

  it("edits records the person listed in Tatar at 'Your data'", () => {
    expect(
      edited(
        "Һәр укучының исеме, телефоны һәм адресы бар. Һәр дәреснең көне бар.",
        "Укучылардан адресны алып ташлагыз. Ә дәресләрдә бүлмә да булсын.",
      ),
    ).toEqual([
      ["укучы", ["исеме", "телефоны"]],
      ["дәрес", ["көне", "бүлмә"]],
    ]);
  });
});

describe("Hindi and Bhojpuri, beyond the round", () => {
  it("reads 'हर X का/के …' and 'हर X में …' as records, with the verb of keeping left off", () => {
    expect(things("हर मरीज़ का नाम, उम्र और फ़ोन लिखना है. हर पर्ची में मरीज़, दवा और तारीख होती है.")).toEqual([
      ["मरीज़", ["नाम", "उम्र", "फ़ोन"]],
      ["पर्ची", ["मरीज़", "दवा", "तारीख"]],
    ]);
    expect(things("हर गाहक के नाम, फोन आ टोला लिखल जाला.")).toEqual([["गाहक", ["नाम", "फोन", "टोला"]]]);
  });

  it("takes a field off and puts one on, 'से … हटा दीजिए' and 'में … भी जोड़ दीं'", () => {
    expect(
      edited("हर मरीज़ का नाम, उम्र और पता लिखना है.", "मरीज़ों से पता हटा दीजिए. मरीज़ में फ़ोन भी जोड़ दीं."),
    ).toEqual([["मरीज़", ["नाम", "उम्र", "फ़ोन"]]]);
  });

  it("reads what someone close deals in, turned down after a comma, and 'मत डालीं'", () => {
    expect(said("मेरी बहन मसाले बेचती है, वो हमारा काम नहीं है.")).toEqual(["मसाले"]);
    expect(said("हमार चाचा जीप किराया पर देलन, ऊ हमनी के काम ना ह.")).toEqual(["जीप"]);
  });

  it("keeps the greeting, the name, the telling, the builder, the thanks and today out of the features", () => {
    for (const talk of [
      "नमस्ते।",
      "प्रणाम।",
      "हमार नाम सुरेश यादव ह।",
      "हम ऐसे काम करते हैं:",
      "बस एतने बा।",
      "बहुत धन्यवाद।",
      "मेरी बेटी हमारे लिए वेबसाइट बनाएगी।",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("अबहीं सब हिसाब एगो कॉपी में लिखल जाला।")).toBe(true);
    expect(isBackground("पिछले साल दो मरीज़ों की पर्ची बदल गई।")).toBe(true);
  });
});

describe("Neapolitan, beyond the round", () => {
  it("reads 'Ogne X tene …' with its articles written 'o and 'a, and 'si è … o no' as a yes or no", () => {
    expect(
      things(
        "Ogne cliente tene nomme, telefono e indirizzo. Ogne pizza tene 'o nomme, 'o prezzo e si è fritta o no.",
      ),
    ).toEqual([
      ["cliente", ["nomme", "telefono", "indirizzo"]],
      ["pizza", ["nomme", "prezzo", "fritta"]],
    ]);
  });

  it("takes a field off and puts one on, 'levate … ê' and 'mettite … ncopp' all''", () => {
    expect(
      edited(
        "Ogne cliente tene nomme, telefono e indirizzo. Ogne ordine tene 'o cliente e 'a data.",
        "Levate 'o telefono ê clienti. Mettite 'o prezzo ncopp' all'ordini.",
      ),
    ).toEqual([
      ["cliente", ["nomme", "indirizzo"]],
      ["ordine", ["cliente", "data", "prezzo"]],
    ]);
  });

  it("reads 'chesto nun è affare nuosto', 'nun 'e mettite' and 'lassate stà'", () => {
    expect(said("Mio frate venne 'e limoncelli, chesto nun è affare nuosto.")).toEqual(["limoncelli"]);
    expect(said("'E consegne a domicilio, nun 'e mettite.")).toEqual(["consegne a domicilio"]);
  });

  it("keeps the name, the telling, the thanks, the builder and today out of the features", () => {
    for (const talk of [
      "Me chiammo Carmela Russo.",
      "Accussì facimmo:",
      "Chesto è tutto.",
      "Grazie assaje.",
      "Mio nipote studia informatica e ce fa 'o sito.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Mo' scrivo tutto ncopp'a nu quaderno.")).toBe(true);
    expect(isBackground("L'anno passato duje clienti vulevano 'a stessa pizza.")).toBe(true);
  });
});

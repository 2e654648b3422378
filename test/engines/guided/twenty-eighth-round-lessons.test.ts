import { afterAll, describe, expect, it } from "vitest";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { NOTHING_MORE } from "../../../src/engines/guided/understanding/person-statements.js";
import type { Persona } from "../../support/persona-driver.js";
import { scoreSpec } from "../../support/persona-score.js";
import { edited, said, statements, things } from "./lesson-readers.js";
import { interviewPersona } from "./support.js";

/**
 * What the twenty-eighth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: an answer written in another alphabet is an
 * answer, not a "no"; "yes or no" is the values of a field; a "no" after "so" says what a
 * rule is for; a "no" closing a line of a list leaves the next line alone; a plural the
 * person wrote is the table's name. A closing with its thanks adds nothing, "not on here"
 * and "no bye" turn down what came before, a rule of one sentence is kept whole, and a
 * change in Galician names its field and, said "to them", the thing the change before named.
 */

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

/** Interviews a person in process, turn by turn as the session would, and returns the spec. */
async function specOf(persona: Persona): Promise<string> {
  const { driver, cleanup } = await interviewPersona(persona);
  cleanups.push(cleanup);
  expect(driver.step, `${persona.id} did not finish`).toBe("done");
  return driver.readSpec();
}

describe("an answer in another alphabet", () => {
  it("is no 'nothing more' because none of its letters are Latin ones", () => {
    expect(NOTHING_MORE.test("- Клиенты: имя, телефон, адрес\n- Заказы: клиент, дата, сумма")).toBe(false);
    expect(NOTHING_MORE.test("Πελάτες: όνομα, τηλέφωνο")).toBe(false);
    expect(NOTHING_MORE.test("- לקוחות: שם, טלפון")).toBe(false);
    // A "no" is still one, with its thanks and its name.
    expect(NOTHING_MORE.test("no, that's it")).toBe(true);
    expect(NOTHING_MORE.test("Nothing else, thanks!\nOlga")).toBe(true);
    expect(NOTHING_MORE.test("-")).toBe(true);
  });

  it("keeps the things listed in Cyrillic as tables with their fields", async () => {
    const persona: Persona = {
      id: "pasika-med",
      who: "A beekeeper in Russian who lists her hives and harvests on lines after dashes",
      says: {
        overview:
          "Здравствуйте! У меня пасека под Тулой, сорок ульев. Хочу приложение на телефоне, чтобы записывать осмотры ульев и сколько мёда сняли с каждого улья.",
        walkthrough:
          "Прихожу на пасеку, открываю улей, записываю силу семьи и сколько рамок с расплодом. Осенью смотрю, сколько мёда дал каждый улей за сезон.",
        things:
          "- Ульи: номер, порода пчёл, год матки\n- Осмотры: улей, дата, сила семьи, рамки\n- Сборы: улей, дата, вес мёда",
        extras: ["Нет, это всё. Спасибо!"],
      },
      picks: { Kind: "Mobile app", Offline: "Work offline, sync later", Accounts: "No accounts" },
      expect: {
        kind: "mobile app",
        features: [],
        tables: [
          { name: "ульи", fields: ["номер", "порода пчёл", "год матки"] },
          { name: "осмотры", fields: ["улей", "дата", "сила семьи", "рамки"] },
          { name: "сборы", fields: ["улей", "дата", "вес мёда"] },
        ],
        excluded: [],
      },
    };
    const score = scoreSpec(await specOf(persona), persona.expect);
    expect(score.tables.missing).toEqual([]);
    expect(score.fields.missing).toEqual([]);
  });
});

describe("a 'no' that turns nothing down", () => {
  it("reads 'yes or no' as the values a field takes", () => {
    expect(said("and put a ladder yes or no on the vans too")).toEqual([]);
    expect(said("Add paid y/n to the orders, and no invoices")).toEqual(["invoices"]);
  });

  it("reads a 'no' after 'so' as what a rule is for", () => {
    expect(
      said(
        "If the river's up, the trip's off, and it should text everybody booked so they're not driving out.",
      ),
    ).toEqual([]);
    // Pointing back at a thing, it still turns that thing down.
    expect(said("The raffle is done by the church, so we don't need that.")).toEqual(["raffle"]);
  });
});

describe("the records a person lists", () => {
  it("keeps the line after a field that ends on 'or no', and the plural the person wrote", async () => {
    const persona: Persona = {
      id: "river-trips",
      who: "A canoe hire owner whose list has a field ending on 'or no' and a plural English rules would spell otherwise",
      says: {
        overview:
          "We hire out canoes on the Wye. I want a website where people book a trip down the river and pay a deposit.",
        walkthrough:
          "A family books a trip for a date, picks how many canoes and pays the deposit. If the river's up, the trip's off, and it should text everybody booked so they're not driving out for nothing.",
        things:
          "Paddlers - name, phone, swimmer or no\nTrips - date, start, canoes\nTechs - name, van\nEvery trip has one tech driving the van.",
        extras: ["No, that's everything."],
      },
      picks: { Kind: "Web app", Accounts: "Email and password" },
      expect: {
        kind: "web app",
        features: ["book a trip", "pays the deposit"],
        tables: [
          { name: "paddlers", fields: ["name", "phone", "swimmer"] },
          { name: "trips", fields: ["date", "start", "canoes"] },
          { name: "techs", fields: ["name", "van"] },
        ],
        excluded: [],
      },
    };
    const spec = await specOf(persona);
    const score = scoreSpec(spec, persona.expect);
    expect(score.tables.missing).toEqual([]);
    expect(score.fields.missing).toEqual([]);
    expect(spec).toContain("<techs>");
    expect(spec).not.toContain("teches");
    expect(spec).not.toMatch(/<out_of_scope>[\s\S]*trip[\s\S]*<\/out_of_scope>/i);
  });

  it("keeps a rule whose 'no' says what it is for as a feature", () => {
    expect(
      statements(
        "If the river's up, the trip's off, and it should text everybody booked so they're not driving out for nothing.",
      ).join(" | "),
    ).toMatch(/text everybody booked/i);
  });
});

describe("a closing with its thanks", () => {
  it("adds nothing, however the thanks is said", () => {
    for (const closing of [
      "nope thats it!! thank u so much",
      "Nah, that's the lot. Cheers mate.",
      "No, that's everything. Thanks a lot, love, you have a good one.",
      "nothing else. ta-ra",
    ])
      expect(NOTHING_MORE.test(closing), closing).toBe(true);
    // A thanks that goes on to ask for something is no closing.
    expect(NOTHING_MORE.test("no thanks, but put the chat on the jobs")).toBe(false);
  });
});

describe("a 'no' said short after the thing", () => {
  it("reads 'not on here', 'no bye' and 'a different crowd'", () => {
    expect(said("the school fete, different crowd, not on here. an the church raffle, no bye")).toEqual([
      "school fete",
      "church raffle",
    ]);
  });
});

describe("a rule of one sentence", () => {
  it("keeps its condition with every result, and its examples", () => {
    expect(
      statements(
        "when the van gets to a house they check the meter and take a photo of it. if nobody answers, like the door is locked or the dog is out, they leave a card and come back on friday.",
      ),
    ).toEqual([
      "When the van gets to a house they check the meter and take a photo of it",
      "If nobody answers, like the door is locked or the dog is out, they leave a card and come back on friday",
    ]);
  });

  it("keeps a later rule whose subject points back at someone the sentence named", () => {
    expect(
      statements(
        "Every evening the app sends each driver the list of drops, and when she finishes one she marks it with the time.",
      ),
    ).toEqual([
      "Send each driver the list of drops every evening, and when she finishes one she marks it with the time",
    ]);
  });

  it("keeps a rule without the 'no' said after it, which is read as a 'no'", () => {
    const text =
      "If a member is late twice, the coach marks it and the club sends a warning, and we don't want fines.";
    expect(statements(text)).toEqual([
      "If a member is late twice, the coach marks it and the club sends a warning",
    ]);
    expect(said(text)).toEqual(["fines"]);
  });
});

describe("a change in Galician", () => {
  it("takes off and adds a field, said 'to them' after the thing was named", () => {
    expect(
      edited(
        "Socios: nome, teléfono, correo\nCotas: socio, ano, importe",
        "Quítalle o teléfono aos socios. E engádelles a data de alta, que o pide a federación.",
      ),
    ).toEqual([
      ["socios", ["nome", "correo", "data de alta"]],
      ["cotas", ["socio", "ano", "importe"]],
    ]);
  });
});

describe("prices said plainly", () => {
  it("keeps what a thing costs where it is said to, in any currency", () => {
    expect(
      statements(
        "At the museum an adult is EUR 12 and a student from 12 to 18 years is EUR 6. Guided tours are KSh 1,500 a group.",
      ),
    ).toEqual([
      "At the museum an adult is EUR 12 and a student from 12 to 18 years is EUR 6",
      "Guided tours are KSh 1,500 a group",
    ]);
  });

  it("keeps a price for each of something said in a few words, whatever its verb", () => {
    expect(statements("Members pey £40 a season. Lockers R50 per month.")).toEqual([
      "Members pey £40 a season",
      "Lockers R50 per month",
    ]);
  });

  it("keeps what each one has for each of another as a rule", () => {
    expect(statements("every cleaner has a street for every day of the week.")).toEqual([
      "Every cleaner has a street for every day of the week",
    ]);
  });
});

describe("fields said as questions", () => {
  it("reads 'what kind it is' and the values after it as one field, and 'if it's paid' as paid", () => {
    expect(
      things("Tickets: number, what type it is, adult, child or senior, the price, and if it's paid"),
    ).toEqual([["tickets", ["number", "type", "price", "paid"]]]);
  });
});

describe("how it is done today", () => {
  it("reads the paper it is kept on, in English and in the languages that open on 'now'", () => {
    for (const today of [
      "Everything's kept in one battered notebook by the till.",
      "everything is on a paper route sheet, and the drivers lose it.",
      "Agora as encomendas chegan por teléfono e apúntoas nun caderno.",
      "Сега записваме всичко в една тетрадка.",
    ])
      expect(isBackground(today), today).toBe(true);
    expect(isBackground("I want the app to print a receipt for every order.")).toBe(false);
  });
});

describe("records written in other scripts", () => {
  const listed = (text: string) => things(plainWords(text));

  it("reads Amharic's own colon and comma, and Persian's half-space inside a name", () => {
    expect(listed("ደንበኞች፦ ስም፣ ስልክ፣ አድራሻ\nትዕዛዞች፦ ደንበኛ፣ ቀን፣ ዋጋ")).toEqual([
      ["ደንበኞች", ["ስም", "ስልክ", "አድራሻ"]],
      ["ትዕዛዞች", ["ደንበኛ", "ቀን", "ዋጋ"]],
    ]);
    expect(listed("مشتری\u200cها: نام، تلفن، آدرس")).toEqual([["مشتری ها", ["نام", "تلفن", "آدرس"]]]);
  });

  it("keeps a list of four fields or more whose last is said by its values as a record", () => {
    expect(listed("Наставници: име, телефон, предмет, со полно или скратено")).toEqual([
      ["наставници", ["име", "телефон", "предмет", "со полно или скратено"]],
    ]);
  });
});

describe("records after dashes, parted by semicolons", () => {
  it("reads each record its own fields, and 'what was done' as said", () => {
    expect(
      things(
        "Vans - plate, model, the driver; drivers - name, phone; repairs - the van, the date, what was done, the cost",
      ),
    ).toEqual([
      ["vans", ["plate", "model", "driver"]],
      ["drivers", ["name", "phone"]],
      ["repairs", ["van", "date", "what was done", "cost"]],
    ]);
  });
});

describe("a 'no' pointed back in Spanish, Galician and Portuguese, and in Scots", () => {
  it("reads the thing the sentence opens on, with what it is of", () => {
    expect(
      said(
        "El alquiler de bicicletas lo hace otra empresa, no lo metas. Y la cafetería es de mi cuñado, eso déjalo fuera.",
      ),
    ).toEqual(["alquiler de bicicletas", "cafetería"]);
    expect(said("O servizo de lavandaría faino a veciña, non o metas.")).toEqual(["servizo de lavandaría"]);
    // "non" before no word pointing back is no "no": a non profit is still the club.
    expect(said("The shop, it is non profit, the volunteers run it.")).toEqual([]);
  });

  it("reads whose a thing is by a name, and Scots 'naethin tae dae wi', 'gie it a miss'", () => {
    expect(
      said("The ice cream van on the prom is Davie's, it's naethin tae dae wi the club, dinna pit it in."),
    ).toEqual(["ice cream van on the prom"]);
    expect(said("And the Burns supper, the committee dae that ane, gie it a miss.")).toEqual([
      "Burns supper",
    ]);
  });
});

describe("who the person is", () => {
  it("is no feature after a greeting, however the name is written", () => {
    expect(statements("heyy ok so im marisol, my mom has a cleaning business in Doral.")).toEqual([]);
    expect(statements("hi im going to need a website where people book a cleaning")).not.toEqual([]);
  });
});

describe("a 'no' said after the thing in Amharic, Kazakh and Mongolian", () => {
  it("turns down the words the sentence opens on", () => {
    expect(said(plainWords("ሙዚቃና ዲጄ አያስፈልግም፣ ሌላ ሰው ይሰራዋል።"))).toEqual(["ሙዚቃና ዲጄ"]);
    expect(said("Ноосны худалдаа, энэ аппд хэрэггүй.")).toEqual(["Ноосны худалдаа"]);
  });
});

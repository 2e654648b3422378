import { describe, expect, it } from "vitest";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { exclusionOf, withoutExcluded } from "../../../src/engines/guided/understanding/exclusions.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { commandsDoing } from "../../../src/engines/guided/understanding/person-statements.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { said, statements, things } from "./lesson-readers.js";

/**
 * What the fourteenth round of people the interviewer had not met wrote (and the French,
 * Spanish and Korean people of the twelfth), and how it reads it now: each case is a way
 * of saying something, not one person's sentence only.
 */

const edited = (list: string, edit: string) =>
  applyThingEdit(readThings(list, { listed: true }), edit).map((thing) => [
    thing.said,
    thing.fields.map((field) => field.said),
  ]);

describe("records told in sentences", () => {
  it("reads limits in brackets, 'each test is for one pool, with …' and 'each delivery is to one pub, on a date, …'", () => {
    expect(
      things(
        "Pools: name, and the limits for each one (min and max chlorine, min and max pH). Tests: each test is for one pool, with the time, pH, and the action taken if anything was out. Deliveries: each delivery is to one pub, on a date, by one driver, and has the casks dropped off. Drivers: just a name. Daily sign-offs: date, which duty manager, and any comments.",
      ),
    ).toEqual([
      ["pools", ["name", "min chlorine", "max chlorine", "min ph", "max ph"]],
      ["tests", ["pool", "time", "ph", "action taken"]],
      ["deliveries", ["pub", "date", "driver", "casks dropped off"]],
      ["drivers", ["name"]],
      ["daily sign-offs", ["date", "duty manager", "comments"]],
    ]);
    // "readings (…)" is a list of its own, not a word for the fields in its brackets.
    expect(things("Sensors (name, zone), readings (sensor, time, humidity)")).toEqual([
      ["sensors", ["name", "zone"]],
      ["readings", ["sensor", "time", "humidity"]],
    ]);
  });

  it("reads 'Each sitting is one exam in one room'", () => {
    expect(
      things("Exams: code, title. Each sitting is one exam in one room, since a big exam can be split."),
    ).toEqual([
      ["exams", ["code", "title"]],
      ["sitting", ["exam", "room"]],
    ]);
  });

  it("reads Québec French: 'pis' as 'and', 'c'est', 'a une', 'à chaque …, on note', a space before a colon", () => {
    expect(
      things(
        "Les clients, c'est le nom, l'adresse pis le téléphone. Une entrée a une adresse, la route pis des notes, genre « attention au muret ». Les chauffeurs, juste le nom pis le numéro de cell. Pis à chaque tempête, on note la date pis combien de centimètres sont tombés, pis pour chaque entrée le passage : la tempête, l'heure pis la photo s'il y en a une.",
      ),
    ).toEqual([
      ["clients", ["nom", "adresse", "téléphone"]],
      ["entrée", ["adresse", "route", "notes"]],
      ["chauffeurs", ["nom", "numéro de cell"]],
      ["tempête", ["date", "centimètres"]],
      ["passage", ["tempête", "heure", "photo"]],
    ]);
  });

  it("reads Arabic with its own comma", () => {
    expect(things(plainWords("الحلقات: الاسم، المعلم، الوقت. المعلمون: الاسم، الجوال."))).toEqual([
      ["الحلقات", ["الاسم", "المعلم", "الوقت"]],
      ["المعلمون", ["الاسم", "الجوال"]],
    ]);
  });
});

describe("records said as what a thing would have", () => {
  it("reads 'has, or ought to have, …', 'would each have', 'the date due back' and a borrower as a person", () => {
    expect(
      things(
        "Each photograph has, or ought to have, a reference number, a title and the box it is kept in. Donors would each have a name and an address. Each loan would have the photograph, the borrower's name, the date lent and the date due back.",
      ),
    ).toEqual([
      ["photograph", ["reference number", "title", "box"]],
      ["donor", ["name", "address"]],
      ["loan", ["photograph", "borrower name", "date lent", "date due back"]],
    ]);
  });

  it("puts a field back that was taken off", () => {
    expect(
      edited(
        "Freezers: name, room, temperature.",
        "Remove temperature from freezers, they're all -80 anyway.\nNo wait, put the temperature back on freezers, the new one is a -150.",
      ),
    ).toEqual([["freezers", ["name", "room", "temperature"]]]);
  });
});

describe("changes at 'Your data' in other languages", () => {
  it("takes a field off and puts one on in French, Portuguese and Korean, and adds no thing from a reason", () => {
    expect(
      edited(
        "Clients: nom, adresse, type de contrat.",
        "Enlève le type de contrat sur les clients, c'est toutes des contrats de saison. Pis ajoute un courriel aux clients.",
      ),
    ).toEqual([["clients", ["nom", "adresse", "courriel"]]]);
    expect(
      edited(
        "Alunos: nome, email, altura, peso e nível.",
        "Tira a altura e o peso dos alunos e põe antes o tamanho do fato (XS a XL). É mais simples.",
      ),
    ).toEqual([["alunos", ["nome", "email", "nível", "tamanho do fato"]]]);
    expect(
      edited("세탁물: 접수, 종류, 요금", "세탁물에 색상도 넣어 주세요. 같은 셔츠가 여러 장이면 헷갈려요."),
    ).toEqual([["세탁물", ["접수", "종류", "요금", "색상"]]]);
  });
});

describe("a 'no' said the ways people say it", () => {
  it("reads Québec French, Mexican Spanish, European Portuguese, Korean and Arabic", () => {
    expect(said("La facturation, laisse faire, on est au forfait.")).toEqual(["facturation"]);
    expect(said("Non, oublie le texto, y vont m'appeler pareil.")).toEqual(["texto"]);
    expect(said("La validación de la CLABE bancaria tampoco va en esta librería.")).toEqual([
      "validación de la CLABE bancaria",
    ]);
    expect(said("El NSS del IMSS lo dejamos para otra versión.")).toEqual(["NSS del IMSS"]);
    expect(said("O aluguer de pranchas também fica de fora, isso é outro negócio.")).toEqual([
      "O aluguer de pranchas",
    ]);
    expect(said("배달은 안 해요. 온라인 결제도 필요 없어요.")).toEqual(["배달", "온라인 결제"]);
    expect(said("손님 주소는 저장하지 마세요.")).toEqual(["손님 주소"]);
    expect(said(plainWords("لا نحتاج إلى رسوم أو مدفوعات، التحفيظ عندنا مجاني."))).toEqual([
      "رسوم أو مدفوعات",
    ]);
  });

  it("reads examples of what is not wanted, 'lovely in theory, but', 'are out', and no 'app' as a thing left out", () => {
    expect(
      said(
        "Anything online, like a parent portal or sending the plans out, isn't something we want. Invigilator timetabling would be lovely in theory, but I'd rather keep this simple.",
      ),
    ).toEqual(["Invigilator timetabling", "parent portal or sending the plans out", "Anything online"]);
    expect(said("Video consultations are out, we do those on Zoom.")).toEqual(["Video consultations"]);
    expect(said("I'd like a text message service, no app and no website.")).toEqual(["website"]);
  });

  it("reads no 'no' in what the software says, or in a thing that lacks something", () => {
    expect(said("If a member replies SKIP they get 'OK, no box for you this Thursday'.")).toEqual([]);
    expect(said("It prints any page with no employee number on it.")).toEqual([]);
    expect(said("There's no money in it.")).toEqual(["money"]);
  });

  it("keeps a list's own joining words when one of its items goes", () => {
    const height = exclusionOf("altura")!;
    expect(withoutExcluded("Preenche o nome, o email, a altura e o peso, e o nível.", [height])).toBe(
      "Preenche o nome, o email, e o nível.",
    );
    expect(withoutExcluded("log each walk with a date, notes and photos", [exclusionOf("photos")!])).toBe(
      "log each walk with a date and notes",
    );
  });
});

describe("what people do, and the kind of software", () => {
  it("reads what each command does as a feature of the tool", () => {
    expect(
      commandsDoing(
        "find TEXT searches names and notes, with --owner to filter by person. move ID --box 14.",
      ),
    ).toEqual(["The find command searches names and notes, with --owner to filter by person"]);
  });

  it("reads a service said by its channel, and a kind ruled out as none", () => {
    expect(saidKind("I'd like a text message service, no app and no website.")).toBe("api service");
    expect(saidKind("It has no screens of its own.")).toBe("api service");
  });

  it("reads an app on someone's phones, two objects of one verb, whose side it is, a wish instead", () => {
    expect(statements("We want a simple app on the lifeguards' phones to log each test.")).toEqual([
      "Users can log each test",
    ]);
    expect(
      statements(
        "The drivers record the casks they drop off and the empties they collect, so we always know where every cask is.",
      ),
    ).toEqual([
      "The drivers record the casks they drop off and the empties they collect",
      "We always know where every cask is",
    ]);
    expect(statements("On my side, I set up their programme in the app.")).toEqual([
      "Users can set up their programme in the app",
    ]);
    expect(statements("I'd much rather swap two candidates by picking them from a list.")).toEqual([
      "Users can swap two candidates by picking them from a list",
    ]);
  });

  it("splits Arabic clauses joined by 'و' on the verb", () => {
    expect(splitStatements("يفتح المعلم التطبيق ويسجل الحضور والغياب.", { keepVerbless: false })).toEqual([
      "يفتح المعلم التطبيق",
      "يسجل الحضور والغياب",
    ]);
  });
});

describe("how it is done today, in more languages", () => {
  it("reads paper, a ledger, 'now' and what stays where it is", () => {
    for (const today of [
      "Quand y'a une bordée, mes chauffeurs partent avec leur route sur une feuille imprimée.",
      "지금은 손님이 옷을 맡기면 종이 장부에 이름하고 옷 종류를 적어요.",
      "그런데 장부를 뒤지는 데 시간이 오래 걸리고, 옷 찾기가 정말 힘들어요.",
      "حاليًا كل طالب عنده دفتر متابعة ورقي.",
      "Neste momento as marcações chegam por telefone.",
      "After an appointment I give patients a printed sheet of exercises.",
      "Payments stay with the bank standing orders.",
    ])
      expect(isBackground(today), today).toBe(true);
    expect(isBackground("카운터에 있는 태블릿으로 쓸 수 있는 프로그램을 만들고 싶어요.")).toBe(false);
  });
});

describe("the exams officer's seats, read again", () => {
  it("reads what a field means, a tick named by what it says, what puts one at one, and the fields after it", () => {
    expect(
      things(
        "Rooms: a name and the desk layout, meaning the number of rows and the number of desks per row. And a seat puts one candidate at one desk, so a row and a column, for a sitting, with a tick if they were absent.",
      ),
    ).toEqual([
      ["rooms", ["name", "number of rows", "number of desks per row"]],
      ["seat", ["candidate", "desk", "row", "column", "sitting", "absent"]],
    ]);
  });

  it("keeps no record of an example, nor of a verb on 'that' before a list", () => {
    expect(
      things(
        "I'd pick the room and drag a candidate to a different desk if I need to, for example when a student has a broken leg and needs the desk nearest the door.",
        false,
      ),
    ).toEqual([]);
    expect(
      things(
        "Then I'd enter the exam timetable, or import that too if it's easy: the date, the session, the paper code and title.",
        false,
      ),
    ).toEqual([]);
  });

  it("reads a wish after how sure they are, and people who need to go somewhere, an aside and a reason apart", () => {
    expect(
      statements("Realistically I'd start each season by importing the candidate list from a CSV."),
    ).toEqual(["Users can start each season by importing the candidate list from a CSV"]);
    expect(
      statements(
        "Candidates with access arrangements, like 25% extra time or a reader, need to go in their own room or at the back, so they aren't disturbed when everyone else gets up and leaves.",
      ),
    ).toEqual([
      "Candidates with access arrangements (like 25% extra time or a reader) need to go in their own room or at the back",
    ]);
  });
});

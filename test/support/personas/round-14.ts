import type { Persona } from "../persona-driver.js";

/**
 * The fourteenth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-14.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the thirteenth, a sample of ordinary people describing an idea the ordinary way:
 * plain prose in answers of one to several paragraphs, records listed after colons, in
 * brackets or told in sentences. Eight write in English, one in European Portuguese
 * (Portugal's, not Brazil's: "telemóvel", "marcações", "aluguer", "fato") and one in
 * Arabic (Saudi, in Arabic script, never used before), each as a native speaker would.
 * What varies is the kind of software, the domain and the length of the answers: web
 * apps for a microbrewery's casks out at pubs and back, a school's two minibuses and a
 * surf school's group lessons in Peniche; phone apps for a leisure centre's pool water
 * tests in a plant room without signal, a physiotherapist's home exercise programmes
 * and a mosque's Quran memorisation circles (حلقات التحفيظ); a Python command-line tool
 * that splits the payroll PDF into one payslip per employee, with commands and flags; a
 * text-message service without screens for a veg-box scheme's weekly skips; an exams
 * officer's Windows program for seating plans; and a Go library for ISBNs. A PE teacher
 * answers in a line each time, the exams officer in long paragraphs, the others in
 * between. Relations said plainly ("each delivery is to one pub", "each test is for one
 * pool", "each sitting is one exam in one room", "cada aula é numa praia", "كل طالب ينتمي
 * إلى حلقة واحدة"); background in a clipboard sheet and a spreadsheet, a log sheet on the
 * plant room wall, splitting by hand in Adobe, a Google sheet, an Excel sheet per exam,
 * printed sheets with stick figures, a paper diary and Instagram messages, a paper
 * follow-up notebook (دفتر المتابعة), a copy of the check-digit code in every service;
 * technology named as Django and PostgreSQL, Twilio and Python, Flutter and Firebase,
 * Windows, Go; "no" said as "we don't need", "no … either", "leave out", "not for now",
 * "no … or … stuff", "please don't add", "I don't want this touching", "are out",
 * "isn't something we want", "I'd rather keep this simple and do that separately", "has
 * no business", "não precisamos", "fica de fora", "لا نحتاج", "لا نريد". The surf school
 * takes two fields off and adds one after "Change something" at "Your data"; the exams
 * officer swaps a feature for another at the review. The score compares Arabic by its
 * letters in Latin script, article and all, so the Arabic person's expected words are
 * written in the forms she or he used, and the excluded ones (رسوم، مدفوعات، محادثة) do
 * not recur in what the supervisor wants.
 */
export const FOURTEENTH_ROUND: readonly Persona[] = [
  {
    id: "cask-returns",
    who: "A microbrewery's sales and logistics manager: drivers record the casks they drop off at pubs and the empties they collect, a list of casks out more than six weeks by pub, damaged and lost casks; each delivery is to one pub; a clipboard sheet and a spreadsheet today, 'we don't need', 'no … either', Django and PostgreSQL",
    says: {
      overview:
        "I'm the sales and logistics manager at Hopwell Brewery, a small brewery in Sheffield. We own about 600 steel casks and send beer out in them to around 80 pubs, and every cask has its number stamped on the side. The problem is getting them back. The drivers write the cask numbers on a clipboard sheet in the van, I type them into a spreadsheet on a Friday afternoon, and by the time anyone notices that a cask has been sat in a pub cellar for three months, nobody knows where it is. A new cask costs us about £90 and we lose dozens a year. I'd like a web app where the drivers record the casks they drop off and the empties they collect at each pub, so we always know where every cask is.",
      walkthrough:
        "The driver gets to a pub, opens it on the tablet in the van, picks the pub and types in the numbers of the casks going into the cellar, then the numbers of the empties coming back. That's the delivery done. Back at the brewery I open a list of casks that have been out more than 6 weeks, grouped by pub, and ring the landlords to chase them up. If a cask comes back damaged, Dave in the cellar marks it as out for repair, and when it's fixed he marks it back at the brewery. Once a cask has been missing long enough I mark it lost.",
      things:
        "Pubs: name, address, landlord, phone. Casks: number, size (firkin or kilderkin) and status (at the brewery, at a pub, out for repair or lost). Drivers: just a name. Deliveries: each delivery is to one pub, on a date, by one driver, and has the casks dropped off and the empties collected.",
      extras: [
        "We don't need invoicing in it, that's all done in Xero and it works fine. And no beer stock or recipes either, this is purely about the casks.",
        "No, that's all.",
      ],
      tech: "My brother-in-law is going to look after it and he knows Django, so Django please, with PostgreSQL.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Roles and permissions",
      Technology: "I have preferences",
      "Back end": "Django, my brother-in-law knows it",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "web app",
      features: [
        "casks drop off",
        "empties collect",
        "where every cask is",
        "out more than 6 weeks",
        "grouped by pub",
        "damaged cask out for repair",
        "mark it lost",
      ],
      tables: [
        { name: "pubs", fields: ["name", "address", "landlord", "phone"] },
        { name: "casks", fields: ["number", "size", "status"] },
        { name: "drivers", fields: ["name"] },
        { name: "deliveries", fields: ["pub", "date", "driver"] },
      ],
      excluded: ["invoic", "recipe"],
      background: ["clipboard", "spreadsheet"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "pool-water-tests",
    who: "A leisure centre's duty manager: lifeguards log pool water tests every two hours on their phones in a plant room without signal, a warning when a reading is out of range, the action taken, a daily sign-off and a monthly PDF for the council; each test is for one pool; a log sheet on the wall and box files today, 'leave out', 'not for now'",
    says: {
      overview:
        "I'm one of the duty managers at Riverside Leisure Centre. We've got three pools, the main pool, the learner pool and the spa, and a lifeguard has to test the water in each one every two hours: free chlorine, total chlorine, pH and the water temperature. Right now they write the results on a paper log sheet pinned to the wall in the plant room, which gets damp and scruffy, and when environmental health come round we're digging through box files in the office. We want a simple app on the lifeguards' phones to log each test, with a warning straight away if a reading is out of range.",
      walkthrough:
        "The lifeguard goes down to the plant room with the test kit, opens the app, picks the pool and types in the four readings. The plant room is in the basement and there's no signal down there at all, so it has to work without it and catch up later. If something's out, say the pH is 7.9 and the limit is 7.6, it goes red and tells them to call the duty manager, and they have to write down the action taken, like 'dosing pump adjusted, retest in 30 minutes'. At the end of the day the duty manager goes through the day's tests, checks none are missing and signs off the day. Once a month I export the tests as a PDF for the council's environmental health officer.",
      things:
        "Pools: name, and the limits for each one (min and max chlorine, min and max pH). Tests: each test is for one pool, with the time, who did it, free chlorine, total chlorine, pH, temperature, and the action taken if anything was out. Staff: name and role (lifeguard or duty manager). Daily sign-offs: date, which duty manager, and any comments.",
      extras: [
        "Leave out the staff rota, we've got a separate system for that. Chemical deliveries and stock levels would be handy one day, but not for now.",
        "No, that's it.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Roles and permissions",
    },
    expect: {
      kind: "mobile app",
      features: [
        "log a test",
        "warning reading out of range",
        "call the duty manager",
        "action taken",
        "signs off the day",
        "export tests PDF",
      ],
      tables: [
        { name: "pools", fields: ["name", "min chlorine", "max chlorine", "min ph", "max ph"] },
        {
          name: "tests",
          fields: ["pool", "time", "free chlorine", "total chlorine", "ph", "temperature", "action taken"],
        },
        { name: "staff", fields: ["name", "role"] },
        { name: "daily sign-offs", fields: ["date", "duty manager", "comments"] },
      ],
      excluded: ["rota", "deliveries", "stock"],
      background: ["log sheet", "box files"],
    },
  },
  {
    id: "payslip-splitter",
    who: "A joinery firm's office manager: a Python command-line tool that splits the monthly payroll PDF into one password-protected PDF per employee by the employee number on each page, and prints a summary; done by hand in Adobe today; 'please don't add' emailing, commands and flags",
    says: {
      overview:
        "I do the office and the payroll for a joinery firm with 45 staff. Every month Sage gives me one big PDF with all the payslips in it, one page each. At the moment I split it by hand in Adobe, save each page under the person's name and password-protect it. It takes most of a morning, and I have put the wrong payslip in the wrong folder before, which was awkward. I want a small Python command-line tool that reads the big PDF, finds the employee number on each page, and saves one PDF per employee, named like 1042_2025-03.pdf and protected with that person's password from our staff list.",
      walkthrough:
        "On payday I run it with the month's PDF and the staff list, which is a CSV with employee number, name and password. It writes all the payslips into a folder for that month and prints a summary at the end: how many pages it read, how many payslips it wrote, and any page with no employee number on it, or with a number that's not in our staff list. If something's off I fix the CSV and run it again.",
      commands:
        "split PDF --staff staff.csv --out FOLDER does the real work, and --dry-run just lists what it would write without writing anything. check PDF --staff staff.csv only reads the PDF and reports the pages it can't match. That's all it needs.",
      extras:
        "Please don't add anything that emails the payslips out. People pick them up from the shared drive and that's how HR wants it to stay.",
    },
    picks: { Kind: "Command-line tool", Data: "No", Language: "Python" },
    expect: {
      kind: "command-line tool",
      features: [
        "finds the employee number on each page",
        "one PDF per employee",
        "protected with password",
        "prints a summary",
        "page with no employee number",
        "not in the staff list",
      ],
      tables: [],
      excluded: ["email"],
      background: ["Adobe"],
      stack: ["Python"],
      commands: ["split", "check", "--staff", "--out", "--dry-run"],
    },
  },
  {
    id: "vegbox-texts",
    who: "A community veg-box scheme's coordinator: a text-message service with no screens, the week's box texted to every member, SKIP, PAUSE and RESUME by reply, a packing list per pickup point by text; each member collects from one pickup point; a Google sheet today, 'no app and no website', 'I don't want this touching money', Twilio and Python",
    says: {
      overview:
        "I coordinate Green Lane Veg, a community-supported veg scheme outside Stroud with about 120 members. Members pay monthly by standing order, and every Thursday they pick up a small or a large box from one of four pickup points: the church hall, the primary school, the Plough and the farm gate. The headache is skips. People go on holiday and tell me by text, by email or in the street, I keep a Google sheet that's never quite right, and every week we pack boxes that nobody collects. I'd like a text message service, no app and no website, because half our members are retired and only really use texts.",
      walkthrough:
        "On Monday morning I text the service the week's contents, like 'BOX leeks, potatoes, kale, squash, apples'. It texts every active member what's in this week's box and tells them to reply SKIP if they don't want it. If a member replies SKIP they get 'OK, no box for you this Thursday'. They can text PAUSE 3 to pause for three weeks while they're away, and RESUME to start again early. On Wednesday at 6pm it texts me the packing list: how many small and large boxes for each pickup point, and the names of anyone skipping.",
      things:
        "Members: name, mobile number, box size (small or large), pickup point, and paused until. Each member collects from one pickup point. Pickup points: name and address. Weeks: the date and what's in the box. Skips: which member and which week.",
      extras:
        "There's no money in it. Payments stay with the bank standing orders and I don't want this touching money at all.",
      tech: "We've already got a Twilio number from a fundraiser last year, so Twilio for the texts please. And Python, it's the only thing I can read a bit.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "No accounts",
      Technology: "I have preferences",
      Language: "Python",
      "Back end": "Python + FastAPI",
    },
    expect: {
      kind: "api service",
      features: [
        "BOX contents",
        "texts every active member",
        "reply SKIP",
        "PAUSE",
        "RESUME",
        "packing list",
        "small and large boxes for each pickup point",
        "names skipping",
      ],
      tables: [
        { name: "members", fields: ["name", "mobile number", "box size", "pickup point", "paused until"] },
        { name: "pickup points", fields: ["name", "address"] },
        { name: "weeks", fields: ["date"] },
        { name: "skips", fields: ["member", "week"] },
      ],
      excluded: ["payment", "money", "website"],
      background: ["Google sheet"],
      stack: ["Twilio", "Python"],
    },
  },
  {
    id: "exam-seating-plans",
    who: "A secondary school's exams officer in long paragraphs: a Windows program on her laptop that seats candidates in candidate number order, access arrangements apart, prints seating plans and desk cards, marks absences; each sitting is one exam in one room, a seat is one candidate at one desk; an Excel sheet per exam today, 'isn't something we want', 'I'd rather keep this simple and do that separately', dragging swapped for picking from a list at the review",
    says: {
      overview:
        "I'm the exams officer at a secondary school of about 1,100 students, and twice a year, the mocks in January and then the real GCSE and A level series in the summer, I have to produce a seating plan for every single exam. At the moment I do them in Excel, one sheet per exam, copying and pasting candidate names and numbers from our MIS export into a grid that looks roughly like the sports hall, and then I print them and tape them to the door. It takes me days, and every time a student drops a subject or gets extra time approved I end up redoing three or four plans by hand. Mistakes really matter here: the boards expect candidates to be seated in candidate number order, and the inspectors can turn up unannounced and check the plan against who is actually sitting where.\n\nWhat I'd like is a program on my laptop (a Windows laptop the school gave me, and it has to work without the internet because there's no wifi in the sports hall) that holds the rooms and their desk layouts, the candidates and the exam timetable, and for each exam lays the candidates out in candidate number order, row by row. Candidates with access arrangements, like 25% extra time or a reader, need to go in their own room or at the back, so they aren't disturbed when everyone else gets up and leaves. Then it should print the seating plan for the door, and a desk card for each desk with the candidate's name, their number and the exam.",
      walkthrough:
        "Realistically I'd start each season by importing the candidate list from a CSV, which our MIS (we use SIMS) can export, with names, candidate numbers and any access arrangements. Then I'd enter the exam timetable, or import that too if it's easy: the date, the session, the paper code and title, and which candidates are entered for it. For each exam I'd pick the room, press a button to lay it out, look at the plan on screen, and drag a candidate to a different desk if I need to, for example when a student has a broken leg and needs the desk nearest the door. Then print the plan and the desk cards. On the day, if someone doesn't turn up, it's ticked on the printed plan, and afterwards I mark them absent in the program, because I have to report absences to the boards.",
      things:
        "Rooms: a name and the desk layout, meaning the number of rows and the number of desks per row. Candidates: candidate number, first name, surname, form and access arrangements. Exams: paper code, title, board, date, session (morning or afternoon) and length in minutes. Each sitting is one exam in one room, since a big exam can be split across the sports hall and the drama studio. And a seat puts one candidate at one desk, so a row and a column, for a sitting, with a tick if they were absent.",
      extras: [
        "One thing I'd like to be very clear about: anything online, like a parent portal or sending the plans out to students, isn't something we want. Candidate data stays on my laptop. Invigilator timetabling, who is invigilating which exam, would be lovely in theory, but I'd rather keep this simple and do that separately as I do now.",
        "No, I think that's everything, thank you.",
      ],
      tech: "It only needs to run on Windows, the school laptops are all Windows 11, and our IT technician has to be able to install it without a fuss. I don't mind what it's written in.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No accounts",
      Sharing: "No, it's personal",
      Technology: "I have preferences",
    },
    atReview: [
      "One change, please: take out dragging candidates between desks. I've thought about it, and on my trackpad I'd much rather swap two candidates by picking them from a list.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "candidate number order",
        "access arrangements own room or at the back",
        "print the seating plan for the door",
        "desk card for each desk",
        "import the candidate list from a CSV",
        "enter the exam timetable",
        "mark them absent",
        "swap two candidates",
      ],
      tables: [
        { name: "rooms", fields: ["name", "rows", "desks per row"] },
        {
          name: "candidates",
          fields: ["candidate number", "first name", "surname", "form", "access arrangements"],
        },
        { name: "exams", fields: ["paper code", "title", "board", "date", "session", "length"] },
        { name: "sittings", fields: ["exam", "room"] },
        { name: "seats", fields: ["sitting", "candidate", "row", "column", "absent"] },
      ],
      excluded: ["portal", "invigilat", "drag"],
      background: ["Excel"],
      stack: ["Windows"],
    },
  },
  {
    id: "minibus-bookings",
    who: "A PE teacher in one-line answers: teachers book the school's two minibuses for trips, only staff who passed the minibus test may drive; 'no … or … stuff'",
    says: {
      overview: "booking system for our 2 school minibuses",
      more: "teachers book a minibus for a trip. only staff who've passed the minibus test can drive",
      walkthrough: "pick a date, see which bus is free, book it, put who's driving",
      things:
        "minibuses (name, reg, seats), bookings (minibus, teacher, driver, date, start, end, destination), drivers (name, test date)",
      extras: "no fuel cards or mileage stuff",
    },
    picks: { Kind: "Web app" },
    expect: {
      kind: "web app",
      features: ["book a minibus for a trip", "minibus free", "minibus test drive"],
      tables: [
        { name: "minibuses", fields: ["name", "reg", "seats"] },
        {
          name: "bookings",
          fields: ["minibus", "teacher", "driver", "date", "start", "end", "destination"],
        },
        { name: "drivers", fields: ["name", "test date"] },
      ],
      excluded: ["fuel", "mileage"],
    },
  },
  {
    id: "escola-de-surf",
    who: "A surf school in Peniche in European Portuguese: clients book group lessons with free places, instructors see their lessons with the students' wetsuit sizes, a lesson cancelled for the sea with an email to rebook; each lesson is at one beach with one instructor; a paper diary, the phone and Instagram messages today, 'não precisamos', 'fica de fora'; height and weight taken off and wetsuit size added after 'Change something'",
    says: {
      overview:
        "Olá! Tenho uma escola de surf em Peniche, a Onda Norte, com quatro monitores. Damos aulas de grupo de manhã e à tarde, de abril a outubro, em três praias (Baleal, Supertubos e Consolação), conforme o mar. Neste momento as marcações chegam por telefone, por email e por mensagem no Instagram, e eu aponto tudo numa agenda de papel. Quando o mar está mau e temos de cancelar, passo a manhã ao telefone a avisar toda a gente. Queria uma aplicação web onde os clientes marcam as aulas sozinhos e onde eu possa cancelar uma aula e avisar logo todos os alunos por email.",
      walkthrough:
        "O cliente entra no site, escolhe o dia e vê as aulas com vagas (no máximo 8 alunos por monitor). Escolhe uma aula e preenche o nome, o telemóvel, o email, a altura e o peso, para sabermos o tamanho do fato e da prancha, e o nível: iniciação, intermédio ou avançado. Recebe logo um email de confirmação. De manhã, o monitor abre a aplicação no telemóvel e vê as aulas dele, com a lista de alunos e os tamanhos dos fatos, para preparar o material antes de sair para a praia. Se o mar não deixar, eu cancelo a aula e os alunos recebem um email para remarcar noutro dia.",
      things:
        "Aulas: data, hora, praia, monitor, nível e vagas. Cada aula é numa praia e tem um monitor. Alunos: nome, telemóvel, email, altura, peso e nível. Marcações: aluno, aula e estado (confirmada ou cancelada). Monitores: nome e telemóvel. Praias: nome e ponto de encontro.",
      thingsChange:
        "Tira a altura e o peso dos alunos e põe antes o tamanho do fato (XS a XL). É mais simples, e há pessoas que não gostam nada de dizer o peso.",
      extras: [
        "Pagamentos online não precisamos, as pessoas pagam cá na escola, em dinheiro ou por MB Way. O aluguer de pranchas a quem não tem aula também fica de fora, isso é outro negócio.",
        "Não, é tudo. Obrigado!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Os clientes não precisam de conta. Só eu e os monitores é que entramos.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "clientes marcam as aulas",
        "aulas com vagas",
        "8 alunos por monitor",
        "email de confirmação",
        "monitor vê as aulas dele",
        "tamanhos dos fatos",
        "cancelar uma aula",
        "avisar todos os alunos por email",
        "email para remarcar",
      ],
      tables: [
        { name: "aulas", fields: ["data", "hora", "praia", "monitor", "nível", "vagas"] },
        { name: "alunos", fields: ["nome", "telemóvel", "email", "nível", "tamanho"] },
        { name: "marcações", fields: ["aluno", "aula", "estado"] },
        { name: "monitores", fields: ["nome", "telemóvel"] },
        { name: "praias", fields: ["nome", "ponto de encontro"] },
      ],
      excluded: ["pagamento", "aluguer", "altura", "peso"],
      background: ["agenda de papel", "Instagram"],
    },
  },
  {
    id: "halaqat-tahfiz",
    who: "A Riyadh mosque's supervisor of Quran memorisation circles in Arabic: teachers record attendance and each student's new memorisation and revision with a grade on their phones, parents see what their son memorised and get a notice when he is absent, the supervisor sees pages per circle this month; each student belongs to one circle; a paper follow-up notebook today, 'لا نحتاج', 'لا نريد'",
    says: {
      overview:
        "السلام عليكم ورحمة الله. أنا مشرف حلقات تحفيظ القرآن الكريم في جامع الإحسان بحي النسيم في الرياض. عندنا ست حلقات للأولاد بعد العصر، في كل حلقة معلم وحوالي خمسة عشر طالبًا. حاليًا كل طالب عنده دفتر متابعة ورقي يكتب فيه المعلم الحفظ والمراجعة كل يوم، لكن الدفتر يضيع أو ينساه الطالب في البيت، وأنا لا أعرف مستوى الحلقات إلا إذا جمعت الدفاتر كلها. نريد تطبيقًا على الجوال يسجل فيه المعلم تسميع كل طالب، ويتابع فيه ولي الأمر تقدم ابنه.",
      walkthrough:
        "بعد صلاة العصر يفتح المعلم التطبيق ويختار حلقته فتظهر له قائمة الطلاب، ويسجل الحضور والغياب في بداية الحلقة. ثم يختار الطالب ويسجل الحفظ الجديد: السورة، ومن آية إلى آية، والتقدير (ممتاز، جيد جدًا، جيد، يعاد)، ويكتب ملاحظة إذا احتاج. ويسجل المراجعة بنفس الطريقة. ولي الأمر يفتح التطبيق في البيت ويرى ما حفظه ابنه اليوم وملاحظة المعلم، ويصله إشعار إذا غاب ابنه. وأنا كمشرف أريد أن أرى كم صفحة حفظت كل حلقة هذا الشهر، حتى أعرف أي حلقة تحتاج متابعة.",
      things:
        "الحلقات: الاسم، المعلم، الوقت. الطلاب: الاسم، العمر، جوال ولي الأمر، الحلقة، وكل طالب ينتمي إلى حلقة واحدة فقط. المعلمون: الاسم، الجوال. التسميع: الطالب، التاريخ، النوع (حفظ أو مراجعة)، السورة، من آية، إلى آية، التقدير، ملاحظة. الحضور: الطالب، التاريخ، حاضر أو غائب.",
      extras: [
        "لا نحتاج إلى رسوم أو مدفوعات، التحفيظ عندنا مجاني والحمد لله. ولا نريد محادثة بين المعلمين وأولياء الأمور داخل التطبيق، يكفي الاتصال بالهاتف.",
        "لا، هذا كل شيء. جزاك الله خيرًا.",
      ],
    },
    picks: { Kind: "Mobile app", Accounts: "Roles and permissions" },
    expect: {
      kind: "mobile app",
      features: [
        "يسجل الحضور",
        "يسجل الحفظ الجديد",
        "يسجل المراجعة",
        "ما حفظه ابنه اليوم",
        "ملاحظة المعلم",
        "إشعار إذا غاب ابنه",
        "كم صفحة حفظت كل حلقة",
      ],
      tables: [
        { name: "الحلقات", fields: ["الاسم", "المعلم", "الوقت"] },
        { name: "الطلاب", fields: ["الاسم", "العمر", "جوال ولي الأمر", "الحلقة"] },
        { name: "المعلمون", fields: ["الاسم", "الجوال"] },
        {
          name: "التسميع",
          fields: ["الطالب", "التاريخ", "النوع", "السورة", "من آية", "إلى آية", "التقدير", "ملاحظة"],
        },
        { name: "الحضور", fields: ["الطالب", "التاريخ"] },
      ],
      excluded: ["رسوم", "مدفوعات", "محادثة"],
      background: ["دفتر"],
    },
  },
  {
    id: "physio-home-exercises",
    who: "A physiotherapist in Galway: patients see their home exercise programme on their phones with a video of each exercise, tick each one off and rate their pain, she builds programmes from the practice's exercise library; each programme is for one patient; printed sheets with stick figures today, 'are out', 'no … either', Flutter and Firebase",
    says: {
      overview:
        "I'm a physio with a small private practice in Galway, just me and one other physiotherapist. After an appointment I give patients a printed sheet of exercises with little stick-figure drawings, and honestly most of them lose it or forget, and I've no idea whether they did anything until they come back two weeks later. I'd like a phone app where each patient sees their own home exercise programme, with a short video of each exercise that we film ourselves in the clinic, ticks off each exercise when they've done it and rates how sore it was from 0 to 10.",
      walkthrough:
        "The patient gets a reminder at the time they chose, opens the app and sees today's exercises, say 3 sets of 10 bridges and a 30-second calf stretch on each side. They watch the video if they need to, do the exercise and tick it off, and at the end they rate their pain from 0 to 10. On my side, after the appointment I set up their programme in the app by picking exercises from our library and setting the sets and reps, and before the next appointment I look at how many sessions they did and how their pain has gone over the two weeks.",
      things:
        "Exercises: name, video, instructions, body area. Patients: name, email, date of birth. Programmes: each programme is for one patient, with a start date and a list of exercises, each with sets, reps and how many times a day. Sessions: the patient, the date, which exercises they ticked off, and the pain score.",
      extras: [
        "Video consultations are out, we do those on Zoom and that's fine. And no messaging in the app either, if they need me they can ring the clinic.",
        "That's it.",
      ],
      tech: "One of my patients is a developer and offered to help. He said Flutter with Firebase would be the quickest.",
    },
    picks: {
      Kind: "Mobile app",
      Accounts: "Roles and permissions",
      "App tech": "Flutter",
      Technology: "I have preferences",
    },
    expect: {
      kind: "mobile app",
      features: [
        "home exercise programme",
        "video of each exercise",
        "tick off",
        "rate pain 0 to 10",
        "reminder at the time they chose",
        "exercises from our library",
        "sets and reps",
        "how many sessions",
      ],
      tables: [
        { name: "exercises", fields: ["name", "video", "instructions", "body area"] },
        { name: "patients", fields: ["name", "email", "date of birth"] },
        { name: "programmes", fields: ["patient", "start date"] },
        { name: "sessions", fields: ["patient", "date", "pain score"] },
      ],
      excluded: ["consultation"],
      background: ["printed sheet", "stick-figure"],
      stack: ["Flutter", "Firebase"],
    },
  },
  {
    id: "isbn-go",
    who: "An academic publisher's developer: a Go library that validates ISBN-10 and ISBN-13, converts between them, cleans up messy input and hyphenates from the ISBN Agency's bundled ranges, nothing stored; a copy of the check-digit code in every service today, 'has no business going online'",
    says: {
      overview:
        "We're a small academic publisher in Oxford with a handful of Go services (the catalogue feed, the royalty import, the website search) that all handle ISBNs, and each of them has its own slightly different copy of the check-digit code, one of which turned out to be wrong for two years. I'd like one small Go library that we import everywhere instead: it validates an ISBN-10 or ISBN-13, converts between the two, and cleans up messy input like 'ISBN: 978 0 19 852663 6' or '0-19-852663-6'.",
      walkthrough:
        "A developer imports the package and calls isbn.Parse with whatever string they've got. They get back an ISBN value, or an error that says what's wrong: wrong length, bad check digit, or characters that don't belong. From the value they can ask for the ISBN-13, the ISBN-10 if there is one (979 numbers don't have one), and the hyphenated form like 978-0-19-852663-6. Hyphenating needs the official ranges from the International ISBN Agency's RangeMessage.xml, so that file should be bundled into the library, with a small script to update it when the agency publishes a new one.",
      extras:
        "It has no business going online: no calls to Google Books or anything else to look up titles, we have our own catalogue for that.",
      tech: "Go 1.22, standard library only, no third-party dependencies.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Go",
    },
    expect: {
      kind: "library",
      features: [
        "validates an ISBN-10 or ISBN-13",
        "converts between",
        "cleans up messy input",
        "bad check digit",
        "hyphenated form",
        "RangeMessage.xml bundled",
        "script to update",
      ],
      tables: [],
      excluded: ["Google Books"],
      background: ["copy"],
      stack: ["Go"],
    },
  },
];

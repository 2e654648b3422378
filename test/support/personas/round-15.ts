import type { Persona } from "../persona-driver.js";

/**
 * The fifteenth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-15.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the two before it, a sample of ordinary people describing an idea the ordinary
 * way: plain prose in answers of one to several paragraphs, records listed after colons,
 * after dashes or told in sentences. Eight write in English, one in Hindi (in Devanagari,
 * never used before, with the English loanwords a Lucknow dairy owner types: "रूट", "बिल",
 * "एंट्री", "PDF") and one in Thai (never used before, a script written without spaces
 * between words), each as a native speaker would. What varies is the kind of software,
 * the domain and the length of the answers: web apps for a town's repair café on its
 * Saturday (a queue for each category and what became of each item), a scaffolding firm's
 * 7-day inspections, a Chiang Mai massage shop's rotating queue of therapists (เวียนคิว)
 * and their pay per service (ค่ามือ), and a museum registrar's loans in and out with
 * their condition reports; phone apps for a dairy's milk rounds with a month-end bill
 * (दूध का हिसाब) and a hill farmer's lambing; a Go command-line tool that checks subtitle
 * files against a client's rules and shifts their timings, with commands and flags; a
 * service without screens that a bus company's GPS trackers post to and its stop
 * displays ask for the next departures; a dog show secretary's program on her laptop at
 * a showground without internet; and a Swift package that predicts tides on an iPhone.
 * The farmer answers in a few lower-case words each time, the registrar in long
 * paragraphs, the others in between. Relations said plainly ("every item belongs to the
 * visitor who brought it", "each scaffold is on one site", "each trip runs on one route",
 * "each entry is one dog in one class", "condition reports are for one object at one
 * stage", "each lamb has one ewe", "हर ग्राहक एक ही रूट पर होता है", "แต่ละครั้งเป็นของ
 * หมอนวดคนเดียว บนเตียงเดียว"); background in paper forms and a spreadsheet, a paper
 * register in a plastic wallet on site, a diary per delivery boy (डायरी), a queue
 * notebook at the counter (สมุด), a notebook in a coat pocket, checking by eye, a USB
 * stick in each display, typing the catalogue into Word, a loans book and a shared drive,
 * a paid web API that fails offshore; technology named as Laravel and MySQL, Android, Go,
 * C# and PostgreSQL, Azure, Swift and iOS; "no" said as "the app can forget about money
 * altogether", "keep them well out of this", "Same for", "not bothered about", "got a
 * book for that", "don't bother with", "are Ticketer's business, not ours", "I'd really
 * rather the program didn't go near them", "a completely separate project", "have
 * nothing to do with this", "should never", "leave them out for now", "अभी इस ऐप में
 * नहीं", "बाद में देखेंगे", "ไม่ต้องมี", "ไม่เอา". The scaffolder takes a field off and
 * adds one after "Change something" at "Your data"; the repair café adds a printed label
 * at the review. The score compares Hindi and Thai by their letters in Latin script, so
 * their expected words are written in the forms the person used.
 */
export const FIFTEENTH_ROUND: readonly Persona[] = [
  {
    id: "repair-cafe-queue",
    who: "A town repair café's volunteer coordinator: visitors registered at the door with their broken item and a disclaimer signed on the tablet, a queue for each category that fixers take the next item from, the outcome and a note, a yearly count of kilos saved from landfill; every item belongs to the visitor who brought it, each repair is one item taken by one fixer; paper forms and a spreadsheet today, 'the app can forget about money altogether', a printed label with the repair number added at the review",
    says: {
      overview:
        "I help run the Repair Café in Hebden Bridge. Once a month on a Saturday we take over the Methodist hall, about a dozen volunteer fixers sit at tables by category (electrics, bikes, textiles, furniture and computers) and people bring in broken things to get them mended for free. At the moment everyone fills in a paper form at the door, the forms go in a pile, the fixers shout 'who's next for electrics?', and afterwards I spend an evening typing the forms into a spreadsheet because our funder wants numbers. I'd like a simple web app for the day itself: register people at the door, keep a queue for each category, and record what happened to each item.",
      walkthrough:
        "Someone arrives with, say, a toaster that won't heat up. At the welcome desk we type in their name and phone number, what the item is, roughly how much it weighs and what's wrong with it, and pick the category. They sign the disclaimer on the tablet, we need that for our insurance. The toaster then joins the electrics queue. When a fixer is free they open the queue on their phone, take the next item, and it shows as in progress at their table. When they're done they choose the outcome: fixed, partly fixed, not fixable, or needs a part, and add a short note about what they did. At the end of the year I want a count of items and kilos saved from landfill, by category, for the funder's report.",
      things:
        "Visitors: name, phone, postcode (the funder likes to know we serve local people). Items: a description, the category, the weight in kilos, the fault, and the visitor who brought it. Every item belongs to the visitor who brought it, at one event. Repairs: each repair is one item taken by one fixer, with the outcome and a note. Fixers: name and the categories they can do. Events: the date and the venue, one for each Saturday.",
      extras: [
        "Donations go in the jar by the door and the tea and cake are paid for in coins, so the app can forget about money altogether.",
        "No, that's all, thanks.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "The welcome desk volunteers and the fixers log in, the visitors don't.",
    },
    atReview: [
      "One more thing, sorry: at the welcome desk we need to print a small label with the repair number to tie on the item, so nothing gets mixed up on the tables.",
    ],
    expect: {
      kind: "web app",
      features: [
        "register at the door",
        "sign the disclaimer",
        "queue for each category",
        "take the next item",
        "in progress",
        "not fixable",
        "needs a part",
        "kilos saved from landfill",
        "print a label with the repair number",
      ],
      tables: [
        { name: "visitors", fields: ["name", "phone", "postcode"] },
        { name: "items", fields: ["description", "category", "weight", "fault", "visitor"] },
        { name: "repairs", fields: ["item", "fixer", "outcome", "note"] },
        { name: "fixers", fields: ["name", "categories"] },
        { name: "events", fields: ["date", "venue"] },
      ],
      excluded: ["donation", "money"],
      background: ["paper form", "spreadsheet"],
    },
  },
  {
    id: "scaffold-inspections",
    who: "A scaffolding contractor's contracts manager: a handover signed on the chargehand's phone, 7-day inspections with defects and photos, a list of scaffolds by days since their last inspection with the overdue ones in red, a PDF of a scaffold's inspections for the client, a striking date; each scaffold is on one site; a paper register in a plastic wallet on site today; 'keep them well out of this', 'Same for', height taken off and photos added after 'Change something', Laravel and MySQL",
    says: {
      overview:
        "We're a scaffolding contractor in Leicester, about 30 lads and usually 40 to 60 scaffolds up at any one time, mostly on housing sites and the odd shop front. By law every scaffold has to be inspected at least every 7 days and after bad weather, and every inspection has to be written down. Right now that's a paper register in a plastic wallet on site. The inspector fills it in with a pen, and when the main contractor's health and safety man wants the records we end up driving round the sites photographing pages. I want a web app where we keep each scaffold, its handover and every inspection, and where I can see straight away which scaffolds are overdue.",
      walkthrough:
        "When a scaffold is finished, the chargehand does the handover on his phone: which scaffold, the load class, who on the client's side it's handed over to, and they sign on the screen. From then on the inspector goes round his sites, opens each scaffold, ticks that it's safe or lists the defects, and saves. In the office I open a list of all the scaffolds with the days since their last inspection, and anything over 7 days in red. If a client asks, I can email them a PDF of a scaffold's inspections. When the job's finished we put in the striking date and the scaffold drops off the list.",
      things:
        "Sites: name, address, client. Scaffolds: each scaffold is on one site, with a reference number, a description (like 'rear elevation, plots 12 to 14'), the load class and the height. Handovers: scaffold, date, handed over to, signature. Inspections: scaffold, date, inspector, safe or not, defects. Clients: company name, contact name, email.",
      thingsChange:
        "Take the height off the scaffolds, we never fill it in. And each inspection needs photos as well.",
      extras: [
        "Timesheets and the lads' wages are done in a different system, keep them well out of this. Same for quotes and invoicing, that's all in Sage.",
        "That's everything.",
      ],
      tech: "My nephew is a web developer and he builds everything in Laravel with MySQL, so let's go with that.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Roles and permissions",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Back end": "Laravel, my nephew uses it",
      Database: "MySQL",
    },
    expect: {
      kind: "web app",
      features: [
        "handover on his phone",
        "sign on the screen",
        "safe or defects",
        "days since their last inspection",
        "over 7 days in red",
        "email a PDF of the inspections",
        "striking date",
      ],
      tables: [
        { name: "sites", fields: ["name", "address", "client"] },
        { name: "scaffolds", fields: ["site", "reference number", "description", "load class"] },
        { name: "handovers", fields: ["scaffold", "date", "handed over to", "signature"] },
        { name: "inspections", fields: ["scaffold", "date", "inspector", "safe", "defects", "photos"] },
        { name: "clients", fields: ["company name", "contact name", "email"] },
      ],
      excluded: ["timesheet", "wage", "invoic", "height"],
      background: ["paper register", "plastic wallet"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "doodh-hisaab",
    who: "A Lucknow dairy owner in Hindi (Devanagari): delivery boys open their route on their phones, each house's fixed daily milk already filled in, change the quantity when someone took less, more or none, a month-end bill per customer with total litres and amount, a PDF of the bill, paid marked on it and a list of who still owes; each customer is on one route; a diary per boy today, Android, paneer, curd and ghee 'बाद में देखेंगे … अभी इस ऐप में नहीं'",
    says: {
      overview:
        "नमस्ते जी। लखनऊ में हमारी छोटी सी डेयरी है, करीब 180 घरों में रोज सुबह दूध जाता है। तीन लड़के अलग-अलग रूट पर साइकिल से दूध बाँटते हैं। अभी हर लड़का एक डायरी में लिखता है कि किस घर में कितना दूध दिया, और महीने के आखिर में मेरा बेटा सारी डायरियाँ लेकर हर ग्राहक का बिल हाथ से बनाता है। इसमें दो-तीन दिन लग जाते हैं, गलतियाँ भी होती हैं, और फिर ग्राहक बोलते हैं कि उस दिन तो हमने दूध लिया ही नहीं था। हमें एक मोबाइल ऐप चाहिए जिसमें लड़के रोज का दूध वहीं दर्ज कर दें और महीने का बिल अपने आप बन जाए।",
      walkthrough:
        "सुबह लड़का ऐप खोलकर अपना रूट चुनता है, तो उस रूट के सारे घर उसी क्रम में दिखते हैं जिसमें वो जाता है। हर घर का रोज का बंधा हुआ दूध पहले से भरा रहता है, जैसे शर्मा जी के यहाँ डेढ़ लीटर। अगर किसी ने आज कम लिया, ज्यादा लिया या दूध लिया ही नहीं, तो वो बस उस दिन की मात्रा बदल देता है, बाकी सबके आगे टिक करता जाता है। महीने की पहली तारीख को मैं हर ग्राहक का बिल देखूँ: हर दिन कितना दूध गया, कुल लीटर, और रेट से कुल रकम। बिल का PDF बन जाए तो मैं उसे ग्राहक को व्हाट्सऐप पर भेज दूँ। जब ग्राहक पैसे दे दे तो बिल पर जमा लगा दूँ, और एक लिस्ट दिखे कि किसका पैसा बाकी है।",
      things:
        "ग्राहक: नाम, पता, फोन नंबर, रूट, रोज का दूध (कितने लीटर), और रेट, क्योंकि गाय और भैंस के दूध का रेट अलग है। हर ग्राहक एक ही रूट पर होता है। रूट: नाम और कौन सा लड़का उस पर जाता है। रोज की एंट्री: ग्राहक, तारीख, कितने लीटर दिए। बिल: ग्राहक, महीना, कुल लीटर, कुल रकम, और जमा हुआ या नहीं।",
      extras: [
        "पनीर, दही और घी भी हम बेचते हैं, पर उनका हिसाब बाद में देखेंगे, अभी इस ऐप में नहीं। अभी सिर्फ दूध।",
        "नहीं, बस इतना ही। धन्यवाद।",
      ],
      tech: "सब लड़कों के पास सस्ते Android फोन हैं, तो Android पर चलना जरूरी है। कुछ गलियों में नेटवर्क भी नहीं आता।",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "सिर्फ मैं और दूध बाँटने वाले लड़के लॉगिन करेंगे, ग्राहक नहीं।",
      Technology: "I have preferences",
      "App tech": "बस Android पर चलना चाहिए",
    },
    expect: {
      kind: "mobile app",
      features: [
        "घर उसी क्रम में",
        "बंधा हुआ दूध पहले से भरा",
        "उस दिन की मात्रा बदल",
        "महीने का बिल अपने आप",
        "कुल लीटर",
        "रेट से कुल रकम",
        "बिल का PDF",
        "किसका पैसा बाकी",
      ],
      tables: [
        { name: "ग्राहक", fields: ["नाम", "पता", "फोन नंबर", "रूट", "रोज का दूध", "रेट"] },
        { name: "रूट", fields: ["नाम", "लड़का"] },
        { name: "रोज की एंट्री", fields: ["ग्राहक", "तारीख", "लीटर"] },
        { name: "बिल", fields: ["ग्राहक", "महीना", "कुल लीटर", "कुल रकम"] },
      ],
      excluded: ["पनीर", "दही", "घी"],
      background: ["डायरी"],
      stack: ["Android"],
    },
  },
  {
    id: "khiu-mo-nuat",
    who: "A Chiang Mai Thai massage shop's owner in Thai: therapists check in on the counter tablet and join the end of a rotating queue, the first in the queue and a free bed suggested for each customer, a customer may choose a therapist, a timer with a warning when time is up, paid marked, a daily summary of each therapist's hours and pay per service (ค่ามือ); each massage is one therapist on one bed; a queue notebook today and LINE for regulars, 'ไม่ต้องมี' members and points, 'ไม่เอา' online booking",
    says: {
      overview:
        "สวัสดีค่ะ ดิฉันเปิดร้านนวดแผนไทยเล็กๆ อยู่ในเมืองเชียงใหม่ มีหมอนวด 9 คน เตียงนวดไทย 6 เตียง กับห้องนวดน้ำมันอีก 2 ห้อง ตอนนี้ใช้สมุดจดคิวไว้ที่เคาน์เตอร์ ใครมาก่อนได้ลูกค้าก่อน เวียนกันไปเรื่อยๆ แต่พอลูกค้าเยอะก็จดผิดบ้าง หมอนวดก็ไม่พอใจกันเรื่องคิว แล้วทุกเย็นดิฉันต้องมานั่งไล่สมุดคิดค่ามือให้หมอนวดทีละคน อยากได้เว็บแอปที่ใช้บนแท็บเล็ตที่เคาน์เตอร์ ช่วยจัดคิวหมอนวดให้ยุติธรรม แล้วคิดค่ามือให้อัตโนมัติค่ะ",
      walkthrough:
        "ตอนเช้าหมอนวดมาถึงก็กดลงชื่อเข้างาน แล้วชื่อก็ไปต่อท้ายคิว พอมีลูกค้าเดินเข้ามา พนักงานเคาน์เตอร์เลือกบริการ เช่น นวดไทย 2 ชั่วโมง หรือนวดน้ำมัน 1 ชั่วโมง ระบบจะเสนอหมอนวดคนแรกในคิวกับเตียงที่ว่างให้ ถ้าลูกค้าประจำขอหมอนวดคนไหนก็เลือกหมอนวดเองได้ แต่คนที่อยู่หัวคิวยังไม่เสียคิว พอเริ่มนวดก็จับเวลา ถ้าหมดเวลาแล้วให้หน้าจอขึ้นเตือนที่เคาน์เตอร์ นวดเสร็จลูกค้าจ่ายเงินสดหรือโอนก็ได้ พนักงานกดว่าจ่ายแล้ว หมอนวดคนนั้นก็กลับไปต่อท้ายคิว ตอนปิดร้านดิฉันดูสรุปของวันนั้นว่าหมอนวดแต่ละคนนวดไปกี่ชั่วโมง ได้ค่ามือเท่าไหร่",
      things:
        "หมอนวด: ชื่อ ชื่อเล่น เบอร์โทร นวดน้ำมันได้ไหม\nบริการ: ชื่อ ระยะเวลา ราคา ค่ามือ\nเตียง: เบอร์เตียง ห้อง\nการนวด: แต่ละครั้งเป็นของหมอนวดคนเดียว บนเตียงเดียว มีบริการ เวลาเริ่ม เวลาเสร็จ ลูกค้าเลือกหมอนวดเองหรือเปล่า และจ่ายแล้วหรือยัง",
      extras: [
        "ไม่ต้องมีระบบสมาชิกหรือสะสมแต้มนะคะ ลูกค้าส่วนใหญ่เป็นนักท่องเที่ยว มาครั้งเดียว ส่วนจองออนไลน์ก็ไม่เอาค่ะ ลูกค้าประจำทักมาทาง LINE อยู่แล้ว ดิฉันจดเอง",
        "ไม่มีแล้วค่ะ ขอบคุณค่ะ",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "ดิฉันกับพนักงานเคาน์เตอร์ต้องล็อกอิน หมอนวดไม่ต้อง",
    },
    expect: {
      kind: "web app",
      features: [
        "ลงชื่อเข้างาน",
        "ต่อท้ายคิว",
        "หมอนวดคนแรกในคิว",
        "เตียงที่ว่าง",
        "เลือกหมอนวดเอง",
        "จับเวลา",
        "หมดเวลา เตือน",
        "จ่ายแล้ว",
        "กี่ชั่วโมง ค่ามือ",
      ],
      tables: [
        { name: "หมอนวด", fields: ["ชื่อ", "ชื่อเล่น", "เบอร์โทร"] },
        { name: "บริการ", fields: ["ชื่อ", "ระยะเวลา", "ราคา", "ค่ามือ"] },
        { name: "เตียง", fields: ["เบอร์เตียง", "ห้อง"] },
        { name: "การนวด", fields: ["หมอนวด", "เตียง", "บริการ", "เวลาเริ่ม", "เวลาเสร็จ"] },
      ],
      excluded: ["สมาชิก", "แต้ม", "จองออนไลน์"],
      background: ["สมุด"],
    },
  },
  {
    id: "lambing-book",
    who: "A hill farmer at lambing time in a few lower-case words a time: find a ewe by her tag, add her lambs, tick if she needed help or rejected a lamb, mark a lamb dead with the date, a list of ewes to cull; each lamb has one ewe; a notebook in his coat pocket today, no signal in the shed, 'not bothered about', 'got a book for that'",
    says: {
      overview:
        "lambing app for my phone. 600 ewes, we lamb outside in april. at the min its a notebook in my coat pocket",
      more: "just me on my phone. no signal in the shed or the top fields",
      walkthrough:
        "find ewe by tag no, add her lambs (tag, sex), tick if she needed help or rejected a lamb. if a lamb dies mark it dead with the date. end of season a list of ewes to cull",
      things: "ewes - tag, breed, age\nlambs - ewe, tag, sex, date born, date died\neach lamb has one ewe",
      extras: ["not bothered about weighing. meds go in the medicine book, got a book for that", "no"],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Fully offline",
      Accounts: "No accounts",
    },
    expect: {
      kind: "mobile app",
      features: [
        "find ewe by tag",
        "add her lambs",
        "needed help",
        "rejected a lamb",
        "mark it dead",
        "ewes to cull",
      ],
      tables: [
        { name: "ewes", fields: ["tag", "breed", "age"] },
        { name: "lambs", fields: ["ewe", "tag", "sex", "date born", "date died"] },
      ],
      excluded: ["weighing", "medicine"],
      background: ["notebook"],
    },
  },
  {
    id: "subtitle-check",
    who: "A freelance subtitler: a Go command-line tool that checks an SRT file against a client's rules (characters a line, two lines at most, characters per second, frames between subtitles, overlaps) and prints each problem with its number and timecode, and shifts a whole file's timings into a new file, nothing stored; going through by eye in Subtitle Edit today; 'don't bother with' burning in, commands and flags",
    says: {
      overview:
        "I'm a freelance subtitler, mostly English subtitles for documentaries and the odd streaming series through an agency. Every client has its own rules: no more than 42 characters a line, two lines at most, a reading speed of no more than 17 characters per second, at least two frames between subtitles, and so on. Before I deliver, I go through the whole SRT file by eye in Subtitle Edit looking for problems, and I still miss things and the agency's QC sends it back. I'd like a small command-line tool that checks an SRT file against a client's rules and tells me every subtitle that breaks one.",
      walkthrough:
        "I run it on the finished file with the client's rules, which I'd keep in a little file per client. It prints each problem with the subtitle number and timecode, like '#212 00:14:03,120 reading speed 21 cps (max 17)', and a count of problems at the end. Overlapping subtitles should be flagged too. The other thing I do all the time is shift a whole file because the video has a different start, say everything 2.5 seconds later, so it should do that as well, and write a new file rather than overwriting mine.",
      commands:
        "check FILE --rules netflix.toml, with --json when I want to paste the report into the agency's QC sheet. shift FILE --by 2.5s (or -1.2s) --out NEWFILE. That's it.",
      extras:
        "Don't bother with burning subtitles into the video or anything to do with playback, I've got ffmpeg and Subtitle Edit for that.",
      tech: "Go, so I can hand a single file to my colleague who's on Windows.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "No",
      Technology: "I have preferences",
      Language: "Go",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "checks an SRT file against the rules",
        "42 characters a line",
        "two lines at most",
        "17 characters per second",
        "frames between subtitles",
        "subtitle number and timecode",
        "count of problems",
        "overlapping subtitles",
        "shift a whole file",
        "new file",
      ],
      tables: [],
      excluded: ["burn", "playback"],
      background: ["by eye"],
      stack: ["Go"],
      commands: ["check", "shift", "--rules", "--json", "--by", "--out"],
    },
  },
  {
    id: "bus-stop-departures",
    who: "A small bus company's operations manager: a service without screens that the buses' GPS trackers post positions to every 20 seconds and the displays at the busiest stops ask for the next departures with minutes to go, the timetabled time when there is no live position, a trip cancelled by the control room, the timetable from GTFS files; each trip runs on one route; a USB stick in each display today; 'are Ticketer's business, not ours', C# and PostgreSQL",
    says: {
      overview:
        "I'm the operations manager at Kernow Coaches, we run 14 bus routes around Truro and Falmouth. Last year the council paid for electronic displays at our 30 busiest stops, but at the moment each display just shows the printed timetable from a USB stick, so if a bus is running 15 minutes late the screen still says it's due. Every bus already has a GPS tracker. What we need is a service in the middle: the trackers send it each bus's position, it works out how late each bus is running against the timetable, and the displays ask it for the next departures at their stop.",
      walkthrough:
        "Nobody clicks anything, it's all machines talking. Every 20 seconds each tracker posts the vehicle's fleet number with its latitude and longitude. Each morning our control room sends a list of which vehicle is working which trip, and from that the service works out how many minutes early or late each bus is. Each display calls every 30 seconds with its stop code and gets back the next eight departures: route number, destination and minutes to go, or the timetabled time when there's no live position for that bus. If the control room cancels a trip, say a bus breaks down, they send a cancellation and the displays show 'Cancelled' against it. The timetable comes in as GTFS files from our scheduling software whenever it changes.",
      things:
        "Stops: code, name, latitude, longitude. Routes: number and name. Trips: each trip runs on one route, with its days of operation, and calls at a list of stops, each with a timetabled time. Vehicles: fleet number and tracker ID. Positions: vehicle, time, latitude, longitude. Allocations: which vehicle is on which trip on a date.",
      extras: [
        "Tickets and fares are Ticketer's business, not ours, and we're not touching the ticket machines at all.",
        "No, that covers it.",
      ],
      tech: "Our one developer, Priya, writes C#, so C# please, and PostgreSQL, because we already run it for the scheduling database.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "Nobody logs in, it's all machines. Each tracker and each display has its own key.",
      Technology: "I have preferences",
      "Back end": "C#, it's what Priya knows",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "position every 20 seconds",
        "how late each bus",
        "next departures at their stop",
        "minutes to go",
        "timetabled time no live position",
        "which vehicle working which trip",
        "cancels a trip",
        "GTFS files",
      ],
      tables: [
        { name: "stops", fields: ["code", "name", "latitude", "longitude"] },
        { name: "routes", fields: ["number", "name"] },
        { name: "trips", fields: ["route", "days of operation"] },
        { name: "vehicles", fields: ["fleet number", "tracker id"] },
        { name: "positions", fields: ["vehicle", "time", "latitude", "longitude"] },
        { name: "allocations", fields: ["vehicle", "trip", "date"] },
      ],
      excluded: ["ticket", "fare"],
      background: ["USB stick"],
      stack: ["C#", "PostgreSQL"],
    },
  },
  {
    id: "dog-show-secretary",
    who: "A canine society's show secretary: a program on her laptop at a showground with no internet for an open show's entries typed in or imported from the entry site's CSV, ring numbers in breed order, a catalogue and a judge's book for each ring to print, placings for each class and best of breed, results to print; each dog belongs to one exhibitor, each entry is one dog in one class; typing into Word today; 'I'd really rather the program didn't go near them'",
    says: {
      overview:
        "I'm the show secretary of the Three Counties Canine Society. We hold two open shows a year, with around 400 dogs entered in 60 classes. Entries come in on paper by post and from an online entry site as a spreadsheet, and at the moment I type everything into Word to make the catalogue and number the dogs by hand for the ring numbers. On the day the ring stewards bring me the judges' slips and I write the results into a marked catalogue. I'd like a program on my laptop that does the entries, the catalogue and the results. The showground has no wifi and hardly any signal, so it has to work with no internet at all.",
      walkthrough:
        "Before the show I enter the classes from the schedule, then each entry: the exhibitor, the dog's registered name, breed, sex, date of birth, breeder, sire and dam, and which classes it's entered in. The paper ones I type in, and the online ones I import from the CSV the entry site sends me. When entries close, the program gives each dog a ring number in breed order and prints the catalogue sorted by breed and class, plus a list of ring numbers and a judge's book for each ring. On the day, as the slips come back, I type in the placings for each class, first, second, third, reserve and VHC, and the best of breed, and at the end I print the results for the society's newsletter and for the Kennel Club.",
      things:
        "Exhibitors: name, address, email. Dogs: registered name, breed, sex, date of birth, breeder, sire, dam and ring number, and each dog belongs to one exhibitor. Classes: number, name, breed (or any variety) and judge. Entries: each entry is one dog in one class, and gets its placing when the results come in.",
      extras: [
        "Entry fees and prize money are the treasurer's side, she has her own books, and I'd really rather the program didn't go near them.",
        "That's all, thank you.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No accounts",
      Sharing: "No, it's personal",
    },
    expect: {
      kind: "desktop app",
      features: [
        "enter the classes from the schedule",
        "import from the CSV",
        "ring number in breed order",
        "catalogue sorted by breed and class",
        "judge book for each ring",
        "placings for each class",
        "best of breed",
        "print the results",
      ],
      tables: [
        { name: "exhibitors", fields: ["name", "address", "email"] },
        {
          name: "dogs",
          fields: [
            "registered name",
            "breed",
            "sex",
            "date of birth",
            "breeder",
            "sire",
            "dam",
            "ring number",
            "exhibitor",
          ],
        },
        { name: "classes", fields: ["number", "name", "breed", "judge"] },
        { name: "entries", fields: ["dog", "class", "placing"] },
      ],
      excluded: ["fee", "money"],
      background: ["Word"],
    },
  },
  {
    id: "museum-loans-register",
    who: "A local authority museum's registrar in long paragraphs: outgoing and incoming loans with their objects by accession number and insurance values, the standard loan agreement filled in to print and the signed copy ticked off, condition reports for each object before it leaves, on arrival and on return, what is coming up each morning (due back in 60 days, agreements not returned signed, overdue in red), extensions with the reason; each loan has one institution on the other side, condition reports are for one object at one stage; a Word agreement, a loans book and a shared drive of photos today; 'a completely separate project', 'have nothing to do with this', Azure and council Microsoft accounts",
    says: {
      overview:
        "I'm the registrar at the Aldworth Museum and Art Gallery, a local authority museum with about 40,000 objects, and I look after everything that goes out on loan to other museums and everything that comes in to us for exhibitions. In a normal year that's perhaps 25 loans each way, some of them a single painting, some of them a hundred objects for a touring show. Our collections database is fine for the objects themselves, but it doesn't handle loans in any useful way, so at the moment a loan is a Word document for the agreement, a line in the loans book I keep on my desk, and a folder of condition photos somewhere on the shared drive.\n\nWhat goes wrong is the follow-up. Loans get extended by email and the book isn't updated, insurance values change and nobody changes the certificate, and last year we only noticed that a loan of two Roman brooches had run out when the other museum rang us, six months late. I'd like a web app just for loans, used by me and the two collections assistants, that holds every loan with its objects, dates, values and condition reports, and tells us what's coming up.",
      walkthrough:
        "Say Bristol asks to borrow three of our Pre-Raphaelite drawings for an exhibition. I'd create an outgoing loan with Bristol as the borrower, the exhibition title, the date it starts and the date it's due back, and add the three objects by their accession numbers, each with its insurance value. The app should fill in our standard loan agreement from that so I can print it and send it off for signature, and I'd tick it when the signed copy comes back. Before the drawings leave, one of the assistants does a condition report on each object, with the condition as good, fair or poor, notes on any damage and a few photos, and the same again on arrival and on return, so we can compare them side by side. Incoming loans work the same way round, with the lender's values.\n\nEvery morning I want to see what's coming up: loans due back in the next 60 days, loans whose agreement hasn't been returned signed, and anything overdue in red. And when a loan is extended I want to change the due date and keep a note of when and why, instead of it getting lost in an email.",
      things:
        "A loan is either incoming or outgoing, with one institution on the other side, a reference number, an exhibition title, a start date and a due-back date, and whether the signed agreement has come back. Institutions are just a name, an address, a contact name and a contact email. Each object on a loan has its accession number, title, maker and insurance value. Condition reports are for one object at one stage (before it leaves, on arrival or on return), with the date, who wrote it, the condition, notes on any damage, and photos. Extensions have the old date, the new date and the reason.",
      extras: [
        "One thing I should say: the online collection on our website is a completely separate project, so nothing public-facing, please. And visitor numbers and the shop have nothing to do with this, front of house have their own systems for those.",
        "Nothing else, thank you for your patience.",
      ],
      tech: "The council's IT department will only host things on their Azure, and everyone signs in with their council Microsoft account, so it would have to use that.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Just me and the two collections assistants, signing in with our council Microsoft accounts",
      Technology: "I have preferences",
    },
    expect: {
      kind: "web app",
      features: [
        "outgoing loan",
        "incoming loans",
        "objects by their accession numbers",
        "standard loan agreement",
        "signed copy comes back",
        "condition report on each object",
        "due back in the next 60 days",
        "agreement returned signed",
        "overdue in red",
        "change the due date",
      ],
      tables: [
        {
          name: "loans",
          fields: ["institution", "reference number", "exhibition title", "start date", "due-back date"],
        },
        { name: "institutions", fields: ["name", "address", "contact name", "contact email"] },
        { name: "objects", fields: ["accession number", "title", "maker", "insurance value"] },
        { name: "condition reports", fields: ["object", "stage", "date", "condition", "damage", "photos"] },
        { name: "extensions", fields: ["old date", "new date", "reason"] },
      ],
      excluded: ["visitor", "shop"],
      background: ["loans book", "shared drive"],
      stack: ["Azure"],
    },
  },
  {
    id: "tide-predictor-swift",
    who: "A sailing navigation app's iOS developer: a Swift package that predicts the height of tide at any moment and the day's high and low waters from a port's harmonic constants loaded from JSON, on the device with no network, times in the port's local time, heights every 10 minutes for the app's curve, tests within 10 centimetres of the published tables; a paid web API that fails offshore today; 'should never draw', tidal streams 'leave them out for now'",
    says: {
      overview:
        "I build a small navigation app for sailors on iPhone and iPad, about 8,000 users, mostly around the south coast and Brittany. Tide times come from a paid web API at the moment, which is exactly what fails when you're ten miles offshore with no signal, and it costs us more every year. We've licensed harmonic constants for 140 ports, so I'd like a Swift package that predicts tides on the device itself: the height of tide at any moment at a port, and the high and low waters for a day with their times and heights.",
      walkthrough:
        "In the app I load a port's constants from the JSON file we ship with the app, create a predictor for that port, and ask it for the height at a date and time, or for all the high and low waters between two dates. Times come back in UTC, and I'd like a helper that gives them to me in the port's local time, British Summer Time and all. The app plots its own tide curve from a list of heights every 10 minutes, so the package should give me that list too. It should be accurate to within 10 centimetres of the published tables for our test ports, and there should be tests that check exactly that.",
      extras:
        "It should never draw anything itself, the curve is the app's job. Tidal streams are a separate problem, leave them out for now.",
      tech: "Swift 5.9 with Swift Package Manager, iOS 16 and up, and no dependencies.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Swift",
    },
    expect: {
      kind: "library",
      features: [
        "height of tide at any moment",
        "high and low waters for a day",
        "constants from the JSON file",
        "local time of the port",
        "heights every 10 minutes",
        "within 10 centimetres of the published tables",
      ],
      tables: [],
      excluded: ["draw", "stream"],
      background: ["paid web API"],
      stack: ["Swift", "iOS"],
    },
  },
];

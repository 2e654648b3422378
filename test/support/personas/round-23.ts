import type { Persona } from "../persona-driver.js";

/**
 * The twenty-third held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-23.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in sentences. Eight
 * write in English, each in their own English: Shetland ("Aye aye", "peerie", "da", "hit
 * wid be a muckle help", "naebody kens whaar", "tak … aff", "wha", "da ae order", "dunna
 * pit hit in", "we'll no be needin' dat"), New Orleans Yat ("Where y'at, dawlin'", "out
 * da Parish", "yeah you right", "her maw-maw's neighbor", "no dues no ride", "we ain't
 * messin' wit' dat", "leave dat alone", "hol' on"), Mancunian (lower-case, "me n 2
 * coaches", "our lass", "want it sorted", "bobbins, dont want it", "leave it", "ta"),
 * Bristolian ("Alright my lover", "where it's to", "gert lush", "it wants to text 'em",
 * "don't want none of that in it", "no … neither", "Cheers me dear"), London
 * Multicultural English from Peckham ("Wagwan", "man's a producer", "bare folders",
 * "it's long", "lowkey", "peak", "likkle", "the ting", "allow it", "same ting", "Say
 * less", "Bless"), Bahamian ("I does run", "we does carry", "yinna", "mudda sick", "we
 * een takin' no freight", "what reach an' what ain't reach", "we een want dat in here",
 * "leave dat, Mr. Bethel do dat"), Pittsburghese ("hon", "down the Mon", "yinz know",
 * "slippy", "wrote on a carbon pad", "we don't need none of that in there", "n'at", "Go
 * Stillers") and Malayali English from Thrissur ("full of them only", "What happens is",
 * "Full tension", "Ayyo", "call that itself", "simply", "KYC and all also", "nanni"). One
 * writes in Armenian (Eastern, Armenian script, never used before, as a Tsaghkadzor
 * summer camp owner types it, with the words Yerevan people really use: "սայթ",
 * "օնլայն", "ադմինկա", "սպրավկա", "կարտով", "ակաունթ", "մեյլ", "SMS", "Excel", "Viber",
 * "Idram"), and one in Albanian (never used before, as a Golem beach owner types it,
 * with "online", "bar-kafe", "shezlongë", "cash", "POS", "abonim", "xhiro", "Instagram",
 * "WhatsApp"). What varies is the kind of software, the domain and the length of the
 * answers: web apps for a Sandwick knitwear business's Fair Isle garments knitted at home
 * (each garment given to a knitter with the balls of wool for each shade, no knitter with
 * more than 2 at a time, washed and dressed on the board, paid the rate for its kind, the
 * trade price for shops), a Chalmette Mardi Gras krewe's riders and floats (who to ride
 * with, no float with more than 22 riders, dues in three payments and no ride without all
 * of them by January 15, throws by the case, the float lieutenant's list, ball tickets
 * for 4 guests), a Gorton amateur boxing club's boxers and bouts (medicals out of date,
 * matching by weight and number of bouts, no boxing for 28 days after a stoppage, the
 * bout sheet for their own show, subs), a Tsaghkadzor children's summer camp's
 * registrations for its sessions (հերթափոխեր, 50 percent paid ahead, no bus without the
 * medical certificate, a discount for brothers and sisters, a waiting list, ջոկատներ by
 * age, boys and girls in separate rooms, the bus lists, an SMS when the bus arrives) and
 * a Golem beach's umbrellas booked online (çadrat on the beach map, each row its own
 * price, no bookings more than 7 days ahead, the umbrella freed at 11, the beach boys on
 * their phones, season passes, the day's takings, Albanian and English); a phone app for
 * a Bedminster mobile apple press out in orchards without signal (apples weighed in
 * kilos, nothing pressed under 25 kilo, no customer's juice mixed with another's,
 * pasteurising logged batch by batch, raw juice for cider in their own barrels, £1.20 a
 * litre and £2 a box, a text when the boxes are ready); a Python command-line tool that
 * keeps a Peckham producer's beats and makes the lease contract and the zip for each sale
 * (no more leases once a beat has gone exclusive), with commands and flags; a service
 * without screens that a Nassau mail boat's dock tablet, Family Island agents' phones and
 * website call (a label number on every piece, no freight after 2 o'clock the day before
 * sailing, no more than 30 propane tanks a trip, pieces scanned on and off, a text when
 * the boat docks, collect freight not released till paid, the manifest for Customs,
 * storage after 7 days); a program on a Mon Valley fire hall's Windows laptop for its
 * Lenten fish fry (ticket numbers, kitchen tickets, kids under 6 free, no call-ins after
 * 6:30, the pieces of fish counting down, each Friday beside the same Friday last year,
 * how much fish to order); and a Java library on Maven that works out a Thrissur chit
 * fund's monthly auction (the highest discount takes the prize, no bid above 40 percent,
 * a draw of lots, no auction in the first month, the foreman's 5 percent commission and
 * GST on it, the dividend shared equally, no second bid from a prized member). The boxing
 * coach answers in a few lower-case words each time, the fish fry's chairman in long
 * paragraphs, the others in between. Relations said plainly ("every garment is in da ae
 * order an knitted by da ae knitter", "every rider's on one float in one spot", "each
 * bout is one of our boxers", "every pressing is one customer's apples only", "one lease
 * is one beat for one artist", "every piece belong to one shipment", "every order is on
 * the one Friday", "մի գրանցումը մի երեխայի համար է մի հերթափոխում", "një rezervim është
 * për një çadër dhe një ditë"); background in a jotter, a binder, paper and his head,
 * bits of paper on a clipboard, Word and zipping by hand, a freight book and carbon copy
 * bills, a carbon pad and a calculator, a calculation copy-pasted in three places, a
 * տետր and Viber, a fletore and Instagram; technology named as Python, Flask and
 * Postgres, Windows, Java and Maven; "no" said as "dunna pit hit in", "we'll no be
 * needin' dat", "dat's da ball committee's business, not mine, we ain't messin' wit'
 * dat", "leave dat alone", "bobbins, dont want it", "our lass does, leave it", "don't
 * want none of that in it", "No … neither", "no …, allow it", "same ting", "we een want
 * dat in here", "leave dat, Mr. Bethel do dat", "we don't need none of that in there",
 * "that's the church ladies'", "no need to bring that here", "we are not touching it",
 * "Չենք ուզում, որ … էստեղ լինի", "էստեղ մի խառնեք", "mos i fusni këtu", "Nuk na duhet
 * as". The knitwear business's owner takes the knitters' email off and adds their isle
 * and the date each garment came back after "Change something" at "Your data"; the
 * krewe's secretary adds each rider's emergency contact, on the float lieutenant's list,
 * at the review. The score compares Armenian by its letters in Latin script and Albanian
 * without its ë and ç, so their expected words are written in the forms the person used
 * (or the stem those forms begin with), and the excluded words of all ten were checked
 * not to read like anything they want.
 */
export const TWENTY_THIRD_ROUND: readonly Persona[] = [
  {
    id: "fair-isle-knitters",
    who: "A Sandwick knitwear business's owner in Shetland dialect: a website for the Fair Isle garments some 25 knitters knit at home, each order from a shop or a private customer with its garments (kind, size, pattern, shades), shops at the trade price and private folk the full price, each garment given to one knitter with the balls of wool for each shade and a date it's due back, no knitter with more than 2 garments at a time, each garment washed and dressed on the jumper board and checked when it comes back, the knitter paid the rate for its kind, what each knitter is owed at the end of the month; records after colons inline, every garment in one order and knitted by one knitter; a jotter and a spreadsheet today; the stall at Wool Week 'dunna pit hit in', the postage 'we'll no be needin' dat'; the knitters' email taken off and their isle and the date each garment came back added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Aye aye. I'm Ina Tulloch an I hae a peerie knitwear business in Sandwick, in Shetland. We mak Fair Isle, jumpers, cardigans, yokes, hats an gloves, aa hand knitted by aboot 25 knitters at hame, up an doon da Mainland an oot in Yell an Whalsay. Da orders come fae shops in Edinburgh, Norway an Japan an fae private folk aa ower da world. Right noo hit's aa in a jotter an a spreadsheet dat Kirsty in da office made, an every winter somebody's waitin on a jumper an naebody kens whaar hit is. Hit wid be a muckle help ta hae a website for it.",
      walkthrough:
        "When an order comes in I pit in wha hit's fae, a shop or a private customer, an da garments in hit, da kind, da size, da pattern an da shades. Da shops get da trade price an da private folk pay da full price.\n\nDan I gie each garment tae a knitter wi da balls o wool for each shade, an a date hit's due back. Nae knitter gets mair as 2 garments at a time, dey're no machines an twa o dem is ower eighty, so hit should stop me if I try.\n\nWhen a garment comes back hit's washed an dressed on da jumper board an I check hit ower. Da knitter's paid by da garment, an every kind o garment has its ain rate, a yoke jumper £95, a hat £22 an dat. At da end o da month I want ta see whit each knitter is owed, an whit orders is still waitin an on wha.",
      things:
        "Knitters: name, phone, email. Customers: name, shop or private, country, email. Orders: customer, date, wanted by. Garments: order, kind, size, pattern, shades, knitter, balls o wool, due back, dressed, paid. Every garment is in da ae order an knitted by da ae knitter, but a knitter maybe knits a dozen in a winter.",
      thingsChange:
        "Tak da email aff da knitters, half o dem dunna hae email, I phone dem. Pit dir isle on, Yell or Whalsay or da Mainland, for da wool gjaans oot on da ferry. An da garments need da date hit came back, no just da date hit's due.",
      extras: [
        "Da stall at Wool Week, dunna pit hit in, dat's me an me sister's ain thing. An da postage, we'll no be needin' dat, da post office in Sandwick does hit aa.",
        "Na, dat's hit. Thanks a lok.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Me an Kirsty in da office log in. Da knitters dunna, I phone dem.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "garments kind size pattern shades",
        "trade price full price",
        "each garment to a knitter",
        "balls of wool each shade",
        "2 garments at a time",
        "washed dressed",
        "kind of garment rate",
        "knitter owed end of the month",
      ],
      tables: [
        { name: "knitters", fields: ["name", "phone", "isle"] },
        { name: "customers", fields: ["name", "country", "email"] },
        { name: "orders", fields: ["customer", "date", "wanted by"] },
        {
          name: "garments",
          fields: [
            "order",
            "kind",
            "size",
            "pattern",
            "shades",
            "knitter",
            "due back",
            "dressed",
            "date came back",
          ],
        },
      ],
      excluded: ["stall", "postage"],
      background: ["jotter"],
    },
  },
  {
    id: "krewe-floats-riders",
    who: "A Chalmette Mardi Gras krewe's secretary in New Orleans Yat: a website where the riders sign up, pick their float and who they want to ride with, no float rolling with more than 22 riders, dues of $950 in three payments (August, October, December) and no ride without all of them paid by January 15 with reminders to who's behind, throws ordered through the krewe by the case and delivered to the den, a list for each float lieutenant with her riders, their spot, their costume size and the cases to load, ball tickets for up to 4 guests with their names for the door; records after colons inline, every rider on one float in one spot; a binder and an Excel today; the ball's band, caterer and decorations 'dat's da ball committee's business, not mine, we ain't messin' wit' dat', the parade permit 'leave dat alone'; each rider's emergency contact, on the lieutenant's list, added at the review",
    says: {
      overview:
        "Where y'at, dawlin'! I'm Darlene Guidry, an' I'm da secretary for da Krewe of Bayou Belles. We're a all-women krewe out da Parish, we roll in Chalmette da Sunday before Mardi Gras, 320 riders on 16 floats. Right now I got everything in a big binder an' a Excel my daughter set up, an' da dues come in by check, Venmo an' cash in envelopes at da meetings, an' baby, every January it's a mess. Last year two girls showed up at da den for da same spot on float 9, an' yeah you right, dat was a scene. I want a website for da krewe where da riders do dey own stuff an' I can see it all.",
      walkthrough:
        "A rider signs up in da summer an' picks what float she wants, an' she can put who she wants to ride wit', her sister, her maw-maw's neighbor, whoever, an' da float lieutenant tries to put 'em together. Every float got a upper an' a lower deck wit' numbered spots, an' no float rolls wit' more than 22 riders, da fire marshal counts.\n\nDues is $950 an' dey can pay it in three payments, August, October an' December. Dey gotta have all dey dues paid by January 15, no dues no ride, I don't care whose cousin you are. So I need to see who's behind an' send 'em a reminder.\n\nThrows dey order through da krewe, beads by da case, cups, plush, an' our signature throw, da hand-painted magnolia. Each rider orders what she wants an' it gets delivered to da den. Da Thursday before, we load, so every float lieutenant needs her list: her riders, dey spot, dey costume size, an' how many cases of throws to load for each one.\n\nDa ball is da night after da parade, an' every rider can buy tickets for her guests, up to 4, wit' dey names for da door.",
      things:
        "Da riders: name, phone, email, costume size, float an' spot. Da floats: number, name, da lieutenant, how many spots. Payments: rider, date, amount, check or Venmo or cash. Throw orders: rider, which throw, how many cases. Ball tickets: rider, guest name. Every rider's on one float in one spot, an' every float got one lieutenant, she's a rider too.",
      extras: [
        "Da ball itself, da band, da caterer, da decorations, dat's da ball committee's business, not mine, we ain't messin' wit' dat. Da parade permit wit' da Sheriff's office too, da captain handles dat herself, so leave dat alone.",
        "Naw, dat's it, baby. T'anks, hear?",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "All da riders log in to pay an' order dey throws. Me, da captain an' da treasurer run it, an' da lieutenants see dey own float.",
    },
    atReview: [
      "Oh wait, hol' on, dawlin', I forgot somethin'. Every rider gotta have a emergency contact, a name an' a phone, an' it gotta be on da float lieutenant's list, 'cause if somebody passes out from da heat or falls off da float, da lieutenant gotta call somebody right den.",
    ],
    expect: {
      kind: "web app",
      features: [
        "pick float who to ride with",
        "more than 22 riders",
        "three payments August October December",
        "all dues paid by January 15",
        "throws by the case",
        "float lieutenant list costume size",
        "ball tickets 4 guests",
        "emergency contact lieutenant list",
      ],
      tables: [
        {
          name: "riders",
          fields: ["name", "phone", "email", "costume size", "float", "spot", "emergency contact"],
        },
        { name: "floats", fields: ["number", "name", "lieutenant", "spots"] },
        { name: "payments", fields: ["rider", "date", "amount"] },
        { name: "throw orders", fields: ["rider", "throw", "cases"] },
        { name: "ball tickets", fields: ["rider", "guest name"] },
      ],
      excluded: ["caterer", "decoration", "parade permit"],
      background: ["binder"],
    },
  },
  {
    id: "boxing-club-bouts",
    who: "A Gorton amateur boxing club's head coach in a few lower-case words a time, in Mancunian: the boxers with their weight and medical date, a flag when a medical's out of date, matching them up by weight and number of bouts, no boxing for 28 days after they got stopped, every bout logged, the bout sheet for the club's own show, subs of £5 a session and who owes; records after dashes on lines, each bout one of their boxers; paper and his head today; the hoodies 'bobbins, dont want it', the tuck shop 'our lass does, leave it'",
    says: {
      overview: "amateur boxing club in gorton. 40 odd carded boxers, lads n girls",
      more: "all on paper n in me head atm. a medical ran out n we didnt know till the show. nearly got us a ban. want it sorted",
      walkthrough:
        "boxers on it wi their weight n medical date. flags when a medicals out of date. match em up by weight n number of bouts. if they got stopped, no boxing for 28 days. every bout logged. our own show it does the bout sheet. subs £5 a session, who owes",
      things:
        "boxers - name, dob, weight, card number, medical date\nshows - date, venue\nbouts - boxer, show, opponent, opponent club, result\nsubs - boxer, date, amount\neach bout is one of our boxers",
      extras: [
        "hoodies n that, bobbins, dont want it. tuck shop our lass does, leave it",
        "nah thats it. ta",
      ],
      tech: "no idea. laptop in the office",
    },
    picks: {
      Kind: "Web app",
      Accounts: "me n 2 coaches. boxers dont",
    },
    expect: {
      kind: "web app",
      features: [
        "medical out of date",
        "match weight number of bouts",
        "stopped 28 days",
        "bout sheet show",
        "subs £5 session",
        "who owes subs",
      ],
      tables: [
        { name: "boxers", fields: ["name", "dob", "weight", "card number", "medical date"] },
        { name: "shows", fields: ["date", "venue"] },
        { name: "bouts", fields: ["boxer", "show", "opponent", "opponent club", "result"] },
        { name: "subs", fields: ["boxer", "date", "amount"] },
      ],
      excluded: ["hoodies", "tuck shop"],
      background: ["paper"],
    },
  },
  {
    id: "tsaghkadzor-chambar",
    who: "A Tsaghkadzor children's summer camp owner in Armenian (Armenian script): a website where parents register a child online for a 12-day session (հերթափոխ) with the birth date, sex, allergies and the medical certificate (սպրավկա) uploaded or brought later, 50 percent paid when registering by card or Idram and the rest before the bus, no child on the bus without the certificate, a 10 percent discount for brothers and sisters, a waiting list when the 120 places are full, children put in ջոկատներ by age each with its counsellor, boys and girls apart in rooms of four, the list for each bus with the parents' phones, an SMS to the parents when the bus reaches Tsaghkadzor; records in parentheses, one registration for one child in one session; an Excel file, a thick notebook and Viber today; the kitchen menu 'Չենք ուզում, որ … էստեղ լինի', the staff salaries 'էստեղ մի խառնեք'",
    says: {
      overview:
        "Բարև ձեզ։ Ես Անահիտ Սարգսյանն եմ, Ծաղկաձորում երեխաների ամառային ճամբար ունենք՝ «Արևիկ»։ Ամեն ամառ հունիսից օգոստոս վեց հերթափոխ ենք անում, ամեն հերթափոխը 12 օր է, 7-ից 15 տարեկան երեխաներ են, մի հերթափոխում մոտ 120 երեխա։ Հիմա ամեն ինչ գրում ենք Excel-ում ու մի հաստ տետրում, ծնողները զանգում են կամ Viber-ով գրում, ու ամեն ամառ ինչ-որ մեկի գրանցումը կորչում է։ Անցած տարի մի աղջկա անունը ոչ մի ավտոբուսի ցուցակում չկար, մայրը Օպերայի մոտ լացում էր։ Ուզում եմ սայթ, որ ծնողները իրենք օնլայն գրանցեն երեխային, իսկ մենք ադմինկայից ամեն ինչ տեսնենք։",
      walkthrough:
        "Ծնողը ընտրում է հերթափոխը ու գրում երեխայի անունը, ազգանունը, ծննդյան ամսաթիվը, սեռը, ալերգիաները, եթե կան, ու իր հեռախոսը։ Բժշկական տեղեկանքը, սպրավկան, կարող է հենց սայթում վերբեռնել կամ հետո բերել։ Գրանցվելիս վճարում է 50 տոկոսը՝ կարտով կամ Idram-ով, մնացածը պետք է վճարի մինչև ավտոբուսը գնա։ Առանց սպրավկայի երեխան ավտոբուս չի նստում, դա մեր կանոնն է, թող ցույց տա, թե ում սպրավկան դեռ չկա։ Եթե նույն ընտանիքից եղբայր-քույր են գալիս, 10 տոկոս զեղչ ենք անում։ Մի հերթափոխում 120 տեղ կա, տեղերը լրանալուց հետո թող գրանցի սպասման ցուցակում, ու եթե մեկը հրաժարվի, առաջինին զանգենք։\n\nՃամբարում երեխաներին բաժանում ենք ջոկատների ըստ տարիքի, ամեն ջոկատ ունի իր ջոկատավարը։ Սենյակները չորս հոգանոց են, տղաներն ու աղջիկները առանձին։ Ավտոբուսները Երևանից Օպերայի մոտից են գնում, ու ինձ պետք է ամեն ավտոբուսի ցուցակը՝ երեխաներն ու ծնողների հեռախոսները։ Երբ ավտոբուսը հասնում է Ծաղկաձոր, թող ծնողներին SMS գնա, որ երեխաները տեղ են հասել, թե չէ հարյուր ծնող միանգամից ինձ է զանգում։",
      things:
        "Երեխաներ (անուն, ազգանուն, ծննդյան ամսաթիվ, սեռ, ալերգիաներ, սպրավկա), ծնողներ (անուն, հեռախոս, մեյլ), հերթափոխեր (սկիզբ, ավարտ, գին), ջոկատներ (անուն, տարիք, ջոկատավար), գրանցումներ (երեխա, ծնող, հերթափոխ, ջոկատ, սենյակ, վճարված գումար)։ Մի գրանցումը մի երեխայի համար է մի հերթափոխում, իսկ մի ծնողը կարող է մի քանի երեխա ունենալ։",
      extras: [
        "Չենք ուզում, որ խոհանոցի մենյուն էստեղ լինի, խոհարարն ինքն է կազմում։ Աշխատողների աշխատավարձերն էլ էստեղ մի խառնեք, հաշվապահն առանձին է հաշվում։",
        "Չէ, էսքանը։ Շատ շնորհակալ եմ։",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Ադմինկա մտնում ենք ես ու երկու ադմինիստրատոր։ Ծնողները գրանցում են առանց ակաունթի։",
    },
    expect: {
      kind: "web app",
      features: [
        "50 տոկոս Idram",
        "առանց սպրավկա ավտոբուս",
        "եղբայր քույր 10 տոկոս զեղչ",
        "սպասման ցուցակ",
        "ջոկատներ տարիք",
        "տղաներ աղջիկներ առանձին",
        "ավտոբուս ցուցակ հեռախոս",
        "ծնողներ SMS",
      ],
      tables: [
        {
          name: "երեխաներ",
          fields: ["անուն", "ազգանուն", "ծննդյան ամսաթիվ", "ալերգիաներ", "սպրավկա"],
        },
        { name: "ծնողներ", fields: ["անուն", "հեռախոս", "մեյլ"] },
        { name: "հերթափոխեր", fields: ["սկիզբ", "ավարտ", "գին"] },
        { name: "ջոկատներ", fields: ["անուն", "ջոկատավար"] },
        {
          name: "գրանցումներ",
          fields: ["երեխա", "հերթափոխ", "ջոկատ", "սենյակ", "վճարված գումար"],
        },
      ],
      excluded: ["մենյու", "աշխատավարձ"],
      background: ["տետր", "Viber"],
    },
  },
  {
    id: "cadrat-plazhi-golem",
    who: "A Golem beach owner in Albanian: a website where people pick a date and then an umbrella (çadër, two sunbeds each) on the beach map, each row its own price (2,000 lekë the first row, 1,500 the second, 1,000 behind, 500 more at weekends), a booking for one day with a name and phone, paid on arrival in cash or by card at the POS, no bookings more than 7 days ahead, the umbrella freed at 11 if nobody came, the beach boys on their phones seeing which umbrellas are booked, taken or empty and marking arrivals and payments, season passes for locals whose umbrellas never come up for booking, the day's takings cash and card, the site in Albanian and English; records after colons on lines, one booking for one umbrella and one day; a notebook (fletore) and Instagram and WhatsApp messages today; the bar orders 'mos i fusni këtu', the parking 'Nuk na duhet as'",
    says: {
      overview:
        "Përshëndetje! Jam Ardit Hoxha, kemi një plazh në Golem, afër Durrësit, me një bar-kafe dhe 140 çadra. Çdo çadër ka dy shezlongë. Në korrik e gusht plazhi është plot, klientët na shkruajnë në Instagram e WhatsApp për rezervim, ne i shënojmë në një fletore, dhe pastaj vijnë dy familje për të njëjtën çadër dhe fillon sherri. Dua një faqe ku klientët ta rezervojnë vetë çadrën online, dhe ne t'i shohim të gjitha.",
      walkthrough:
        "Klienti zgjedh datën dhe pastaj çadrën te harta e plazhit, sepse të gjithë duan rreshtin e parë. Çdo rresht ka çmimin e vet: rreshti i parë 2.000 lekë në ditë, i dyti 1.500, nga i treti e mbrapa 1.000, dhe të shtunën e të dielën 500 lekë më shumë. Rezervimi bëhet për një ditë, me emër dhe numër telefoni, dhe paguan kur vjen, cash ose me kartë në POS. Nuk pranojmë rezervime më shumë se 7 ditë përpara, se pastaj s'vjen njeri. Nëse klienti nuk ka ardhur deri në orën 11, çadra lirohet dhe ia japim dikujt tjetër.\n\nDjemtë e plazhit duhet të shohin në telefon cilat çadra janë të rezervuara, cilat të zëna dhe cilat bosh, dhe ta shënojnë kur vjen klienti dhe paguan. Disa vendas marrin abonim për gjithë sezonin, me të njëjtën çadër çdo ditë, ato çadra nuk dalin për rezervim. Në darkë dua të shoh xhiron e ditës, sa me cash e sa me kartë. Faqja duhet të jetë shqip dhe anglisht, kemi shumë turistë polakë e çekë.",
      things:
        "Çadrat: numri, rreshti, çmimi\nKlientët: emri, telefoni\nRezervimet: klienti, çadra, data, statusi (e rezervuar, erdhi, nuk erdhi), paguar\nAbonimet: klienti, çadra, sezoni, çmimi\nNjë rezervim është për një çadër dhe një ditë, por një klient mund të ketë shumë rezervime.",
      extras: [
        "Porositë e barit mos i fusni këtu, bari ka sistemin e vet me kamarierët. Nuk na duhet as parkimi, atë e mban kushëriri.",
        "Jo, kaq ishte. Faleminderit shumë!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Unë, vëllai im dhe katër djemtë e plazhit hyjmë. Klientët rezervojnë pa llogari.",
    },
    expect: {
      kind: "web app",
      features: [
        "harta plazh",
        "çdo rresht çmim",
        "7 ditë përpara",
        "11 lirohet",
        "djemtë telefon",
        "abonim gjithë sezon",
        "xhiro ditës",
        "shqip anglisht",
      ],
      tables: [
        { name: "çadrat", fields: ["numri", "rreshti", "çmimi"] },
        { name: "klientët", fields: ["emri", "telefoni"] },
        { name: "rezervimet", fields: ["klienti", "çadra", "data", "statusi", "paguar"] },
        { name: "abonimet", fields: ["klienti", "çadra", "sezoni", "çmimi"] },
      ],
      excluded: ["bari", "parkim"],
      background: ["fletore", "Instagram"],
    },
  },
  {
    id: "mobile-apple-press",
    who: "A Bedminster mobile apple press's owner in Bristolian English: a phone app for him and his partner out in orchards and back gardens with no signal, each customer's apples weighed in kilos, nothing pressed under 25 kilo, each customer's apples pressed on their own, juice pasteurised in 3 or 5 litre bag-in-box with the temperature and the minutes written down for every batch, raw juice for cider in the customer's own barrels, £1.20 a litre and £2 a box, a text when their boxes are ready, the day's kilos, litres and money; records told in sentences, every pressing one customer's apples; bits of paper on a clipboard today; the farmers' market 'don't want none of that in it', the school visits 'No … neither'",
    says: {
      overview:
        "Alright my lover. I'm Kev Pearce, me and my partner Jen run a mobile apple press out of Bedminster. September to November we tow the scratter and the press round on a trailer, community orchards, allotments, people's back gardens, all over Bristol and out Chew Valley way. Folks bring their apples, we press 'em, and they take their own juice home in boxes. Right now it's all on bits of paper on a clipboard, getting soggy in the rain, and half the orchards ain't got no signal anyway. We want an app on our phones. Be gert lush, that would.",
      walkthrough:
        "Someone turns up with their apples and we weigh 'em first, in kilos. We don't press less than 25 kilo for anyone, it ain't worth washing the press down for a bucketful. Each customer's apples get pressed on their own, nobody's juice gets mixed with nobody else's, that's the whole point, it's their trees.\n\nYou get roughly 6 litres out of every 10 kilo. Most folks want it pasteurised in bag-in-box, 3 litre or 5 litre boxes. We heat it to 75 degrees and hold it 20 minutes, and Environmental Health want the temperature and the minutes wrote down for every batch, so that's gotta be on there. If it's for cider it don't get pasteurised, they bring their own barrels and take it raw.\n\nWe charge £1.20 a litre and £2 a box. Boxes have to cool overnight so they mostly come back for 'em next day, so it wants to text 'em when their boxes are ready. End of the day I wanna see how many kilos, how many litres and how much money.",
      things:
        "Customers, that's name, phone and postcode. Pressings: the customer, the date, where it's to, kilos, litres, how many 3 litre boxes, how many 5 litre boxes, pasteurised or not, and the price. Then the batches, every time we pasteurise: which pressing, the temperature, the minutes and the time we done it. Every pressing is one customer's apples only, but one pressing can be two or three batches.",
      extras: [
        "We sell our own juice up the farmers' market Saturdays, don't want none of that in it, Jen's got her card reader for that. No school visits neither, them's a different thing altogether.",
        "Nah, that's it. Cheers me dear, see you after.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Just me and Jen. Customers don't log in, they just get a text.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "weigh apples kilos",
        "less than 25 kilo",
        "apples pressed on their own",
        "temperature minutes every batch",
        "cider own barrels",
        "£1.20 a litre £2 a box",
        "text boxes ready",
        "end of the day kilos litres money",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "postcode"] },
        { name: "pressings", fields: ["customer", "date", "kilos", "litres", "price"] },
        { name: "batches", fields: ["pressing", "temperature", "minutes"] },
      ],
      excluded: ["market", "school"],
      background: ["clipboard"],
    },
  },
  {
    id: "beat-leases-cli",
    who: "A Peckham music producer in London Multicultural English: a Python command-line tool on his laptop that keeps his beats (name, BPM, key, tags, folder), makes a lease for a buyer (the beat, the artist's name and email, the type: MP3 £30 up to 100k streams, WAV £60 up to 500k, stems £150 unlimited, exclusive £500), no more leases on a beat once it's gone exclusive, the contract as a PDF and a zip of the right files for the type, his earnings each month and which beats sell the most; records after colons inline, one lease one beat for one artist; typing contracts in Word and zipping by hand today; YouTube uploads 'no …, allow it', TikTok 'same ting'; commands and flags; Python",
    says: {
      overview:
        "Wagwan. I'm Tobi, man's a producer from Peckham. I make beats, drill, afro, bit of R&B, and I sell leases to artists. Got like 300 beats on my hard drive now, bare folders everywhere, and every time someone buys a lease I'm typing the contract out in Word and zipping the files by hand. It's long. And lowkey I lost track who's got exclusive on what, nearly sold the same beat twice, that would've been peak. I want a likkle command line ting on my laptop.",
      walkthrough:
        "When I finish a beat I add it, the name, the BPM, the key, some tags like drill or dark, and where the folder is. When someone buys I make a lease: which beat, the artist's name and email, and the type. MP3 lease is £30, up to 100k streams. WAV lease £60, up to 500k. Stems £150, unlimited. Exclusive is £500, and once a beat's gone exclusive, no more leases on it, the ting has to stop me. The lease makes the contract as a PDF with the artist, the beat, the price, the streams limit and the date, and zips the right files for the type, just the MP3, or the WAV, or all the stems. Then I wanna see my earnings each month and which beats sell the most.",
      commands:
        'beats add <folder> --bpm 140 --key "F minor" --tags drill,dark to add a beat. beats lease <beat> --artist "name" --email their email --type mp3, wav, stems or exclusive for a lease, that makes the PDF and the zip. beats list with --tag or --bpm to find stuff. beats earnings --month 2025-03 for the money. Say less.',
      things:
        "beats: name, bpm, key, tags, folder, gone exclusive or not. artists: name, email. leases: beat, artist, type, price, date. one lease is one beat for one artist, an artist can have loads.",
      extras: [
        "Nah, no uploading to YouTube, allow it, man does that on my phone. TikTok same ting.",
        "Nah that's everything fam. Bless.",
      ],
      tech: "Python, did a bit of it in college. Data in one file on the laptop, SQLite or whatever.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "BPM key tags",
        "MP3 lease £30 100k streams",
        "exclusive no more leases",
        "contract as a PDF",
        "zip files type",
        "earnings each month",
        "beats sell the most",
      ],
      tables: [
        { name: "beats", fields: ["name", "bpm", "key", "tags", "folder"] },
        { name: "artists", fields: ["name", "email"] },
        { name: "leases", fields: ["beat", "artist", "type", "price", "date"] },
      ],
      excluded: ["YouTube", "TikTok"],
      background: ["Word"],
      stack: ["Python"],
      commands: [
        "add",
        "lease",
        "list",
        "earnings",
        "--bpm",
        "--key",
        "--tags",
        "--artist",
        "--email",
        "--type",
        "--month",
      ],
    },
  },
  {
    id: "mailboat-freight-api",
    who: "A Nassau mail boat's office manager in Bahamian English: a service without screens that her nephew's dock tablet app, the Family Island agents' phone app and the website call, a shipment with the shipper, who it's going to and their phone, the dock and every piece with what it is, its weight and its kind, a label number on every piece, the charge by the kind (general and cold freight by the pound, cars flat, propane by the tank), prepaid in Nassau or collect on the island, no freight after 2 o'clock the day before sailing, propane on deck only and no more than 30 tanks a trip, every piece scanned on the boat and scanned off on the island, a text when the boat docks, collect freight not released till it's paid, the manifest for each sailing for the captain and Customs, storage of $5 a day after 7 days; records told in sentences, every piece one shipment's and every shipment on one sailing; the freight book and carbon copy bills today; the passengers 'we een want dat in here', the crew payroll 'leave dat, Mr. Bethel do dat'; Python with Flask and Postgres",
    says: {
      overview:
        "Good mornin'. Me name is Sherrie Rolle an' I does run da office for a mail boat out of Potter's Cay in Nassau, da M/V Island Pride. We sail every Tuesday night to Eleuthera, Governor's Harbour, Rock Sound an' Harbour Island, an' come back Thursday, an' we does carry everything: groceries, lumber, cement, cars, propane, fridges, cold freight for da food stores. Right now is da freight book an' carbon copy bills, an' when somethin' go missin' on da island da people on da phone cussin' me for days. Mudda sick, it's a lot. Me nephew Dexter makin' a tablet app for da dock, a phone app for we agents on da islands an' da website where people could look up dey freight. What we need from yinna is da system in da middle dat all of dem talk to. No screens, just dat.",
      walkthrough:
        "When somebody bring freight to da dock, da clerk put in da shipper, who it goin' to on da island an' dey phone, which dock, an' every piece, what it is, da weight, an' da kind. Every piece get a label number. Da charge go by da kind: general freight by da pound, cold freight by da pound but higher, cars a flat price, propane by da tank. Da shipper could pay in Nassau, or it could be collect an' da person pay da agent on da island.\n\nWe een takin' no freight after 2 o'clock da day before we sail, 'cause da boys gotta load. Propane tanks only ride on da deck, an' not more than 30 tanks a trip, da captain won't sail wit' more dan dat.\n\nWhen dey loadin', da boys scan every piece on da boat, an' on da island da agent scan it off, so we know what reach an' what ain't reach. When da boat dock, da person it goin' to get a text to come for it. Collect freight, da agent can't release it till it paid. Before we sail I need da manifest for each sailin', every piece wit' da shipper an' who it goin' to, for da captain an' for Customs. An' if freight ain't collected in 7 days, storage start, $5 a day.",
      things:
        "Da customers got a name, a phone an' da island. A sailin' got da date an' which docks. A shipment got da shipper, who it goin' to, dey phone, da dock, da sailin', prepaid or collect, da charge, an' paid or not. A piece got da shipment, da label number, what it is, da weight, da kind, an' when it scan on an' scan off. Every piece belong to one shipment, an' every shipment go on one sailin'.",
      extras: [
        "Da passengers, we does carry a few, but da captain sell dey tickets on da boat, we een want dat in here. An' da crew payroll, leave dat, Mr. Bethel do dat himself on Fridays.",
        "No, dat's all. Thank you, hear?",
      ],
      tech: "Dexter say Python wit' Flask an' Postgres, dat's what he learn at UB.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people loggin' in. Dexter tablet app, da agents' phone app an' da website each get dey own key.",
      Technology: "I have preferences",
      "Back end": "Python with Flask",
      Database: "Postgres",
    },
    expect: {
      kind: "api service",
      features: [
        "label number every piece",
        "after 2 o'clock day before",
        "more than 30 tanks a trip",
        "scan every piece",
        "boat dock text",
        "release paid",
        "manifest each sailing Customs",
        "7 days storage",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "island"] },
        { name: "sailings", fields: ["date", "docks"] },
        { name: "shipments", fields: ["shipper", "dock", "sailing", "charge", "paid"] },
        { name: "pieces", fields: ["shipment", "label number", "weight", "kind"] },
      ],
      excluded: ["passenger", "payroll"],
      background: ["carbon"],
      stack: ["Flask", "Postgres"],
    },
  },
  {
    id: "fire-hall-fish-fry",
    who: "A Mon Valley volunteer fire company's fish fry chairman in Pittsburghese, in long paragraphs: a program on the hall's Windows laptop at the window, off the internet, every order with a ticket number, the items with their prices, eat in or takeout, kids under 6 free and seniors a dollar off, cash or card, the receipt at the window and the kitchen ticket printed in the kitchen, call-ins with the name, phone and pickup time shown in order of pickup time, no call-ins after 6:30, the pieces of cod counting down as orders go in and red at 50, the night's totals by item, cash and card, each Friday beside the Friday before and the same Friday last year, how much fish to order for next Friday; records told in sentences, every order on one Friday; a carbon pad and a calculator today; the 50/50 and basket raffle 'we don't need none of that in there', the cookie table 'that's the church ladies', they do their own thing'; Windows",
    says: {
      overview:
        "Hi hon. My name's Peg Kowalski and I'm the chairman of the Lenten fish fry at the Blaine Hill Volunteer Fire Company, down the Mon from Elizabeth. Every Friday in Lent we open the hall from 11 in the morning till 7 at night, and we sell, oh, eight, nine hundred dinners on a good Friday, more on Good Friday itself. We've been doing it since 1962 and it pays for half the fire company's year, so it's not nothing. It's all volunteers, the firemen fry and the Auxiliary ladies do the pierogies and the haluski and the window.\n\nRight now the orders are wrote on a carbon pad at the window, the kitchen copy gets stuck on a nail, and at the end of the night my husband Stan and I sit at the kitchen table with a calculator and a pile of slips adding it all up till one in the morning. Last year on the second Friday we ran out of fish at 5:30 and we didn't know till one of the girls walked back to the window and said, Peg, there's no fish. People were not happy, I tell you, there was a line out to the road and yinz know how people get. My grandson Tyler says he can make a program for the laptop at the window, and I want it done right, so I'm telling you all of it.",
      walkthrough:
        "So a person comes up to the window, or they called in earlier, and they get a ticket number. The girl at the window puts in what they want: the big fish sandwich, the fish dinner, which is the fish and two sides, the shrimp basket, and the sides, haluski, pierogies, which come six to an order, mac and cheese, coleslaw, fries and stewed tomatoes, and pop and coffee. Every item has its price, and she puts whether it's eat in or takeout. Kids under 6 eat free, they get a kid's fish and fries, and seniors over 65 get a dollar off a dinner. Then they pay, cash or card, and it prints their receipt at the window and the kitchen ticket back in the kitchen with the ticket number on it, so the runners know whose is whose.\n\nCall-ins, people call the hall and we take their name, their phone, what they want and the pickup time, and those need to show up in order of pickup time so the kitchen starts them ahead. We don't take no more call-in orders after 6:30, the kitchen can't keep up, so after 6:30 it shouldn't let you put a call-in in.\n\nNow the fish. Every week the fish man brings the cod on Thursday, so many pounds, and that comes out to so many pieces. Every sandwich and every dinner takes one piece, the shrimp none. I want it to count down how many pieces are left as the orders go in, and when we're down to 50 pieces the window sees it in red, so we can quit the call-ins and tell the line.\n\nAt the end of the night I want the totals: how many of each item, cash and card separate, how many takeouts and eat-ins, and the money, and I'd like to see each Friday next to the Friday before and the same Friday last year. And from that, how much fish I should order for next Friday, so we don't run out and we don't have a bunch left over either, because you can't keep it.",
      things:
        "The items, they each have a name and a price and how many pieces of fish they take. The orders have the ticket number, the time, eat in or takeout, cash or card, and the total. The call-ins are orders too, with the name, the phone and the pickup time. Each order has its lines, which item and how many. And the Fridays, with the date, how many pounds of cod came in and how many pieces. Every order is on the one Friday, and I'd say a Friday has near a thousand of them.",
      extras: [
        "The 50/50 and the basket raffle, the Auxiliary does that at their own table, we don't need none of that in there. And the cookie table, that's the church ladies', they do their own thing, n'at.",
        "No, hon, I think that's it. Thank you for listening to me go on. Go Stillers.",
      ],
      tech: "It has to go on the hall's laptop at the window, that's Windows, with the little receipt printer and the printer back in the kitchen. The hall's internet is slippy, it goes out whenever it wants, so it can't need the internet.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts:
        "No passwords, whoever's on the window that Friday just uses it. Me and Stan look at the totals.",
      Technology: "I have preferences",
    },
    expect: {
      kind: "desktop app",
      features: [
        "ticket number",
        "eat in or takeout",
        "kids under 6 free",
        "kitchen ticket printed",
        "call-in orders after 6:30",
        "down to 50 pieces red",
        "same Friday last year",
        "fish order next Friday",
      ],
      tables: [
        { name: "items", fields: ["name", "price", "pieces"] },
        { name: "orders", fields: ["ticket number", "time", "total", "pickup time"] },
        { name: "order lines", fields: ["order", "item"] },
        { name: "fridays", fields: ["date", "pounds", "pieces"] },
      ],
      excluded: ["raffle", "cookie"],
      background: ["carbon", "calculator"],
      stack: ["Windows"],
    },
  },
  {
    id: "kuri-auction-java",
    who: "A Thrissur software company's developer in Malayali English: a Java library on their Maven repository that the company's web app and the collection staff's Android app call to work out a chit fund's (kuri's) monthly auction, the chit amount, the members and the months, the highest discount taking the prize, no bid above 40 percent of the chit amount, a draw of lots between members bidding the same discount, no auction in the first month when the foreman takes the chit, the foreman's commission of 5 percent of the chit amount and GST 18 percent on it, the rest of the discount the dividend (veethapalisa) divided equally among all members and reduced from next month's subscription, a member who already took the prize not allowed to bid again, amounts rounded to the rupee, a statement for each month; the calculation copy-pasted in three places today; the collection agents' daily collection 'no need to bring that here', KYC 'we are not touching it'; Java and Maven",
    says: {
      overview:
        "Hello, good afternoon. I am Jijo Varghese, I work in a small software company in Thrissur, we make software for chit companies, kuri companies, you know, Thrissur is full of them only. What happens is, every month there is an auction in every chit, and in our web app and in the Android app for the collection staff the calculation is copy-pasted in three places, and every month one of them gives a different dividend and the branch manager is calling me. Full tension. Ayyo, last month one customer got 12 rupees less and he came to the branch with his whole family. So I want one library in Java which does the whole chit calculation, and all our apps call that itself.",
      walkthrough:
        "A chit has a chit amount, say 5 lakhs, a number of members, say 50, and the same number of months, so each member pays 10,000 every month. Every month there is an auction. The members who want the money bid the discount they are ready to give up, and whoever gives the highest discount takes the prize. The discount cannot go above 40 percent of the chit amount, no bid above that is allowed by the Act. If two members bid the same discount, there is a draw of lots between those two only.\n\nThe first month there is no auction, the foreman takes the first chit, that is the rule. From the discount the foreman's commission is taken, 5 percent of the chit amount, and GST 18 percent on that commission. What is left of the discount is the dividend, we call it veethapalisa, and it is divided equally among all the members, including the ones who already took the prize. The dividend is reduced from next month's subscription, so they pay less. A member who has already taken the prize cannot bid again, simply, the library should refuse it.\n\nAmounts are rounded to the rupee, paise is not there in our receipts. And for each month it should give a statement: who took it, the prize amount they get, the commission, the GST, the dividend per member and the next subscription.",
      extras: [
        "The daily collection by our collection agents, that is a separate module, no need to bring that here. KYC and all also, we are not touching it in this library.",
        "No, that's all. Thank you very much, nanni.",
      ],
      tech: "Java 17, we use Maven. Our backend is Spring Boot, so a jar we can put in our Maven repository and use from the backend and the Android app.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Java",
    },
    expect: {
      kind: "library",
      features: [
        "highest discount takes the prize",
        "above 40 percent of the chit amount",
        "same discount draw of lots",
        "first month no auction foreman",
        "commission 5 percent",
        "GST 18 percent commission",
        "dividend divided equally all members",
        "cannot bid again",
      ],
      tables: [],
      excluded: ["KYC", "collection agent"],
      background: ["copy-pasted"],
      stack: ["Java", "Maven"],
    },
  },
];

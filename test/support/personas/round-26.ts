import type { Persona } from "../persona-driver.js";

/**
 * The twenty-sixth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-26.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes on lines, in parentheses or told in long
 * sentences. Eight write in English, each in their own English and their own register:
 * Gullah-leaning English from the basket stands on Highway 17 in Mount Pleasant ("my
 * sistuh dem", "de people from off", "comeyah", "fuh sew", "ebry", "e" for he and she,
 * "we ain' gwine", "leave um out", "we ain' want no part a dat", "Tenk ya"), Baltimore
 * English from Dundalk ("Hi hon", "down the ocean", "Bawlmer", "the lanes are all took",
 * "keep it outta there", "don't go putting that on there neither", "Go O's"), Yooper
 * English from the Upper Peninsula ("Yah, hi", "up by Baraga", "holy wah", "eh",
 * "youse", "them cheap Samsungs", "that's got nothing to do with it"), Samoan English
 * from Lalomanu ("Talofa lava", "my aiga", "palagi backpackers", "lotu", "ua lava",
 * "that is my aunty's business, don't put it", "Fa'afetai tele lava"), Pennsylvania
 * Dutch English from Lancaster County ("Hello once", "with the horse and wagon yet",
 * "after the auction is all", "it wonders me", "ain't so", "leave that be", "Denki"),
 * Sierra Leonean English leaning on Krio ("Kushe", "small small", "na big trouble", "my
 * padi", "wetin I want", "e no concern this", "leave am out", "bo", "Tenki tenki"),
 * Malawian English from Zomba ("Muli bwanji", "ufa", "mgaiwa", "madeya", "kaya", "ESCOM
 * is cutting power", "that one has finished us before", "that one is not for this
 * program", "Zikomo kwambiri") and Gibraltarian English with Llanito ("Oye", "pues",
 * "que va", "chacho", "no ves", "ya está", "that's another team's, don't put it
 * there", "Venga, cheers"). One writes in Basque (never used before, as a Donostia
 * gastronomic society's treasurer types it, with the words Basques really use:
 * "txoko", "Excel", "web orri", "emaila", "mugikorretik", "stocka", "apuntatzen"), and one
 * in Macedonian (Cyrillic with ѓ, ќ, ѕ, ј, љ, њ and џ, never used before, as a Bitola
 * folk dance society's leader types it, with "КУД", "сајт", "Excel табела", "Viber
 * група", "настап", "пасош"). What varies is the kind of software, the domain and the
 * length of the answers: web apps for a sweetgrass basket co-op (every basket with its
 * sewer, kind, size and price, half the money down for a basket made to order, every
 * order to one sewer only, nothing bigger than 18 inch shipped, ten percent to the
 * co-op, the grass trips and their bundles), a Dundalk duckpin alley's leagues and lanes
 * (three balls a frame, a handicap of 80 percent of the difference from 130, no average
 * before 9 games, a blind at the average minus 10, no sub more than three weeks in a
 * row, lanes booked by the hour at $28, no parties on league nights after six, the
 * banquet's trophies), a Donostia txoko's tables and cellar (no more than 8 guests, nobody
 * in without a member, drinks noted on trust and charged by the bank at the month's end,
 * a warning under 24 bottles, the Danborrada day's tables drawn by lot, a 20 euro fine
 * for a table left dirty) and a Bitola folk dance society's members, rehearsals,
 * performances and costumes (no performance after more than three missed rehearsals in
 * a month, a costume back within three days, the old Mariovo costumes never in a washing
 * machine, nothing under repair lent out, a parent's consent under 18 and a passport
 * valid six months for tours abroad); phone apps for an Upper Peninsula snowmobile
 * club's trail groomers out of signal (every run's groomer, segments, engine hours and
 * miles, hazards with a pin and a picture open till fixed, no grooming on a base under
 * 6 inches, nobody alone in the cab after midnight, an oil change every 50 engine hours,
 * the DNR grant report) and a Samoan beach fale family's guest tabs (90 tala a person a
 * night and half for children under 12, kayaks, snorkels, boat trips and lunches on the
 * tab, only the kitchen putting on meals, a boat trip cancelled for the swell charged to
 * nobody, no boat or kayak on Sunday, the fales empty tomorrow); a Python command-line
 * tool that makes a Lancaster County produce auction's grower checks (10 percent
 * commission, 8 for growers over $20,000 the year before, a $2 lot fee, nothing on a no
 * sale, a stub with every lot, nothing under $5 printed, checks numbered on from the
 * last), with commands and flags; a service without screens that a Freetown keke
 * owner's USSD menu and supervisors' app call for work-and-pay contracts (NLe 250 a day,
 * none on Sunday, the engine blocked after 3 missed days in a row, an alert outside the
 * Western Area, the keke the rider's own at the full price, Friday checks); a program on
 * a Zomba maize mill's Windows laptop (weighed maize and a ticket, MK 150 a kilo for
 * mgaiwa and MK 250 for white, no milling on credit, madeya sold by the pail, power cuts
 * and hours lost, hammers every 300 hours, the till against the tickets within MK 2,000);
 * and a TypeScript library on a private npm registry that settles a Gibraltar betting
 * firm's horse racing bets (each way at a quarter or a fifth, places by the number of
 * runners, a non-runner's stake back, Rule 4 never over 75p in the pound, dead heats,
 * rounded down to the penny, the working line by line). The produce auction's clerk
 * and the bowling alley's owner answer at length, the basket sewer and the keke owner in
 * shorter paragraphs, the others in between. Relations said plainly
 * ("ebry basket belong to one sewer", "every bowler's on one team, and every score is
 * one bowler on one night", "every run's one groomer", "every guest stays in one fale",
 * "every lot belongs to one grower and one buyer", "each contract na for one rider and
 * one keke", "each ticket is for one customer only", "erreserba bakoitza bazkide batena
 * da", "секоја носија во еден момент е задолжена само на еден член"); background in a
 * spiral notebook, paper sheets and a calculator, a clipboard in the cab, an exercise
 * book at the kitchen, an adding machine, a diary, counter books, a koaderno and Excel,
 * an Excel табела and a Viber група; technology named as Android, Python, Node.js with
 * Express and Postgres, Windows, TypeScript and npm; "no" said as "leave um out", "we
 * ain' want no part a dat", "keep it outta there", "don't go putting that on there
 * neither", "don't put that on there", "that's got nothing to do with it", "don't put
 * it", "leave that be", "no email", "leave am out", "e no concern this", "leave it out
 * of this one", "that one is not for this program", "don't put it there", "only
 * horses", "hori ez sartu hemen", "errezetak ere ez", "тоа не го ставајте", "не ни
 * треба"; while rules keep their "no" ("we don' ship nuttin bigger than 18 inch", "a
 * sub can't bowl more than three weeks in a row", "nobody grooms a segment if the base
 * is under 6 inches", "nobody goes on the boat if the swell is too big", "a lot that was
 * no sale gets no commission", "the keke no go pass outside Western Area", "no milling
 * on credit", "always rounded down to the penny, never up", "bazkiderik gabe ez da inor sartzen",
 * "старите носии од Мариово и Порече не се перат во машина"). The bowling alley's owner takes the phone off
 * the lane bookings and adds an email and the shoe sizes, the mill owner takes the
 * village off the customers and adds the operator to the tickets, and the txoko's
 * treasurer takes the phone off the members and adds the member number, each after
 * "Change something" at "Your data"; the basket sewer adds the materials of every
 * basket, the groomer the temperature of every run, the keke owner the park every rider
 * works from and the dance society's leader a photograph of every costume, each at the
 * review. The score compares Basque as it is written and Macedonian by its letters in
 * Latin script, so their expected words are written in the forms the person used (or the
 * stem those forms begin with, as "errezeta" and "оркестар"), and the excluded words of
 * all ten were checked not to read like anything they want.
 */
export const TWENTY_SIXTH_ROUND: readonly Persona[] = [
  {
    id: "sweetgrass-basket-coop",
    who: "A sweetgrass basket sewer who keeps the family stand on Highway 17 in Mount Pleasant, in Gullah-leaning English: a website where people from off see the baskets and order them, every basket with who sewed it, the kind, the size in inches and the price, half the money down before a basket made to order is started, every order to one sewer only, a picture of every finished basket put up on the site, nothing bigger than 18 inch shipped and the big ones picked up at the stand, ten percent of every sale kept by the co-op, what every sewer sold at the month's end, every grass trip with the date, the place, who went and the bundles brought back; records in brackets, every basket belonging to one sewer; a spiral notebook and her granddaughter's Instagram today; classes 'leave um out', wholesale to the gift shops 'we ain' want no part a dat'; the materials of every basket added at the review",
    says: {
      overview:
        "Good mornin. My name Queenie Manigault, an me an my sistuh dem an two cousin sew sweetgrass basket. We got de stand on Highway 17 in Mount Pleasant, been dere since my granmama time, an she teach we all fuh sew when we wuz small. Now de people from off, de comeyah an dem up North, want fuh order basket on de computer, an all we got is a spiral notebook an my granddaughter Instagram. Las Christmas somebody order a bread basket an two a we sew de same one, an nobody know who fuh pay. We want a website where de people kin see de basket an order um, an we kin see who sewin what.",
      walkthrough:
        "Ebry basket got who sew um, de kind, like bread basket, sewin basket, fanner, purse, hot plate, an de size in inch, an de price. De customer pick a basket offa de website, or e kin ask fuh one made to order. Made to order need half de money down befo anybody start fuh sew, cause a big one take three, four week an we ain' gwine sew fuh nobody who change e mind. Ebry order go to one sewer only, we ain' havin two people sewin de same order no mo. When de basket done, de sewer take a picture an e go up on de site.\n\nWe don' ship nuttin bigger than 18 inch, dem big basket gotta be picked up at de stand, de mail bust um up. De co-op keep ten percent of ebry sale fuh de stand an de gas fuh de grass trip, an de sewer get de rest. End a de month ebry sewer need fuh see what e sell an what money e got comin.\n\nAn de grass. We gotta drive way down past McClellanville now fuh pull de sweetgrass, cause de new houses done cover up de marsh where we use to pull um. I want fuh keep track a ebry grass trip, de date, de place, who went an how many bundle dey bring back, so de grass get share out fair.",
      things:
        "Sewers (name, phone, how long dey been sewin). Baskets (kind, size, price, sewer, picture). Customers (name, email, address). Orders (customer, basket, made to order or not, deposit, date). Grass trips (date, place, who went, bundles). Ebry basket belong to one sewer, an one sewer got plenty basket.",
      extras: [
        "Now some people want we fuh teach classes, how fuh sew basket, dat ain' fuh dis, leave um out. An de wholesale, dem gift shop downtown want fuh buy cheap an sell high, we ain' want no part a dat.",
        "No ma'am, dat's all. Tenk ya.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Me an de sewers log in. De customer don' need no account, dey jus order.",
    },
    atReview: [
      "Hol on, one mo ting. Put what e made of on ebry basket, de materials, sweetgrass, pine needle, bulrush or palmetto, cause de customer dem ask dat all de time. Dat's all now, tenk ya.",
    ],
    expect: {
      kind: "web app",
      features: [
        "made to order half money down",
        "order one sewer only",
        "sewer take a picture",
        "ship 18 inch picked up stand",
        "co-op keep ten percent",
        "month sewer sell",
        "grass trip bundle",
      ],
      tables: [
        { name: "sewers", fields: ["name", "phone"] },
        { name: "baskets", fields: ["kind", "size", "price", "sewer", "picture", "materials"] },
        { name: "customers", fields: ["name", "email", "address"] },
        { name: "orders", fields: ["customer", "basket", "deposit", "date"] },
        { name: "grass trips", fields: ["date", "place", "bundles"] },
      ],
      excluded: ["class", "wholesale"],
      background: ["spiral notebook"],
    },
  },
  {
    id: "duckpin-alley-leagues",
    who: "A Dundalk woman who runs a sixteen-lane duckpin alley with her husband, in Baltimore English, at length: a website for the leagues and the lanes, three balls a frame and ten frames, teams of four bowling three games a night, a handicap of 80 percent of the difference between the average and 130, no average counted before 9 games (the starting average till then), a point for every game won and one for total pins, a blind at the absent bowler's average minus 10, no sub more than three weeks in a row for one team, lanes booked online by the hour at $28 with the shoes, no parties on league nights after six, high game, high set and most improved for the banquet; records after dashes on lines, every bowler on one team and every score one bowler on one night; paper sheets and a calculator today; the bar and kitchen 'keep it outta there', the pro shop 'don't go putting that on there neither'; the phone taken off the lane bookings and an email and the shoe sizes added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi hon. I'm Bev Sadowski, me and my husband Ray run a duckpin alley in Dundalk, sixteen lanes, it's been in his family since 1958. We got leagues every night but Sunday, the seniors in the mornings and the kids on Saturdays. Right now every league secretary does the standings on paper sheets with a calculator and tapes 'em up on the wall by the shoe counter, and every Monday night somebody's fighting over a handicap. I want a website where the leagues and the scores and the lane bookings are all in one place, hon, so I'm not hearing about it down the ocean all summer.",
      walkthrough:
        "So in duckpins you get three balls a frame, ten frames a game, and the top score's 450 but nobody's ever got it, not in Bawlmer or anywhere. Every league's got teams of four, they bowl three games a night, and the secretary puts in every bowler's three games. The handicap is 80 percent of the difference between your average and 130, and your average don't count till you bowled 9 games, before that you bowl off your starting average, that's last year's. A team gets a point for every game they win and one more for the total pins. If somebody's absent the team bowls a blind at his average minus 10. And a sub can't bowl more than three weeks in a row for the same team, after that he's gotta join the team for real, that's the league rules, hon.\n\nThen the open bowling and the birthday parties, people book a lane online by the hour, $28 an hour a lane with the shoes, and no parties on league nights after six, the lanes are all took. End of the season we have the banquet, and I want the trophies worked out: high game, high set and most improved for every league.",
      things:
        "Bowlers - name, phone, average, starting average\nTeams - name, league, captain\nLeagues - name, night, secretary\nScores - bowler, date, game 1, game 2, game 3\nLane bookings - name, phone, date, time, hours, lanes\nEvery bowler's on one team, and every score is one bowler on one night.",
      thingsChange:
        "Take the phone off the lane bookings and put an email on instead, so they get the confirmation. And put the shoe sizes on there too, hon, so I can have 'em set out.",
      extras: [
        "The bar and the kitchen, the crab cakes and the Natty Boh and all that, that's Ray's, keep it outta there. And the pro shop, we don't sell balls no more, so don't go putting that on there neither.",
        "Nope, that's it, hon. Thanks a bunch. Go O's.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Ray and the league secretaries log in. The bowlers can just look, and people booking a lane don't need an account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "three balls a frame ten frames",
        "handicap 80 percent 130",
        "average 9 games",
        "point every game total pins",
        "blind average minus 10",
        "sub three weeks in a row",
        "lane by the hour $28",
        "no parties league nights after six",
        "high game high set most improved",
      ],
      tables: [
        { name: "bowlers", fields: ["name", "phone", "average", "starting average"] },
        { name: "teams", fields: ["name", "league", "captain"] },
        { name: "leagues", fields: ["name", "night", "secretary"] },
        { name: "scores", fields: ["bowler", "date", "game 1", "game 2", "game 3"] },
        {
          name: "lane bookings",
          fields: ["name", "email", "date", "time", "hours", "lanes", "shoe sizes"],
        },
      ],
      excluded: ["kitchen", "crab", "pro shop"],
      background: ["paper sheets", "calculator"],
    },
  },
  {
    id: "trail-groomer-log",
    who: "The head groomer of a snowmobile club up by Baraga, in Yooper English: a phone app for the groomer operators out on the trail where there's no signal, every run with the groomer, the operator, the trail segments, the start and finish, the engine hours at start and end and the miles, the snow marked fresh, packed or icy, hazards with a pin and a picture that stay open till marked fixed, no grooming a segment on a base under 6 inches, nobody alone in the cab after midnight, an oil change due every 50 engine hours, the hours and miles by segment for the DNR grant report, everything sent up when the phone is back in town; records after colons inline, every run one groomer and every hazard on one segment; a clipboard in the cab today; the memberships 'don't put that on there', the fish fry 'that's got nothing to do with it'; Android; the temperature of every run added at the review",
    says: {
      overview:
        "Yah, hi. Name's Arvo Maki, I'm the head groomer for the Sturgeon River Snowmobile Club up by Baraga. We got about 140 miles of trail we groom with two Tucker Sno-Cats and a drag, mostly at night, and the DNR pays a good part of it through the grant, so we gotta keep track of every hour and every mile. Right now the guys write it on a clipboard in the cab and I type it all up at the end of the month, and holy wah, half them sheets are soaked or the pencil froze or whatever. I want an app on the phone, but there's no signal back in there for most of it, eh, so it's gotta work without.",
      walkthrough:
        "Every time a guy goes out he starts a run in the app: which groomer, which trail segments, the time he starts and the time he's done, the engine hours at the start and the end, and the miles. He marks the snow, fresh, packed or icy. If there's a hazard, a tree down, a washout, a bridge with the planks going, he puts a pin where it is and takes a picture, and a hazard stays open till somebody marks it fixed, so youse can see what's still out there.\n\nNobody grooms a segment if the base is under 6 inches, 'cause you just tear up the dirt and the landowners get mad. Nobody runs the groomer alone after midnight neither, gotta be two in the cab, that's the insurance. Every 50 engine hours it should tell me the groomer's needing an oil change. When the phone gets back in town it sends everything up. And at the end of the month I need the hours and the miles by segment for the DNR grant report, that's the big one.",
      things:
        "Groomers: name, model, engine hours. Segments: name, trail number, miles. Runs: groomer, operator, segments, start, finish, engine hours start, engine hours end, miles, snow. Hazards: segment, kind, photo, fixed or not. Every run's one groomer, and every hazard's on one segment, eh.",
      extras: [
        "The memberships, who joined and who didn't, that's the treasurer, don't put that on there. And the fish fry we do in March, nah, that's got nothing to do with it.",
        "Nope, that's about it. Thanks, eh.",
      ],
      tech: "Android, eh. Everybody's got them cheap Samsungs.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Me and the five operators. Nobody else.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    atReview: [
      "Oh, one more thing, eh. Put the temperature on every run too, the outside temp when he starts, 'cause below zero the drag does a way better job and I wanna see that. That's it, thanks.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "run groomer trail segments",
        "snow fresh packed icy",
        "hazard pin picture",
        "hazard open fixed",
        "base under 6 inches",
        "alone after midnight two in the cab",
        "50 engine hours oil change",
        "hours miles by segment DNR grant",
      ],
      tables: [
        { name: "groomers", fields: ["name", "model", "engine hours"] },
        { name: "segments", fields: ["name", "trail number", "miles"] },
        {
          name: "runs",
          fields: [
            "groomer",
            "operator",
            "start",
            "finish",
            "engine hours start",
            "engine hours end",
            "miles",
            "snow",
            "temperature",
          ],
        },
        { name: "hazards", fields: ["segment", "kind", "photo", "fixed"] },
      ],
      excluded: ["membership", "fish fry"],
      background: ["clipboard"],
      stack: ["Android"],
    },
  },
  {
    id: "beach-fale-tabs",
    who: "A Samoan woman whose aiga runs twelve beach fales at Lalomanu, in Samoan English: a phone app for her cousins to put every guest's extras straight on their tab, a guest checked in to one fale with how many people and nights, 90 tala a person a night with dinner and breakfast and half for children under 12, kayak hire 20 tala a half day, snorkel gear 10 tala, the boat trip 60 tala each, lunch 15 tala, only the boys at the beach putting on kayaks and the boat and only the kitchen putting on meals, a boat trip cancelled by the skipper for the swell charged to nobody, the whole tab at checkout paid in cash or by card with a receipt, no boat trips or kayaks on Sunday, the fales empty tomorrow every night; records told in long sentences, every guest in one fale; an exercise book at the kitchen today; weddings on the beach 'my aunty's business, don't put it', the bus timetable 'ua lava'",
    says: {
      overview:
        "Talofa lava! My name is Sina Toleafoa, my aiga runs beach fales at Lalomanu on the south coast of Upolu, twelve fales on the sand, with the dinner and breakfast included. The guests are mostly palagi backpackers and some families from Auckland for the holidays. The problem is the extras, the kayaks and the trips and the lunches, my cousins write it in the exercise book at the kitchen and when the guest is leaving we cannot find half of it, and sometimes they go on the early bus before we add it up. I want an app on the phones of my cousins so they put the extras straight on the guest's tab. We have the Digicel data on the phones, it works fine here.",
      walkthrough:
        "When the guest arrives I check them in to a fale, with how many people and how many nights. The fale is 90 tala per person per night with dinner and breakfast, and the kids under 12 are half. Then anything extra goes on their tab from the phone: kayak hire is 20 tala for half a day, the snorkel gear 10 tala, the boat trip to Nu'utele island 60 tala each, and lunch is 15 tala. Only the boys at the beach can put on the kayaks and the boat, and only the kitchen can put on the meals, so nobody is putting the same thing twice.\n\nNobody goes on the boat if the swell is too big, the skipper decides, and he marks the trip cancelled, then nobody is charged for it. On Sunday no boat trips and no kayaks, it is the Sabbath, everybody goes to lotu. At checkout I see the whole tab, the fale and the extras, and they pay cash in tala or by card, and we give them the receipt. And every night I want to see which fales are empty tomorrow, so when the backpackers on the bus ask, I can tell them yes or no.",
      things:
        "We have the fales, each one with its number and how many beds. Then the guests, with the name, the country, the phone, which fale and how many nights. Then the extras on the tab, that is the guest, the item, how many, the price and who put it on. And the boat trips, with the date, the skipper, how many people and if it was cancelled. Every guest stays in one fale, but one fale can have a whole family of six.",
      extras: [
        "The weddings, some palagi want to get married on the beach, that is my aunty's business, don't put it. And the bus timetable, no, ua lava, the bus comes when it comes.",
        "No, that's all. Fa'afetai tele lava!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Me and my cousins, six of us. The guests don't use it.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "90 tala per person per night",
        "under 12 are half",
        "kayak hire 20 tala",
        "boat trip 60 tala",
        "only the kitchen meals",
        "swell skipper cancelled nobody charged",
        "Sunday no boat trips kayaks",
        "checkout whole tab",
        "fales empty tomorrow",
      ],
      tables: [
        { name: "fales", fields: ["number", "beds"] },
        { name: "guests", fields: ["name", "country", "phone", "fale", "nights"] },
        { name: "extras", fields: ["guest", "item", "price"] },
        { name: "boat trips", fields: ["date", "skipper", "cancelled"] },
      ],
      excluded: ["wedding", "timetable"],
      background: ["exercise book"],
    },
  },
  {
    id: "produce-auction-checks",
    who: "The clerk of a produce auction near Leola, in Pennsylvania Dutch English, at length: a Python command-line tool that reads the day's sale file (lot number, grower number, produce, how many, unit, price per unit, buyer number) and makes out the growers' checks, 10 percent commission of each lot and 8 percent for growers who sold more than $20,000 the year before, a $2 lot fee on every lot, no commission and no fee on a lot that was no sale, every grower's check the total of his lots minus commission and lot fees with a stub listing every lot, nothing under $5 printed but carried over to next week, checks numbered on from the last check number, a lot voided before the checks print, a week's report of every grower's total and the commission; records told in sentences, every lot belonging to one grower and one buyer; the adding machine and checks written by hand today; the buyers' bills 'leave that be', 'no email'; commands and flags; Python",
    says: {
      overview:
        "Hello once. My name is Elam Zimmerman, I'm the clerk at the Leola produce auction here in Lancaster County. Three days a week in the season the growers bring in their produce, sweet corn, cantaloupes, red beets, peppers, by the wagon load, a lot of them Amish with the horse and wagon yet, and the buyers from the roadside stands and the stores bid on it by the lot. After the auction is all, I have to make out a check for every grower, and right now I do that on the adding machine and write every check by hand, it takes me till late at night already, and last week I wrote one grower a check for somebody else's peppers. It wonders me I didn't do that sooner, ain't so. My nephew Darryl is good with the computer and he says he can make a program you type the commands into, so I'd like to have it wrote down what it must do.",
      walkthrough:
        "After the sale the auction system gives a file with every lot: the lot number, the grower number, what it is, how many, the unit, like half bushels or boxes or dozen, the price per unit and the buyer number. The program reads that file in for the day. The auction takes 10 percent commission of each lot, but only 8 percent for growers who sold more than $20,000 the year before, and there's a $2 lot fee on every lot besides. A lot that was no sale gets no commission and no fee, the grower just takes it home again.\n\nThen it prints every grower's check, the total of his lots minus the commission and the lot fees, with a stub that lists every lot so he can see what each one brought. If a grower's check comes to under $5 it don't print, it gets carried over to next week. The checks must be numbered on from the last check number, because the bank wants them in order. If I made a mistake on a lot I need to void it before the checks print. And at the end of the week I want a report with every grower's total and the commission we took.",
      commands:
        "Darryl says like this once: auction import with the file and --date for the sale day. auction grower add with the name and --number for the grower number. auction checks --date to print the checks, with --out for where the PDF goes. auction void --lot 455 to take a lot back out. auction report --week for the week's report. That's about it.",
      things:
        "There's the growers, with their number, their name, their address and what they sold last year. The lots, that's the lot number, the grower, the produce, how many, the unit, the price, the buyer and the date. And the buyers, with their number, their name and their business. Every lot belongs to one grower and one buyer, and a grower has a whole lot of lots, ha.",
      extras: [
        "The buyers' bills, what they owe the auction, that's the other program in the office, leave that be. And no email, the Amish growers ain't got email and don't want it, everything goes on paper.",
        "No, that's all. Denki, thank you once.",
      ],
      tech: "Darryl says Python, he learned it at HACC. It just keeps everything on the office computer, nothing online.",
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
        "10 percent commission each lot",
        "8 percent $20,000 year before",
        "$2 lot fee",
        "no sale commission fee",
        "check total minus commission lot fees",
        "stub lists every lot",
        "under $5 carried over next week",
        "numbered last check number",
        "void lot",
        "report grower total commission",
      ],
      tables: [
        { name: "growers", fields: ["number", "name", "address"] },
        { name: "lots", fields: ["lot number", "grower", "produce", "unit", "price", "buyer", "date"] },
        { name: "buyers", fields: ["number", "name", "business"] },
      ],
      excluded: ["bill", "email"],
      background: ["adding machine"],
      stack: ["Python"],
      commands: [
        "import",
        "grower add",
        "checks",
        "void",
        "report",
        "--date",
        "--number",
        "--out",
        "--lot",
        "--week",
      ],
    },
  },
  {
    id: "keke-work-and-pay",
    who: "A Freetown man who gives out forty kekes on work and pay, in Sierra Leonean English leaning on Krio: a service without screens that his padi's USSD menu and the supervisors' app call, every rider with one keke and one contract (price, daily payment, start date), NLe 250 a day Monday to Saturday and none on Sunday, payments by Orange Money or Afrimoney matched by the rider's phone number with an SMS of the balance, the supervisor told and the tracker blocking the engine after 3 missed days in a row, an alert when a keke passes outside the Western Area, the keke marked the rider's own when the full price is paid, Friday checks of the tyres and the body, each rider's paid, remaining and missed days at the month's end; records after colons, each contract for one rider and one keke; a diary today; repairs 'leave am out', the police and council dues 'e no concern this'; Node.js with Express and Postgres; the park every rider works from added at the review",
    says: {
      overview:
        "Kushe! My name is Abubakarr Sesay, I get 40 kekes here in Freetown that I give out on work and pay. The rider drive the keke, pay me small small every day, and after eighteen months when he finish pay, the keke na him own. Now all the payment na by Orange Money to my phone and I write am in my diary, and plenty times a rider say he pay and I no see am, or the money go to the wrong name, na big trouble. My padi Foday is making a USSD menu so the riders can pay and check their balance from any phone, even the small Nokia, and an app for my two supervisors. Wetin I want from you na the service in the middle that all of them call, no screens.",
      walkthrough:
        "Every rider get one keke and one contract: the price of the keke, the daily payment, NLe 250, and the start date. Monday to Saturday he pay, Sunday no payment. The rider pay by Orange Money or Afrimoney, the money come in to the service with the rider's phone number, and the service put am on his contract and send him SMS with the balance.\n\nIf he miss 3 days in a row, the service tell the supervisor, and the tracker on the keke go block the engine till he pay, no excuse, even if na my own cousin. The keke no go pass outside Western Area, if the tracker see am outside, the supervisor get alert. When the rider finish pay the full price, the service mark the keke as his own and send me the request for the papers. Every Friday the supervisors check the keke and write the condition, the tyres, the body, if anything spoil. End of the month I want for every rider how much he don pay, how much remain, and how many days he miss.",
      things:
        "Riders: name, phone, address, licence number, guarantor. Kekes: number plate, tracker number, colour. Contracts: rider, keke, price, daily payment, start date. Payments: contract, date, amount, Orange Money or Afrimoney, transaction ID. Checks: keke, date, tyres, body, notes. Each contract na for one rider and one keke, and one contract get plenty payment.",
      extras: [
        "The keke repairs, the mechanic get him own book, leave am out. And the police and the council dues the riders pay at the park, no, e no concern this.",
        "No, na dat. Tenki tenki bo.",
      ],
      tech: "Foday say Node.js with Express and Postgres.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "No login for people here. The USSD and the supervisors' app, each one get its own key.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "Postgres",
    },
    atReview: [
      "One more thing bo. Put the park on every rider, which keke park he work from, like Lumley or Waterloo, so the supervisor know where to find am. Na dat, tenki.",
    ],
    expect: {
      kind: "api service",
      features: [
        "daily payment NLe 250",
        "Sunday no payment",
        "Orange Money Afrimoney",
        "SMS with the balance",
        "3 days in a row block the engine",
        "outside Western Area alert",
        "full price keke his own",
        "Friday check condition tyres body",
        "how much remain days miss",
      ],
      tables: [
        { name: "riders", fields: ["name", "phone", "address", "licence number", "guarantor", "park"] },
        { name: "kekes", fields: ["number plate", "tracker number", "colour"] },
        { name: "contracts", fields: ["rider", "keke", "price", "daily payment", "start date"] },
        { name: "payments", fields: ["contract", "date", "amount", "transaction ID"] },
        { name: "checks", fields: ["keke", "date", "tyres", "body", "notes"] },
      ],
      excluded: ["repair", "mechanic", "police"],
      background: ["diary"],
      stack: ["Node.js", "Postgres"],
    },
  },
  {
    id: "maize-mill-zomba",
    who: "The owner of a maize mill at Chinamwali in Zomba, in Malawian English: a program on the office's Windows laptop where the internet is not reliable and ESCOM cuts the power, maize weighed and a ticket with its number, the kilos and mgaiwa or white, MK 150 a kilo for mgaiwa and MK 250 for white, paid in cash or Airtel Money before milling and no milling on credit, madeya kept by the mill and sold by the pail, the time the power went and came back and the hours lost, hammers changed every 300 hours of running, the till's cash matched against the tickets and shown in red when more than MK 2,000 out, the month's kilos, money and blackout hours; records in parentheses, each ticket for one customer only; counter books today; the ufa sold in the shop 'leave it out of this one', buying maize at harvest 'not for this program'; Windows; the village taken off the customers and the operator added to the tickets after 'Change something' at 'Your data'",
    says: {
      overview:
        "Muli bwanji. My name is Mphatso Chirwa, I have a maize mill at Chinamwali in Zomba, two hammer mills and one dehuller. People bring their maize in bags and pails and we mill it for them into ufa, we charge per kilo. Now everything is written in counter books by the boys, and at the end of the month the numbers are not agreeing, kaya, the maize that came in and the money are not matching. I want a program on the office laptop. The internet here is not reliable and ESCOM is cutting power often, so it should just work on the laptop.",
      walkthrough:
        "When a customer brings maize we weigh it and give a ticket with a number, the kilos, and whether it is mgaiwa, that is whole maize just milled, or white ufa, where it is dehulled first. Milling is MK 150 per kilo for mgaiwa and MK 250 per kilo for white because of the dehulling. The customer pays cash or Airtel Money before the maize goes to the mill, no milling on credit, even for relatives, that one has finished us before. The madeya from the dehuller stays with the mill unless the customer asks to take it, and we sell the madeya by the pail for pigs and chickens.\n\nWhen the power goes off, the boys should mark the time it went and the time it came back, because I want to see how many hours we lost each month. The mills get their hammers changed every 300 hours of running, so the program should tell me when it is close. At the end of the day the cash from the till must match the tickets, and if it is out by more than MK 2,000 it must show in red. Then month end: the kilos milled, the money, and the hours of blackout.",
      things:
        "Customers (name, phone, village). Tickets (number, customer, date, kilos, mgaiwa or white, amount, paid). Mills (name, hours run, last hammer change). Blackouts (date, went off, came back). Madeya sales (date, pails, amount). Each ticket is for one customer only.",
      thingsChange:
        "Remove the village from the customers, it is not needed. And put the operator on the tickets, which of the boys milled it, so I know who to ask when there is a problem.",
      extras: [
        "The ufa that we pack and sell ourselves in the shop at the front, that is my wife's side, leave it out of this one. And buying maize from the farmers at harvest, that one is not for this program.",
        "No, that is all. Zikomo kwambiri.",
      ],
      tech: "The laptop is Windows 10, a Lenovo. Anything that runs there is fine.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords, only me and my son use the laptop.",
      Technology: "I have preferences",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "weigh ticket number kilos",
        "MK 150 per kilo mgaiwa",
        "MK 250 white dehulling",
        "no milling on credit",
        "madeya by the pail",
        "power time went came back hours lost",
        "hammers 300 hours",
        "till match tickets MK 2,000 red",
        "month kilos milled money blackout",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone"] },
        {
          name: "tickets",
          fields: ["number", "customer", "date", "kilos", "amount", "paid", "operator"],
        },
        { name: "mills", fields: ["name", "hours run", "last hammer change"] },
        { name: "blackouts", fields: ["date", "went off", "came back"] },
        { name: "madeya sales", fields: ["date", "pails", "amount"] },
      ],
      excluded: ["shop", "harvest"],
      background: ["counter books"],
      stack: ["Windows"],
    },
  },
  {
    id: "bet-settlement-library",
    who: "A settlement developer at a betting firm at Europort, in Gibraltarian English with Llanito: a TypeScript library with no dependencies on the firm's private npm registry that the website, the app and the shops all call to settle a horse racing bet, singles, each way, doubles, trebles and accumulators up to 8 selections, each way as a win bet and a place bet at a quarter or a fifth of the odds, 2 places paid for 5 to 7 runners, 3 for 8 or more and 4 for handicaps of 16 or more, a non-runner's stake back in a single and a double become a single, Rule 4 deductions in pence in the pound never more than 75p, dead heats at half the stake, the return rounded down to the penny and never up, the working given back line by line for customer services; each product's own code today; cash out and in-running 'another team's, don't put it there', football 'only horses'; TypeScript and npm",
    says: {
      overview:
        "Oye, hi. I'm Jonathan Ferrary, I'm a developer at one of the betting companies at Europort, on the settlement side. Every product we have, the website, the app, the shops in the UK, they all settle horse racing bets their own way, each one with its own code, and pues, when a result comes in with a dead heat or a Rule 4, they give different money. Last Cheltenham que va, what a mess, the same bet paid out two different ways and compliance on top of us for weeks. So I want one library that settles a horse racing bet and that's it, and all of them call it, no ves.",
      walkthrough:
        "You give it the bet and the results and it gives you back the return. Singles, each way, doubles, trebles, and the accumulators up to 8 selections. Each way is two bets, one to win and one to place, the place part at a fraction of the odds, a quarter or a fifth depending on the race. The places paid depend on how many runners: 5 to 7 runners pays 2 places, 8 or more pays 3, and handicaps with 16 or more runners pay 4.\n\nA non-runner in a single gives the stake back, and in a double it becomes a single, in a treble a double, and so on. Rule 4: when a horse is withdrawn late, the winnings are cut by so many pence in the pound depending on the price of the withdrawn horse, and never more than 75p in the pound. Dead heat, when two horses tie, you get half the stake at the full odds. The return is always rounded down to the penny, never up, chacho, compliance is very strict with that. And it must give back, line by line, how it worked it out, because customer services have to explain it to the customer when he rings up angry.",
      extras: [
        "The cash out and the in-running betting, that's another team's, don't put it there. And the football, no, only horses, ya está.",
        "No, that's it. Venga, cheers.",
      ],
      tech: "TypeScript, with no dependencies if you can, and it goes on our private npm registry.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    expect: {
      kind: "library",
      features: [
        "accumulators up to 8 selections",
        "each way quarter fifth odds",
        "5 to 7 runners 2 places",
        "non-runner stake back",
        "double becomes a single",
        "Rule 4 75p in the pound",
        "dead heat half the stake",
        "rounded down to the penny",
        "line by line how it worked it out",
      ],
      tables: [],
      excluded: ["cash out", "football"],
      stack: ["TypeScript", "npm"],
    },
  },
  {
    id: "txoko-donostia",
    who: "The treasurer of a gastronomic society (txoko) in Donostia's Parte Zaharra, in Basque: a website where the members book a table for lunch or dinner with the day and how many guests, no more than 8 guests a member and nobody in without a member, a table booked twice on one day only for lunch and dinner, drinks from the cellar noted by the member on trust and charged by the bank at the month's end, a warning when a drink falls under 24 bottles, the Danborrada day's tables (20 January) drawn by lot by the app, a 20 euro fine on the next month's charge for a table and kitchen left dirty; records after colons on lines, every booking and every drink taken belonging to one member; a notebook in the kitchen and Excel today; the yearly quota 'hori ez sartu hemen', recipes 'errezetak ere ez'; the phone taken off the members and the member number added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Kaixo! Iñaki Etxeberria naiz, Donostiako Parte Zaharreko Itsasoko Txokoa elkarte gastronomikoko diruzaina. 96 bazkide gara, eta sukalde handi bat, sei mahai eta ardandegi bat ditugu. Orain dena sukaldeko koaderno batean apuntatzen da, eta hilabete amaieran nik Excelera pasatzen dut, baina letra batzuk ezin dira irakurri eta beti falta da zerbait. Web orri bat nahi nuke, bazkideek mahaiak erreserbatzeko eta hartzen dutena apuntatzeko, mugikorretik ere bai.",
      walkthrough:
        "Bazkide batek mahai bat erreserbatzen du bazkaltzeko edo afaltzeko, eguna eta mahaia aukeratuta, eta zenbat gonbidatu ekarriko dituen esaten du. Gehienez 8 gonbidatu bazkide bakoitzeko, eta gonbidatuak beti bazkidearekin etortzen dira: bazkiderik gabe ez da inor sartzen. Mahai bat egun berean bazkarirako eta afarirako erreserba daiteke, baina ez bi aldiz bazkarirako.\n\nArdandegian ez dago kobratzailerik: bazkideak berak apuntatzen du zer hartu duen, sagardo botilak, txakolina, garagardoak, kafeak, eta hilabete amaieran bankutik kobratzen zaio, helbideratuta. Edari batetik 24 botila baino gutxiago geratzen direnean abisua jaso nahi dut, eskaera egiteko. Danborradako egunean (urtarrilaren 20an) denek nahi dute mahaia, beraz egun horretako mahaiak zozketan banatzen dira, eta zozketa aplikazioak egin beharko luke. Eta erabili ondoren mahaia eta sukaldea garbitu behar dira: garbitu gabe uzten dituenak 20 euroko isuna du, hurrengo hilabeteko kobrantzan.",
      things:
        "Bazkideak: izena, abizenak, telefonoa, emaila, kontu zenbakia\nMahaiak: zenbakia, aulki kopurua\nErreserbak: bazkidea, eguna, bazkaria edo afaria, mahaia, gonbidatu kopurua\nEdariak: izena, prezioa, stocka\nKontsumoak: bazkidea, eguna, edaria, kopurua\nErreserba bakoitza bazkide batena da, eta kontsumo bakoitza ere bai.",
      thingsChange:
        "Telefonoa kendu bazkideei, emaila nahikoa da. Eta bazkide zenbakia gehitu, bakoitzak berea du txartelean.",
      extras: [
        "Urteko kuota bankuak kobratzen du beste bide batetik, hori ez sartu hemen. Eta errezetak ere ez, horretarako liburuak ditugu.",
        "Ez, hori da dena. Eskerrik asko, ondo izan!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Bazkide guztiok sartzen gara gure pasahitzarekin. Zuzendaritzakoek (lehendakariak, diruzainak eta idazkariak) dena ikusten dute, besteek berea bakarrik.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "gehienez 8 gonbidatu",
        "bazkiderik gabe inor sartzen",
        "hilabete amaieran bankutik kobratzen",
        "24 botila abisua",
        "Danborradako zozketan",
        "garbitu 20 euroko isuna",
      ],
      tables: [
        {
          name: "bazkideak",
          fields: ["izena", "abizenak", "emaila", "kontu zenbakia", "bazkide zenbakia"],
        },
        { name: "mahaiak", fields: ["zenbakia", "aulki kopurua"] },
        { name: "erreserbak", fields: ["bazkidea", "eguna", "mahaia", "gonbidatu kopurua"] },
        { name: "edariak", fields: ["izena", "prezioa", "stocka"] },
        { name: "kontsumoak", fields: ["bazkidea", "eguna", "edaria", "kopurua"] },
      ],
      excluded: ["kuota", "errezeta"],
      background: ["koaderno", "Excel"],
    },
  },
  {
    id: "kud-nosii-bitola",
    who: "The leader of a folk dance society (КУД) in Bitola, in Macedonian (Cyrillic with ѓ, ќ, ѕ, ј, љ, њ, џ): a website for its 120 members in three groups and over 300 pieces of folk costume (носии), rehearsals twice a week with the instructor writing down who came, nobody performing after more than three missed rehearsals in a month, a list for every performance of who dances and which costume they take, a costume checked out to one member and back within three days and checked by the costume keeper, the old Mariovo and Poreče costumes never in a washing machine, a damaged costume sent for repair and lent to nobody till it is back, a parent's signed consent for members under 18 and a passport valid six months after the return for tours abroad, a yearly report of performances, missed rehearsals and costumes under repair; records told in prose, a costume checked out to one member at a time; an Excel табела and a Viber група today; the orchestra 'тоа не го ставајте', ticket sales 'не ни треба'; a photograph of every costume added at the review",
    says: {
      overview:
        "Добар ден! Јас сум Горан Стојановски, раководител на КУД „Ехо на Пелистер“ од Битола. Имаме околу 120 членови во три групи – детска, младинска и изворна, и над 300 делови од народни носии од цела Македонија, некои стари и по сто години. Сега сè се води во една Excel табела и во Viber група, и после секој настап ни фали по некој елек или појас и никој не знае кај е. Сакам сајт каде што ќе ги имаме членовите, пробите, настапите и носиите на едно место.",
      walkthrough:
        "Пробите се два пати неделно за секоја група, и на секоја проба инструкторот запишува кој дошол. Ако некој изостане повеќе од три проби во месецот, не настапува на следниот настап, тоа е правило на друштвото. За секој настап (концерт, фестивал, свадба на плоштад) правиме список кој игра и која носија ја зема. Носијата се задолжува на членот и мора да се врати најдоцна три дена по настапот, и тогаш костимерката ја проверува дали е чиста и дали нешто е скинато. Старите носии од Мариово и Порече не се перат во машина, само рачно, и тоа мора да пишува кај носијата. Ако нешто е оштетено, носијата оди на поправка и не се дава на никого додека не се врати.\n\nЗа турнеите во странство, фестивалите во Полска, Турција, Франција, членовите под 18 години патуваат само со потпишана согласност од родител, и секој мора да има пасош што важи најмалку шест месеци по враќањето. На крајот од годината ми треба извештај: колку настапи имавме, кој колку проби пропуштил и кои носии се на поправка.",
      things:
        "Членовите имаат име, презиме, датум на раѓање, телефон, група и број на пасош. Носиите имаат шифра, регион, дел (кошула, елек, појас, марама), големина и состојба. Настапите имаат датум, место и вид. Пробите се со датум и група. Секоја носија во еден момент е задолжена само на еден член, а еден член може да има неколку делови.",
      extras: [
        "Оркестарот си има свој раководител и свои работи, тоа не го ставајте. Продажбата на билети за годишниот концерт ја прави Домот на култура, тоа не ни треба.",
        "Не, тоа е сè. Ви благодарам многу!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Јас, двајцата инструктори и костимерката се најавуваме. Членовите и родителите ги гледаат само своите податоци.",
    },
    atReview: [
      "Уште нешто: на секоја носија ставете и фотографија, за да знаеме како изгледа кога е комплетна. Тоа е тоа, фала.",
    ],
    expect: {
      kind: "web app",
      features: [
        "инструкторот запишува кој дошол",
        "повеќе од три проби во месецот",
        "три дена по настапот",
        "не се перат во машина",
        "поправка не се дава",
        "под 18 години согласност од родител",
        "пасош шест месеци",
        "извештај настапи проби поправка",
      ],
      tables: [
        {
          name: "членови",
          fields: ["име", "презиме", "датум на раѓање", "телефон", "група", "број на пасош"],
        },
        { name: "носии", fields: ["шифра", "регион", "дел", "големина", "состојба", "фотографија"] },
        { name: "настапи", fields: ["датум", "место", "вид"] },
        { name: "проби", fields: ["датум", "група"] },
      ],
      excluded: ["оркестар", "билет"],
      background: ["Excel", "Viber"],
    },
  },
];

import type { Persona } from "../persona-driver.js";

/**
 * The sixty-eighth round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what they
 * say. What each of them expects was set down from their own words, the way a careful listener
 * would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences ("Every
 * customer's got …", "Every order's got …", "Jede Partei hot …", "Jede Woch hot …"), spread
 * over sentences ("There's the customers, we'd want …", "Then the jobs, that's …", "There's the
 * customers, with …", "And the vouchers, with …"), after colons inline ("Boats: number, owner,
 * …. Traders: …", and in lower case "bogs: number, acres, …. readings: …"), after colons on
 * lines ("Customers: name, phone, address, state", "Tagata fa'atau: igoa, numera telefoni, …"),
 * in brackets inline and in lower case ("pickers (name, phone, crew, bank account), crews
 * (…)"), with what a value may be in brackets ("variety (stevens, ben lear, early black)"), and
 * none at all from the library, whose rules come numbered. Eight write in English, each in the
 * English of a place no round has used (every round-*.ts, index.ts and held-out.ts was
 * searched, their doc comments and every `who`: the Kentucky English of Knott County and the
 * Pittsburgh English of a Mon Valley fire company's fish fry were used, "yinz" once, no English
 * of West Virginia was, nor "West Virginia", "Fairmont", "Marion County", "Clarksburg",
 * "Morgantown", "Mountaineers", "Times West Virginian", "pepperoni", "Calabria", "gumband",
 * "redd up", "you'uns" or "liked to", "my nonno" only in Griffith's Italian-Australian English;
 * the Southland English of Gore, the West Coast English of Greymouth and the Stewart Island
 * English of Oban were used, no English of Otago was, nor "Otago", "Teviot", "Roxburgh",
 * "Cromwell", "Alexandra", "Ettrick", "Millers Flat", "Dunedin" or "ODT", "packhouse" only as a
 * Citrusdal citrus packhouse's; the London Multicultural English of Peckham and the Suffolk
 * English of Southwold were used and the Estuary English of Essex named once as not used, no
 * English of Essex has been used since, nor "Mersea", "the Strood", "Colchester", "Stansted",
 * "Heathrow", "Gatwick" or "Victoria Esplanade"; the New Jersey English of Long Beach Island
 * was used and New Jersey named as where a Margaree tree grower's buyer lives, no English of
 * the Pine Barrens was, nor "Pine Barrens", "piney", "Tabernacle", "Whitesbog", "Batsto",
 * "cranberry" or "Ocean Spray", "Chatsworth" only as a Durban suburb; the Ugandan English of
 * Ankole was used with its Kampala markets, no English of Busoga was, nor "Busoga", "Musoga",
 * "Jinja", "Masese", "Nile", "Nile perch", "tilapia", "mukene", "BMU" or "Waiswa"; the
 * Bangladeshi English of Chittagong was used and Bengali was written in Mirpur, no English of
 * Khulna or the Sundarbans was, nor "Khulna", "Sundarbans", "Koyra", "Shyamnagar", "mowal",
 * "khalisha", "goran", "Dhanmondi" or "Dhonnobad", "Gulshan" only as a Karachi neighbourhood
 * and "Boishakh" only as a Kumartuli idol maker's; the Englishes of Cork, Dublin, Donegal,
 * Kerry, Mayo, Wexford, Cavan, Clare and Fermanagh were used, no English of Sligo was, nor
 * "Sligo", "Strandhill", "Knocknarea", "Maeve", "Sligo Champion", "seaweed bath", "Gilmartin",
 * "I was scarlet" or "bar Christmas"; the Malaysian Englishes of Penang, Kuching, Kundasang and
 * Brinchang were used, no English of Perak was, nor "Perak", "Ipoh", "Tambun", "Kampar",
 * "pomelo", "heong peng", "Mid-Autumn", "ah kong", "Touch 'n Go" or "so shy", "aiyo" only in
 * Kandy, Chennai and Jaffna and "alamak" only in Singapore): the West Virginia English of
 * Fairmont, in between ("Hey there", "my Nonno", "lunch buckets", "a gumband", "I liked to
 * died", "the Times West Virginian", "redd up", "that's Frankie's deal, not ours", "don't put
 * that on there", "You'uns take care"), the Essex English of Mersea Island, in long paragraphs
 * ("Hiya", "the Strood", "Colch", "he don't", "I was that embarrassed", "the Gazette", "our
 * Megan", "that's his business, nothing to do with the cabs", "don't go putting that in",
 * "Smashing", "Lovely, cheers, bye"), the Sligo English of Strandhill, in long paragraphs
 * ("Hello there", "out the road from Sligo town", "under Knocknarea", "the Prom", "myself and
 * Cathal", "a fierce lot of", "didn't Cathal give", "I was scarlet", "do us up", "bar Christmas
 * Day", "that's his own business, nothing to do with the baths", "don't be putting that in at
 * all", "Good luck now"), the Central Otago English of Roxburgh, in lower-case fragments
 * ("hey", "central", "the teviot", "the blocks", "the RSE lads", "the ODT", "otago poly",
 * "lol", "thats his baby not ours", "nah not doing that", "cheers team"), the Busoga English of
 * Jinja, in short plain sentences ("Good morning", "I am a Musoga", "Masese", "the BMU", "the
 * source of the Nile", "the weighing shed", "school fees", "That one is my uncle's own thing,
 * not for the BMU", "We don't handle that one", "be blessed"), the Perak English of Ipoh, in
 * between ("Hello everybody!", "my ah kong", "famous one", "must can", "never tell me", "the
 * whole of Ipoh share", "Alamak, so shy!", "he say", "That one is his business, not ours",
 * "don't put that lah", "Thank you ah, bye bye!"), the Khulna English of the Sundarbans' edge,
 * in short plain sentences ("Salam", "my abbu", "my chachas", "mowals", "the Forest Department
 * pass", "the ghat", "brothers-in-law", "That is his work, not the library's", "We do not sell
 * wax", "Dhonnobad"), and the Pine Barrens English of South Jersey, in terse lower-case
 * fragments ("hey", "the pines", "piney born n raised", "the bogs", "the pump house", "the
 * co-op", "her deal", "nah", "ok cya"). One writes in Swabian (never used before: German was
 * written in Stuttgart and Bavarian, Swiss German, Alsatian, Luxembourgish and Low German were
 * written, Swabian never, "Schwowe" only inside an Alsatian "Schwowebredele", nor "Reutlingen",
 * "Tübingen", "Kehrwoche", "General-Anzeiger", "Glatteis", "Hauskass", "Heilig's Blechle" or
 * "Nebakoschda", and "Grüß Gott" only as a Chiemgau greeting; as a retired man in Reutlingen
 * types it, in between, in an everyday spelling: "Hallo mitnand", "Reutlinga", "d'Kehrwoch",
 * "'s Treppahaus", "Parteia", "ond", "koiner hot gstreut", "Heilig's Blechle, war mir des
 * peinlich!", "mei Enkele", "ällweil", "des isch sei Sach, ned onsere", "die lasset bloß weg",
 * "Ade mitnand, ond merci!"), and one in Samoan (never used before: the Samoan English of
 * Lalomanu was used with its "Talofa lava", "aiga", "lotu", "tala" and "Fa'afetai tele lava",
 * and the Tuvaluan English of Funafuti with its "Talofa", Samoan never, nor "Savai'i",
 * "Sapapali'i", "Salelologa", "koko Samoa", "Lotu Tamaiti", "faife'au", "tinamatua", "Aukilani"
 * or "Niu Sila"; as a Sapapali'i koko maker types it, in between, with the English words Samoa
 * mixes in: "Talofa lava outou uma", "lo'u tinamatua", "lo'u tuagane", "Facebook", "api",
 * "oka", "Lotu Tamaiti", "faife'au", "Ma le mā!", "app", "network", "mobile money", "e le o se
 * pisinisi a matou", "aua le tu'uina lena", "Fa'afetai tele lava, ia manuia!").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps for a
 * Fairmont bakery's pepperoni rolls (three sticks baked in, never sliced nor ground, by the
 * dozen only at $13, $9 for fundraisers at 20 dozen at least, $2 more for cheese, a week's
 * notice over 50 dozen, every morning but Sunday after 10, never shipped, paid on pick up, a
 * snow day's orders moved to the next day open), a Strandhill family's seaweed baths (ten to
 * eight bar Christmas Day, fifty minutes, €35 and €60, the weed cut by hand every morning off
 * their own shore and never bought in, nobody under twelve alone and nobody with drink on them,
 * paid on booking and back if cancelled a day ahead, hen parties on weekdays only, vouchers
 * good two years, shut with the money back when a storm puts the sea over the Prom) and a
 * Tambun orchard's pomelos (their own trees only, orders open six weeks and shut ten days
 * before Chinese New Year and Mid-Autumn, RM60 and RM110 a box, 1.2 kg a pomelo at least,
 * picked within three days of sending, Peninsular Malaysia only at RM15 a box, 10% off twenty
 * boxes for companies, paid on ordering, nothing sent the first three days of Chinese New
 * Year); phone apps for a Roxburgh orchard's picking crews (6 am to 2 pm and nothing after 2
 * over 30 degrees, no picking in rain nor a day after, $4 and $5 a bucket, no sticker no pay, a
 * bucket with more than five split cherries not counted, topped up to the minimum wage, 50
 * hours a week, paid Thursdays) and a Sapapali'i family's koko Samoa (their own trees' beans
 * only, roasted and pounded Tuesdays and Fridays, 5 and 20 tālā, shops twenty bags at least,
 * the ferry to Apia on Thursdays, nothing sold on Sunday, paid on taking it, nothing sent when
 * wind stops the ferry), the first working without signal; programs on one computer for a
 * Mersea Island cab firm (nobody over the Strood when it's under, airport runs booked a day
 * ahead at £95, £180 and £190, £32 to Colchester station, time and a half after midnight, four
 * in a car or seven in the people carrier, two child seats, accounts paid monthly, half paid on
 * a late cancelled airport run) and a Reutlingen house's Kehrwoche rota (the big Kehrwoche
 * round the twelve flats each week from the bottom up, the small one every week for all, done
 * by five on Saturday, the pavement cleared and gritted by seven on weekdays and nine on
 * Sunday, the bins out on Wednesday evening, swaps said by both, holidays covered by the one
 * away, 30 euros for two missed and 15 euros a month for those over 80); a service without
 * screens, in Node.js with Express and MongoDB, for the Masese landing site's Beach Management
 * Unit (registered boats only, Nile perch between 50 and 85 cm and tilapia 28 cm up, every fish
 * measured and weighed, the week's price set on Monday, UGX 200 a kilo landing fee, fishermen
 * paid by mobile money the same day, nothing landed from 10 pm to 5 am, UGX 500 a kilo a day in
 * the cold room after 6 hours); a Dart library for a Koyra family's Sundarbans honey prices
 * (per kilo rounded down to 100 grams, Tk 1,200, Tk 900 and Tk 700, no price without the forest
 * pass nor over 22% water, 10% off from 20% to 22%, 5% off at 50 kilos, rounded to 10 taka);
 * and a command-line tool in Python with SQLite for a Pine Barrens family's cranberry bogs
 * (sprinklers on at 28 in frost season, no spraying with hives out nor within 3 days of a
 * flood, 2 hives an acre in bloom, no harvest before Sept 15, the flood water back to the
 * reservoir, a load ticket on every truck, every bog sanded in 3 years), with commands and
 * flags. The Roxburgh crew boss and the Pine Barrens developer answer in lower-case fragments,
 * the second tersely, the Mersea cab firm and the Strandhill baths in long paragraphs, the
 * Jinja and Khulna developers in short plain sentences, the others in between.
 *
 * Each tells the story of the day it went wrong, with the people in it: a hundred dozen for the
 * band boosters given to a church bus for the Mountaineers game and the band director's wife's
 * letter in the Times West Virginian, an old couple sat at the Strood under water on their way
 * to Heathrow and a granddaughter's wedding missed and in the Gazette, a Longford hen party on
 * the Prom in the rain in their sashes and the Sligo Champion, two crew leaders counting the
 * same rows and a crew walking off on Boxing Day into the ODT, three hundred kilos of small
 * perch in a trader's lorry and Masese shut two weeks, fifty boxes for a KL company's staff
 * sold to a Singapore tour bus and the boss viral on Facebook, one honey quoted two prices to
 * two brothers-in-law in Dhaka, frost on bog 7 with the sprinklers off and the co-op's estimate
 * 600 barrels out, two names struck off the Kehrwoche plan on an icy Sunday and Frau Häberle's
 * wrist in the General-Anzeiger, a hundred bags for an Auckland church's Lotu Tamaiti sold to
 * ferry passengers and the faife'au on the phone; and each says who will build it (a nephew at
 * Fairmont State, a daughter at Colchester Institute, a niece at ATU in Sligo, a cousin at
 * Otago Poly in Dunedin, a nephew at UTAR in Kampar, a grandson studying in Tübingen and a
 * cousin at NUS in Apia, while the Jinja, Khulna and Pine Barrens developers build it
 * themselves). Who may see what is said in their own words at "Accounts" (customers without an
 * account, girls at the counter who see the day's pick ups, girls on the desk who see the day's
 * bookings and a lorry driver who sees the deliveries but none of them the money, crew leaders
 * who see buckets but not the pay, a husband and wife with their own passwords, a mother and
 * daughter who see everything, API keys for a shed tablet, a traders' app and an office laptop,
 * and one man with no password) or left unsaid by the Python tool and the Dart library; the two
 * desktop programs are picked at "Kind" in the person's own words, one of them in Swabian.
 *
 * Relations said plainly ("One order's for one customer, and the schools order from us every
 * year", "A job's for the one car, and a car does I don't know how many jobs a day", "A
 * booking's for the one room, and a room would have ten or twelve bookings in a day", "1 bucket
 * is 1 picker, good pickers do 60 a day", "One sale is for one trader. One landing can have
 * many sales", "One order is for one customer, but one customer can order every festival", "1
 * load is 1 bog, a bog ships like 30 loads a harvest", "Oi Woch ghört oiner Partei", "E tasi le
 * oka mo le tagata fa'atau e to'atasi"); allowed values in the lists and sentences themselves
 * (cheese or no cheese, fundraiser or not, account or not, child seat or not, paid or on
 * account, single or double, paid or not, used or not, export or local, delivered or not,
 * sprinklers y/n, befreit oder ned, gmacht oder ned, faleoloa pe tagata, totogi pe leai, ave pe
 * leai) and in brackets (a bog's variety); background on the big calendar behind the counter,
 * in a diary and on a whiteboard, in the big diary at the desk, in a notebook and a
 * spreadsheet, in exercise books at the weighing shed, on WhatsApp and in an exercise book, in
 * abbu's register, in a notebook in the pump house and a group text, on a plan written by hand,
 * on Facebook and in an api; technology named as Node.js with Express and MongoDB, Dart, and
 * Python with SQLite, and none at all by seven of them; "no" said as "that's Frankie's deal,
 * not ours", "don't put that on there", "that's his business, nothing to do with the cabs",
 * "don't go putting that in", "that's his own business, nothing to do with the baths", "don't
 * be putting that in at all", "thats his baby not ours", "nah not doing that", "That one is my
 * uncle's own thing, not for the BMU", "We don't handle that one", "That one is his business,
 * not ours", "don't put that lah", "That is his work, not the library's", "We do not sell wax",
 * "her deal", "nah, we just grow", "des isch sei Sach, ned onsere", "die lasset bloß weg", "e
 * le o se pisinisi a matou", "aua le tu'uina lena"; while rules keep their "no" ("never sliced
 * and never ground up", "We don't ship", "Nobody goes over the Strood", "we never buy it in",
 * "Nobody under twelve without a grown-up", "no picking in rain", "no sticker no pay", "it
 * doesnt count", "is not bought", "No landing between 10 pm and 5 am", "we don't buy from other
 * farms", "No Sabah and Sarawak, no Singapore", "No delivery the first 3 days", "the library
 * will not give a price", "no spraying while hives are on the bogs", "never into the river",
 * "sonscht gilt dr Plan", "matou te le fa'atauina mai", "matou te le fa'atau atu i le Aso Sā",
 * "matou te le auina atu").
 *
 * The Fairmont baker takes the email off the customers and puts the pickup time on the orders,
 * the Ipoh grower takes the state off the customers and puts the company name on the orders,
 * and the Sapapali'i koko maker takes the village (nu'u) off the customers and puts the day it
 * is taken (aso e ave ai) on the orders, each after "Change something" at "Your data"; the
 * Mersea cab firm puts the flight number on the jobs, the Khulna developer takes the jars out
 * of the library, the Pine Barrens developer puts the rain on the readings and the Reutlingen
 * man puts whether it snowed (ob's gschneit hot) on the weeks, each at the review. The Roxburgh
 * app is meant to work without signal in the blocks and catch up on the packhouse wifi, the
 * Sapapali'i app has a good network in the village, the Mersea program lives on the office
 * computer with a password each and the Reutlingen program on one man's computer at home; the
 * Pine Barrens tool lives on one laptop in the pump house, and the Jinja service answers the
 * weighing shed's tablet, the traders' app and the BMU's office laptop. Swabian and Samoan,
 * both in Latin letters, are compared by their own words, apostrophes, macrons and all, so
 * their expected words are in the forms the person used (as "bis Samstag om fünfe muss älles
 * gmacht sei", "matou te le fa'atau atu i le Aso Sā"); every expected feature was checked to be
 * in one line the person said, and the excluded words of all ten were checked not to read like
 * anything they want (not "rolls" or "bakery" for the cousin's shop and the sandwiches, but
 * "pizza" and "hoagies"; not "cabs" or "island" for the brother's van and the council's
 * children, but "removals" and "school run"; not "baths" or "seaweed" for the brother's lessons
 * and the rubbing, but "surf school" and "massage"; not "cherries" or "pickers" for the
 * father's roadside trade and the preserves, but "stall" and "jam"; not "fish" or "landing" for
 * the uncle's boats and the small fish, but "tourists" and "mukene"; not "pomelo" or "Tambun"
 * for the cousin's biscuits and the other fruit, but "heong peng" and "durian"; not "honey" for
 * the uncle's catch and the comb, but "crabs" and "wax", and "jars" once taken out; not "bogs"
 * or "cranberries" for the aunt's farm and the kitchen, but "blueberries" and "sauce"; not
 * "Kehrwoch" for the landlord's garden and the bills, but "Gärtner" and "Nebakoschda"; not
 * "koko" for the brother's bus and the bars, but "pasi" and "sukalati").
 */
export const SIXTY_EIGHTH_ROUND: readonly Persona[] = [
  {
    id: "fairmont-pepperoni-rolls",
    who: "A woman in Fairmont, in Marion County in north central West Virginia, who with her brother runs the family bakery her Nonno started after he came over from Calabria to work the mines, baking pepperoni rolls, the bread with sticks of pepperoni baked inside that the miners carried in their lunch buckets, sold over the counter and by the dozen to schools, churches and ball teams for fundraisers, in the West Virginia English of Fairmont, in between ('Hey there', 'my Nonno', 'lunch buckets', 'a gumband', 'I liked to died', 'the Times West Virginian', 'redd up', \"that's Frankie's deal, not ours\", \"don't put that on there\", \"You'uns take care\"): a website where customers order without an account and pay at pick up, she and her brother see everything and the money and the girls at the counter see the day's pick ups but not the money, three sticks of pepperoni baked in every roll and never sliced nor ground, sold by the dozen only at $13, fundraisers $9 a dozen with 20 dozen at least, cheese on top $2 more a dozen, a week's notice over 50 dozen, baking every morning but Sunday with pick ups after 10, never shipped, paid on pick up by cash or card, a snow day's orders moved to the next day open; records told in sentences (\"Every customer's got …\", \"Every order's got …\", \"And every bake's got …\") with cheese or no cheese and fundraiser or not in them, an order one customer's and the schools ordering every year; the big calendar behind the counter, the phone and Facebook today; her cousin's pizza shop in Clarksburg \"that's Frankie's deal, not ours\", hoagies \"don't put that on there\"; the email taken off the customers and the pickup time put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hey there. I'm Gina Marra, and me and my brother Joey run our family's bakery in Fairmont, West Virginia. My Nonno came over from Calabria to work in the mines, and he started baking pepperoni rolls for the miners' lunch buckets, because they'd keep all day down there without going bad. We still make them his way, sticks of pepperoni baked right in the bread. Folks come in for them every morning, and the schools and churches and ball teams buy them by the dozen for fundraisers. Right now the orders come in on the phone and on Facebook, and Mom writes them on the big calendar behind the counter and keeps the slips under a gumband by the register. Last fall the band boosters at the high school had 100 dozen ordered for homecoming, and Joey gave the whole batch to a church bus going up to the Mountaineers game in Morgantown, because he read the calendar for the next Saturday. The band kids had nothing to sell and the band director's wife wrote a letter to the Times West Virginian. I liked to died. My nephew Anthony is at Fairmont State doing computer science, and he says he'll make us a website soon as he's done with his finals.",
      more: "Folks ought to be able to order on the website without making an account, lots of them only order once a year for the Christmas party. They pay when they pick up. Me and Joey see everything, and the money. The girls at the counter need to see what's getting picked up that day so they can have it boxed, but not the money.",
      walkthrough:
        "Here's how we do it:\nEvery roll has 3 sticks of pepperoni baked in, never sliced and never ground up.\nWe sell them by the dozen only, $13 a dozen.\nFundraisers get them for $9 a dozen, 20 dozen at least.\nCheese on top is $2 more a dozen.\nAnything over 50 dozen, we need a week's notice.\nWe bake every morning but Sunday, and orders are picked up after 10.\nWe don't ship, they're no good after a couple of days.\nEverybody pays when they pick up, cash or card.\nIf it snows and the schools close, orders for that day move to the next day we're open.",
      things:
        "Every customer's got a name, a phone number and an email. Every order's got the customer, how many dozen, cheese or no cheese, the pickup day and fundraiser or not. And every bake's got the day and how many dozen we made. One order's for one customer, and the schools order from us every year.",
      thingsChange:
        "Wait a minute, two things. Take the email off the customers, nobody reads it anyhow. And put the pickup time on the orders, the girls need to know when to have them boxed before we redd up.",
      extras: [
        "My cousin Frankie has a pizza shop over in Clarksburg, that's Frankie's deal, not ours. And folks are always asking do we make hoagies for the ball games, we don't, so don't put that on there.",
        "That's about it. You'uns take care now.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Folks order without an account and pay when they pick up. Me and Joey see everything and the money. The girls at the counter see the day's pick ups, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "every roll has 3 sticks of pepperoni baked in never sliced never ground up",
        "sell them by the dozen only $13 a dozen",
        "fundraisers get them for $9 a dozen 20 dozen at least",
        "cheese on top is $2 more a dozen",
        "over 50 dozen we need a week's notice",
        "bake every morning but Sunday orders are picked up after 10",
        "we don't ship",
        "everybody pays when they pick up cash or card",
        "snows and the schools close orders for that day move to the next day we're open",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone number"] },
        {
          name: "orders",
          fields: [
            "customer",
            "how many dozen",
            "cheese or no cheese",
            "pickup day",
            "fundraiser or not",
            "pickup time",
          ],
        },
        { name: "bakes", fields: ["day", "how many dozen we made"] },
      ],
      excluded: ["pizza", "hoagies"],
      background: ["calendar"],
    },
  },
  {
    id: "mersea-island-cabs",
    who: "A woman in West Mersea, on Mersea Island off the Essex coast below Colchester, who with her husband runs the island's cab firm his dad started, four cars and two other drivers, the only road on and off the island being the Strood causeway that goes under the sea on a big spring tide, in the Essex English of Mersea Island, in long paragraphs ('Hiya', 'the Strood', 'Colch', \"he don't\", 'I was that embarrassed', 'the Gazette', 'our Megan', \"that's his business, nothing to do with the cabs\", \"don't go putting that in\", 'Smashing', 'Lovely, cheers, bye'): a program on the office computer, she and her husband each with their own password and the drivers not using it, nothing on the internet for customers, no jobs off the island while the Strood is under from an hour before high water to an hour after on a big tide, airport runs booked 24 hours ahead at £95 for Stansted, £180 for Heathrow and £190 for Gatwick, £32 to Colchester station day or night, time and a half from midnight to six, four in a car or seven in the people carrier, two child seats asked for when booking, the care home and the sailing club on account paying monthly and everyone else paying the driver, half paid on an airport run cancelled with under 12 hours to go; records spread over sentences ('There's the customers, we'd want …', \"Then the jobs, that's …\", 'And the cars, each one with …') with account or not, child seat or not and paid or on account in them, a job for one car and a car doing many jobs a day; the diary and the whiteboard in the office today; her brother-in-law's man and van \"that's his business, nothing to do with the cabs\", the council's school run \"don't go putting that in\"; the flight number put on the jobs at the review",
    says: {
      overview:
        "Hiya. I'm Sharon Pettit, and me and my husband Gary run the cab firm on Mersea Island, in Essex, just down from Colchester. Four cars, Gary and me and two other drivers, and it was Gary's dad's before us. For anyone that don't know it, the only way on and off the island is the Strood, the causeway, and on a big spring tide it goes right under the water, sometimes for an hour or more, and nobody gets on or off till it's gone down again. Right now the bookings come in on the phone and I write them in the diary and put them up on the whiteboard in the office, and Gary takes them on his mobile when he's out and tells me, or he don't. Last May we had a lovely old couple off Victoria Esplanade booked for Heathrow at five in the morning, flying out to their granddaughter's wedding in Canada, booked weeks before. Gary went for them, but nobody had looked at the tide, and he sat at the Strood with the sea over the road for an hour and ten minutes. They missed the plane and they missed the wedding. Their daughter put it all over the Mersea Facebook group, and then it was in the Gazette with a picture of the Strood under water, and half of Colch was ringing us up to have a go. I was that embarrassed I didn't want to show my face in the Co-op. Our Megan's doing computing at Colchester Institute and she says she'll make us a proper program for the office computer, so we can see the tides and the jobs all in the one place.",
      more: "It's me and Gary on the office computer, with our own passwords, because the lads don't need to be in it. They won't use it at all, I ring them or text them the jobs like I always have. It don't need to be on the internet for the customers either, they can ring us, everybody on the island knows the number.",
      walkthrough:
        "Right, this is how we go on.\n\nNobody goes over the Strood when it's under. On a big tide that's from an hour before high water to an hour after, so no jobs off the island in that time, and the tide times come out of the tide table every month.\n\nAirport runs have to be booked 24 hours before at the least. Stansted's £95, Heathrow's £180 and Gatwick's £190, and that's each way.\n\nColchester station is £32, day or night.\n\nAfter midnight till six in the morning everything's time and a half.\n\nNo more than four in a car, except the people carrier, that takes seven.\n\nIf they need a child seat they tell us when they book, we've only got the two.\n\nThe care home and the sailing club are on account and pay at the end of the month, everyone else pays the driver, cash or card.\n\nIf you cancel an airport run with less than 12 hours to go, you pay half.",
      things:
        "Let me think. There's the customers, we'd want their name, phone, address and account or not. Then the jobs, that's the customer, the date, the pick-up time, from where, to where, how many people, child seat or not, and paid or on account. And the cars, each one with the reg, who drives it and how many seats. A job's for the one car, and a car does I don't know how many jobs a day.",
      extras: [
        "Gary's brother Dean does a man and van, removals and that, that's his business, nothing to do with the cabs. And the council keep on at us to do the school run, we don't, so don't go putting that in.",
        "That's it, I think. Lovely, cheers, bye.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the office computer"],
      Accounts: "Me and Gary, each with our own password. The drivers don't use it.",
    },
    atReview: [
      "That's lovely. One thing, can you put the flight number on the jobs, for the airport runs, so I can see if it's landed late.",
      "Smashing. That's it, ta.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "nobody goes over the Strood when it's under an hour before high water to an hour after no jobs off the island",
        "airport runs booked 24 hours before at the least Stansted's £95 Heathrow's £180 Gatwick's £190",
        "Colchester station is £32 day or night",
        "after midnight till six in the morning everything's time and a half",
        "no more than four in a car except the people carrier that takes seven",
        "child seat they tell us when they book we've only got the two",
        "care home and the sailing club are on account pay at the end of the month everyone else pays the driver cash or card",
        "cancel an airport run with less than 12 hours to go you pay half",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address", "account or not"] },
        {
          name: "jobs",
          fields: [
            "customer",
            "date",
            "pick-up time",
            "from where",
            "to where",
            "how many people",
            "child seat or not",
            "paid or on account",
            "flight number",
          ],
        },
        { name: "cars", fields: ["reg", "who drives it", "how many seats"] },
      ],
      excluded: ["removals", "school run"],
      background: ["diary", "whiteboard"],
    },
  },
  {
    id: "strandhill-seaweed-baths",
    who: "A woman in Strandhill, out the road from Sligo town under Knocknarea, whose granny opened the seaweed baths by the Prom in 1962, hot sea water baths with seaweed cut fresh off the rocks, eight rooms, which she now runs with her son, in the Sligo English of Strandhill, in long paragraphs ('Hello there', 'out the road from Sligo town', 'under Knocknarea', 'the Prom', 'myself and Cathal', 'a fierce lot of', \"didn't Cathal give\", 'I was scarlet', 'do us up', 'bar Christmas Day', \"that's his own business, nothing to do with the baths\", \"don't be putting that in at all\", 'Good luck now'): a website where people book and pay without signing up, she and her son see everything and the money and the girls on the desk see the day's bookings but not the money, open ten to eight every day bar Christmas Day, fifty minutes a bath at €35 single and €60 double, the seaweed cut by hand every morning at low tide off their own shore and never bought in, nobody under twelve without a grown-up and anybody with drink on them turned away, paid on booking and all back if cancelled more than 24 hours before, hen parties and groups over six on weekdays only, gift vouchers good for two years, shut with everybody's money back when a storm puts the sea over the Prom; records spread over sentences ('There's the customers, with …', \"Then the bookings, that's …\", 'The rooms, each one with …', 'And the vouchers, with …') with single or double, paid or not and used or not in them, a booking for one room and a room with ten or twelve bookings a day; the big diary at the desk today; her brother's surf school \"that's his own business, nothing to do with the baths\", massages \"don't be putting that in at all\"",
    says: {
      overview:
        "Hello there. Áine Gilmartin here, from Strandhill, out the road from Sligo town, under Knocknarea. My granny opened the seaweed baths down by the Prom in 1962, and now it's myself and my son Cathal running them. For anyone that's never had one, it's a big old bath of hot sea water with the seaweed that's cut fresh off the rocks that morning, and you lie back in it and the oils come out of the weed and you come out like a new woman, or so they tell me. We've eight rooms, and people come from all over, Dublin, the North, America, the surfers after a cold morning out, and a fierce lot of hen parties. At the minute the bookings come in on the phone and by email and on Facebook, and it's all written in the big diary at the desk, and Cathal takes them on his phone as well when he's down at the beach, which is where the trouble starts. Last September we'd a hen party of twelve from Longford booked since the spring, paid and all, and didn't Cathal give the same rooms to a coach of Americans for the same afternoon. The hens stood out on the Prom in the rain in their sashes and their wee veils, and the bride's mother wrote to the Sligo Champion, and it was on the front of it the week after. I was scarlet, I couldn't go to Mass that Sunday. My niece Ciara's doing computing at ATU in Sligo, and she says she'll do us up a website where people can book and pay for themselves.",
      more: "People should be able to book and pay on the website without signing up to anything, half of them only come the once. Myself and Cathal see everything, and the money. The girls on the desk need to see the day's bookings so they can have the baths run and the weed in, but not the money.",
      walkthrough:
        "So here's how we go.\n\nWe're open from ten in the morning till eight at night, every day of the year bar Christmas Day.\n\nA bath is fifty minutes. A single room is €35, and a double, two baths in the one room, is €60.\n\nThe seaweed is cut by hand every morning at low tide off our own bit of shore, and we never buy it in, it has to be fresh or there's no good in it.\n\nNobody under twelve without a grown-up in with them, and anybody with drink on them is turned away, the hot water and the drink don't mix.\n\nEverything's paid when you book, and if you cancel more than 24 hours before you get it all back, after that you don't.\n\nHen parties and groups over six only on weekdays, the weekends are for everybody else.\n\nA gift voucher is good for two years from the day it's bought.\n\nIf a storm puts the sea in over the Prom, we close, and everybody booked that day gets their money back.",
      things:
        "Let me see. There's the customers, with their name, their email and a phone. Then the bookings, that's the customer, the day, the time, single or double, and paid or not. The rooms, each one with its number and single or double. And the vouchers, with the code, who bought it, how much it's for, the date it was bought and used or not. A booking's for the one room, and a room would have ten or twelve bookings in a day.",
      extras: [
        "My brother Declan has the surf school up the beach, that's his own business, nothing to do with the baths. And people are forever asking do we do massages, we don't, so don't be putting that in at all.",
        "That's the lot, I think. Good luck now.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "People book and pay without signing up. Myself and Cathal see everything and the money. The girls on the desk see the day's bookings, not the money.",
    },
    expect: {
      kind: "web app",
      features: [
        "open from ten in the morning till eight at night every day of the year bar Christmas Day",
        "bath is fifty minutes single room is €35 double two baths in the one room is €60",
        "seaweed is cut by hand every morning at low tide off our own bit of shore we never buy it in",
        "nobody under twelve without a grown-up anybody with drink on them is turned away",
        "everything's paid when you book cancel more than 24 hours before you get it all back",
        "hen parties and groups over six only on weekdays",
        "gift voucher is good for two years from the day it's bought",
        "storm puts the sea in over the Prom we close everybody booked that day gets their money back",
      ],
      tables: [
        { name: "customers", fields: ["name", "email", "phone"] },
        { name: "bookings", fields: ["customer", "day", "time", "single or double", "paid or not"] },
        { name: "rooms", fields: ["number", "single or double"] },
        {
          name: "vouchers",
          fields: ["code", "who bought it", "how much it's for", "date it was bought", "used or not"],
        },
      ],
      excluded: ["surf school", "massage"],
      background: ["diary"],
    },
  },
  {
    id: "teviot-valley-picking-crews",
    who: "A young woman in Roxburgh, in the Teviot Valley in Central Otago, whose dad and uncle have a 20 hectare cherry orchard and who runs the picking crews over summer, backpackers and RSE workers from Vanuatu, in the Central Otago English of Roxburgh, in lower-case fragments ('hey', 'central', 'the teviot', 'the blocks', 'the RSE lads', 'the ODT', 'otago poly', 'lol', 'thats his baby not ours', 'nah not doing that', 'cheers team'): a phone app for her and two crew leaders, she seeing the pay and the crew leaders the buckets but not the pay and the pickers not using it, working without signal in the blocks and catching up on the packhouse wifi, picking 6 am to 2 pm and nothing after 2 when it's over 30, no picking in rain nor for 24 hours after, $4 a bucket and $5 on the export blocks, no picker's sticker no pay, a bucket with more than 5 split cherries not counted, topped up when a week's buckets come under the minimum wage, 50 hours a week a picker at most, pay every Thursday by bank transfer; records in brackets inline in lower case with export or local in them, a bucket one picker's and good pickers doing 60 a day; a notebook and a spreadsheet typed up at night today; her dad's fruit stall on the highway 'thats his baby not ours', jam 'nah not doing that'",
    says: {
      overview:
        "hey. kayla, 26, from roxburgh in the teviot valley, central otago. dad n my uncle have a cherry orchard, 20 ha, n i run the picking crews over summer, backpackers n the RSE lads from vanuatu. rn the crew leaders write buckets in a notebook n i type it all into a spreadsheet at night for pay lol. last xmas eve 2 crew leaders counted the same rows, half the crew got paid for buckets they never picked n the other half got shorted. they walked off the block on boxing day mid harvest n it ended up in the ODT. my cousins doing IT at otago poly in dunedin, hes making an app",
      more: "me n the 2 crew leaders, tui n bex, on our phones. i see the pay, crew leaders just see buckets not pay. pickers dont use it. zero signal in the blocks so it has to work offline n catch up on the packhouse wifi",
      walkthrough:
        "rules:\npicking 6am to 2pm, nothing after 2 when its over 30, the fruit goes soft\nno picking in rain or 24 hrs after, cherries split\n$4 a bucket, export blocks $5\nevery bucket gets the pickers sticker, no sticker no pay\nmore than 5 split cherries in a bucket it doesnt count\nif buckets come under min wage for the week we top it up\nmax 50 hrs a week a picker\npay every thursday, bank transfer",
      things:
        "pickers (name, phone, crew, bank account), crews (leader, block), buckets (picker, block, date, sticker no, export or local). 1 bucket is 1 picker, good pickers do 60 a day",
      extras: [
        "dads got the fruit stall out on the highway, thats his baby not ours. ppl ask if we do jam too, nah not doing that",
        "thats it. cheers team",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me n the 2 crew leaders. i see the pay, they see buckets not pay. pickers dont use it",
    },
    expect: {
      kind: "mobile app",
      features: [
        "picking 6am to 2pm nothing after 2 when its over 30",
        "no picking in rain or 24 hrs after",
        "$4 a bucket export blocks $5",
        "every bucket gets the pickers sticker no sticker no pay",
        "more than 5 split cherries in a bucket it doesnt count",
        "buckets come under min wage for the week we top it up",
        "max 50 hrs a week a picker",
        "pay every thursday bank transfer",
      ],
      tables: [
        { name: "pickers", fields: ["name", "phone", "crew", "bank account"] },
        { name: "crews", fields: ["leader", "block"] },
        { name: "buckets", fields: ["picker", "block", "date", "sticker no", "export or local"] },
      ],
      excluded: ["stall", "jam"],
      background: ["notebook", "spreadsheet"],
    },
  },
  {
    id: "jinja-fish-landing-api",
    who: "A developer in Kampala from Jinja, in Busoga, whose father is chairman of the Beach Management Unit (BMU) at Masese landing site on Lake Victoria near the source of the Nile, where the fishermen land Nile perch and tilapia and traders buy for the factories and the markets, in the Busoga English of Jinja, in short plain sentences ('Good morning', 'I am a Musoga', 'Masese', 'the BMU', 'the source of the Nile', 'the weighing shed', 'school fees', \"That one is my uncle's own thing, not for the BMU\", \"We don't handle that one\", 'be blessed'): a service without screens, in Node.js with Express and MongoDB, that the tablet at the weighing shed, the traders' app and the BMU office laptop call with keys, him and the BMU secretary as admins and the fishermen never logging in but getting an SMS, only boats registered with the BMU landing, Nile perch bought only from 50 to 85 cm and tilapia from 28 cm, every fish measured and weighed at the shed before it is sold, the price a kilo set by the BMU every Monday for the week, a landing fee of UGX 200 a kilo, fishermen paid by mobile money the same day, no landing from 10 pm to 5 am, fish unsold after 6 hours in the cold room at UGX 500 a kilo a day; records after colons inline with paid or not in them, a sale one trader's and a landing with many sales; exercise books at the weighing shed today; his uncle's boat trips for tourists \"That one is my uncle's own thing, not for the BMU\", mukene \"We don't handle that one\"; Node.js, Express and MongoDB",
    says: {
      overview:
        "Good morning. My name is Isaac Waiswa. I am a developer in Kampala, but I am a Musoga, from Jinja. My father is the chairman of the Beach Management Unit at Masese landing site, on Lake Victoria near the source of the Nile. The fishermen land Nile perch and tilapia there, and traders buy for the factories and the markets. Now everything is written in exercise books at the weighing shed. Last March the fisheries officers stopped a trader's lorry in Jinja town and found 300 kilos of small Nile perch. The books said all the fish from Masese were measured. It was not true. Masese was closed for two weeks. The fishermen had no money for school fees, and my father was on the radio every day explaining. So I am building a service for the BMU.",
      more: "It is only the API, no screens from me. The tablet at the weighing shed, the traders' app and the BMU office laptop will call it, each one with its own key. The BMU secretary and I are the admins. Fishermen do not log in. They get an SMS when their fish is sold and when they are paid.",
      walkthrough:
        "The BMU rules:\n1. Only boats registered with the BMU can land at Masese. The boat number is painted on the side.\n2. Nile perch below 50 cm or above 85 cm is not bought. That is the law.\n3. Tilapia below 28 cm is not bought.\n4. Every fish is measured and weighed at the shed before it is sold.\n5. The BMU sets the price a kilo every Monday, for the whole week.\n6. The BMU takes UGX 200 on every kilo for the landing fee.\n7. Fishermen are paid by mobile money the same day.\n8. No landing between 10 pm and 5 am.\n9. Fish not sold in 6 hours goes to the cold room, UGX 500 a kilo a day.",
      things:
        "Boats: number, owner, phone, BMU card number. Traders: name, company, phone. Landings: boat, date, time, Nile perch kilos, tilapia kilos. Sales: landing, trader, kilos, price a kilo, paid or not. One sale is for one trader. One landing can have many sales.",
      extras: [
        "My uncle takes tourists on his boat to see the source of the Nile. That one is my uncle's own thing, not for the BMU. Some people ask us to sell mukene also, the small silver fish. We don't handle that one.",
        "That is all. Thank you so much, and be blessed.",
      ],
      tech: "Node.js with Express, and MongoDB. That is what we use at my work in Kampala.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The shed tablet, the traders' app and the office laptop get API keys. The secretary and I are admins. Fishermen do not log in, they get an SMS.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "MongoDB",
    },
    expect: {
      kind: "api service",
      features: [
        "only boats registered with the BMU can land at Masese",
        "Nile perch below 50 cm or above 85 cm is not bought",
        "tilapia below 28 cm is not bought",
        "every fish is measured and weighed at the shed before it is sold",
        "BMU sets the price a kilo every Monday for the whole week",
        "BMU takes UGX 200 on every kilo for the landing fee",
        "fishermen are paid by mobile money the same day",
        "no landing between 10 pm and 5 am",
        "fish not sold in 6 hours goes to the cold room UGX 500 a kilo a day",
      ],
      tables: [
        { name: "boats", fields: ["number", "owner", "phone", "BMU card number"] },
        { name: "traders", fields: ["name", "company", "phone"] },
        { name: "landings", fields: ["boat", "date", "time", "Nile perch kilos", "tilapia kilos"] },
        { name: "sales", fields: ["landing", "trader", "kilos", "price a kilo", "paid or not"] },
      ],
      excluded: ["tourists", "mukene"],
      background: ["exercise books"],
      stack: ["Node.js", "Express", "MongoDB"],
    },
  },
  {
    id: "tambun-pomelo-boxes",
    who: "A woman in Ipoh, in Perak, whose family has had a pomelo orchard of about 600 trees in Tambun since her grandfather's time, selling at their stall by the road and in boxes to people in KL and Penang for Chinese New Year and Mid-Autumn, in the Perak English of Ipoh, in between ('Hello everybody!', 'my ah kong', 'famous one', 'must can', 'never tell me', 'the whole of Ipoh share', 'Alamak, so shy!', 'he say', \"That one is his business, not ours\", \"don't put that lah\", 'Thank you ah, bye bye!'): a website where customers order and pay without an account, she and her brother see everything and the money and the lorry driver sees the deliveries but not the money, only pomelos from their own trees and never from other farms, orders open six weeks before Chinese New Year and Mid-Autumn and closing ten days before, RM60 a box of 4 and RM110 a box of 8, every pomelo in a box 1.2 kg and above, picked not more than three days before sending, delivered only in Peninsular Malaysia at RM15 a box and never to Sabah, Sarawak or Singapore, 10% off for companies ordering twenty boxes and above, paid on ordering by online banking or Touch 'n Go, nothing delivered the first three days of Chinese New Year; records after colons on lines with paid or not and delivered or not in them, an order one customer's and a customer ordering every festival; WhatsApp and an exercise book today; her cousin's heong peng at the next stall \"That one is his business, not ours\", durian \"don't put that lah\"; the state taken off the customers and the company name put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello everybody! I'm Mei Ling, from Ipoh. My family got a pomelo orchard in Tambun since my ah kong's time, about 600 trees. Tambun pomelo is very famous one, sweet and juicy. We sell at our stall by the road in Tambun, and people from KL and Penang order boxes for Chinese New Year and Mid-Autumn. Now everybody WhatsApp me and I write in an exercise book, but my cousin at the stall also take orders and never tell me. Last Mid-Autumn a company in KL ordered 50 boxes for their staff, already paid. My cousin sold the same pomelos to a tour bus from Singapore. The company only got 20 boxes, and the boss posted on Facebook, it went viral, the whole of Ipoh share. Alamak, so shy! My nephew studying IT at UTAR in Kampar, he say he can make a website for us.",
      more: "Customers must can order and pay on the website, no need to make account. Me and my brother Kelvin see everything, the money also. Our lorry driver Ah Seng only see the deliveries, where to send, not the money.",
      walkthrough:
        "Our rules:\nOnly pomelos from our own trees in Tambun, we don't buy from other farms.\nOrders open 6 weeks before Chinese New Year and Mid-Autumn, and close 10 days before.\nBox of 4 is RM60, box of 8 is RM110.\nEvery pomelo in the box must be 1.2 kg and above.\nPomelos are picked not more than 3 days before we send.\nDelivery only in Peninsular Malaysia, RM15 a box. No Sabah and Sarawak, no Singapore.\nCompanies ordering 20 boxes and above get 10% off.\nPay when ordering, online banking or Touch 'n Go.\nNo delivery the first 3 days of Chinese New Year, everybody go back hometown.",
      things:
        "Customers: name, phone, address, state\nOrders: customer, boxes of 4, boxes of 8, delivery date, paid or not, delivered or not\nPicking: date, tree row, how many pomelos\nOne order is for one customer, but one customer can order every festival.",
      thingsChange:
        "Wait ah, change two things. Take out the state from customers, the address already got. And put company name in orders, for the company orders.",
      extras: [
        "My cousin sells heong peng, the Tambun biscuits, at the next stall. That one is his business, not ours. Some people ask can we sell durian also, don't put that lah, we only do pomelo.",
        "That's all. Thank you ah, bye bye!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Customers order and pay, no account. Me and Kelvin see everything and the money. Ah Seng only see the deliveries, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "only pomelos from our own trees in Tambun",
        "orders open 6 weeks before Chinese New Year and Mid-Autumn close 10 days before",
        "box of 4 is RM60 box of 8 is RM110",
        "every pomelo in the box must be 1.2 kg and above",
        "pomelos are picked not more than 3 days before we send",
        "delivery only in Peninsular Malaysia RM15 a box no Sabah and Sarawak no Singapore",
        "companies ordering 20 boxes and above get 10% off",
        "pay when ordering online banking or Touch 'n Go",
        "no delivery the first 3 days of Chinese New Year",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address"] },
        {
          name: "orders",
          fields: [
            "customer",
            "boxes of 4",
            "boxes of 8",
            "delivery date",
            "paid or not",
            "delivered or not",
            "company name",
          ],
        },
        { name: "picking", fields: ["date", "tree row", "how many pomelos"] },
      ],
      excluded: ["heong peng", "durian"],
      background: ["WhatsApp", "exercise book"],
    },
  },
  {
    id: "sundarbans-honey-prices",
    who: "A Flutter developer in Khulna whose father and uncles are mowals, honey collectors from Koyra on the edge of the Sundarbans, who go into the forest by boat from April to June with the Forest Department pass to cut honey from the wild hives among the tigers, the family now also buying honey from other mowals and selling to shops in Dhaka, in the Khulna English of the Sundarbans' edge, in short plain sentences ('Salam', 'my abbu', 'my chachas', 'mowals', 'the Forest Department pass', 'the ghat', 'brothers-in-law', \"That is his work, not the library's\", 'We do not sell wax', 'Dhonnobad'): a Dart library, a package for the family's Flutter apps for the shops and for his father at the ghat, keeping nothing, given the kind of honey, the kilos, the water percent from the meter, the forest pass number and the jars and giving back the price, priced per kilo with the weight rounded down to 100 grams, khalisha Tk 1,200, goran Tk 900 and mixed flower Tk 700 a kilo, only Sundarbans honey and no price without the forest pass number, no price over 22% water, 10% off from 20% to 22% water, 5% off at 50 kilos or more, rounded to the nearest 10 taka, giving back the kilos, the honey price and the total; his father's register today; his uncle's crabs for the exporters \"That is his work, not the library's\", beeswax 'We do not sell wax'; the jars at Tk 60 and Tk 40 taken out at the review; Dart",
    says: {
      overview:
        "Salam. My name is Tanvir Gazi. I am a Flutter developer in Khulna. My abbu and my chachas are mowals from Koyra, on the edge of the Sundarbans. Every year from April to June they go into the forest by boat with the Forest Department pass, and they cut honey from the wild hives. It is dangerous work, there are tigers. Now our family also buys honey from other mowals and sells it to shops in Dhaka. Abbu and my big chacha give prices from abbu's register and from their heads. Last Eid a shop in Dhanmondi and a shop in Gulshan asked for the same khalisha honey, the same kilos. Abbu gave one price. Chacha gave 30% more to the other. The two owners are brothers-in-law. They talked at a wedding. Both orders were cancelled. Abbu and chacha did not eat together for one month. So I am writing one library for the price.",
      more: "It keeps nothing. You give the kind of honey, the kilos, the water percent from the meter, the forest pass number and the jars. It gives back the price. Our Flutter app for the shops uses it, and the app abbu uses at the ghat also.",
      walkthrough:
        "Abbu's rules:\n1. The price is per kilo. The weight is rounded down to 100 grams.\n2. Khalisha honey is Tk 1,200 a kilo, goran Tk 900, mixed flower Tk 700.\n3. Only honey from the Sundarbans. Without the forest pass number, the library will not give a price.\n4. More than 22% water, the library will not give a price. That honey goes sour.\n5. From 20% to 22% water, 10% off.\n6. 50 kilos or more, 5% off.\n7. Glass jars are Tk 60 for 1 kilo and Tk 40 for half kilo, added on top.\n8. Round to the nearest 10 taka.\n9. It gives back the kilos, the honey price, the jars and the total.",
      extras: [
        "My mama catches crabs in the same rivers and sells them to the exporters. That is his work, not the library's. Some shops ask us for beeswax also. We do not sell wax.",
        "That's all. Dhonnobad.",
      ],
      tech: "Dart, a package for our Flutter apps.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Dart",
    },
    atReview: [
      "Correct. One change: take out the jars. Now the shops send their own jars.",
      "Now it is correct. Dhonnobad.",
    ],
    expect: {
      kind: "library",
      features: [
        "price is per kilo weight is rounded down to 100 grams",
        "khalisha honey is Tk 1,200 a kilo goran Tk 900 mixed flower Tk 700",
        "only honey from the Sundarbans without the forest pass number the library will not give a price",
        "more than 22% water the library will not give a price",
        "from 20% to 22% water 10% off",
        "50 kilos or more 5% off",
        "round to the nearest 10 taka",
        "gives back the kilos the honey price the total",
      ],
      tables: [],
      excluded: ["crabs", "wax", "jars"],
      background: ["register"],
      stack: ["Dart"],
    },
  },
  {
    id: "pine-barrens-cranberry-cli",
    who: "A developer who works remote from the Pine Barrens of South Jersey, out past Tabernacle, whose family grows cranberries on 40 acres of bogs and sells to the growers' co-op, in the Pine Barrens English of South Jersey, in terse lower-case fragments ('hey', 'the pines', 'piney born n raised', 'the bogs', 'the pump house', 'the co-op', 'her deal', 'nah', 'ok cya'): a Python command-line tool with SQLite on the laptop in the pump house, working without signal, for him, his dad and his uncle, sprinklers on at 28 degrees on the bog in frost season from budbreak to bloom, no spraying while hives are on the bogs, 2 hives an acre in bloom, no spraying within 3 days of a flood, no harvest before Sept 15, the harvest flood water back to the reservoir and never into the river, a load ticket with the bog, barrels and date on every truck to the co-op, every bog sanded every 3 years; records after colons inline in lower case with sprinklers y/n in them and a bog's variety in brackets (stevens, ben lear, early black), a load one bog's and a bog shipping about 30 loads a harvest; a notebook in the pump house and a group text today; his aunt's blueberries 'her deal', sauce and juice 'nah, we just grow'; the rain put on the readings at the review; commands and flags; Python and SQLite",
    says: {
      overview:
        "hey. nick, dev, remote from the pines, south jersey. piney born n raised. my family grows cranberries, 40 acres of bogs out past tabernacle, sells to the co-op. rn its a notebook in the pump house n a group text. last may the frost alarm went to my uncle not me, notebook said bog 7 sprinklers were on, they werent. 27 degrees, lost most of the buds on bog 7, co-op estimate was off 600 barrels n we got an earful. so a cli",
      more: "just me, my dad n my uncle, on the laptop in the pump house. has to run offline, signal out there is nothing",
      walkthrough:
        "rules\n- frost season (budbreak to bloom) sprinklers go on at 28f on the bog\n- no spraying while hives are on the bogs\n- hives: 2 an acre during bloom\n- no spraying within 3 days of a flood\n- harvest not before sept 15\n- harvest flood water goes back to the reservoir, never into the river\n- every truck to the co-op gets a load ticket w bog, barrels, date\n- sand a bog every 3 yrs",
      things:
        "bogs: number, acres, variety (stevens, ben lear, early black), last sanded. readings: bog, date, time, temp, sprinklers y/n. loads: bog, date, barrels, ticket no. hives: bog, count, in, out. 1 load is 1 bog, a bog ships like 30 loads a harvest",
      commands:
        "like: cran bog --acres 6 --variety stevens, cran temp --bog 7 --f 29, cran frost (bogs at 28 or under w sprinklers off), cran hives --bog 3 --count 12, cran spray --bog 3 (says no if hives are out or it was flooded in the last 3 days), cran flood --bog 3, cran load --bog 3 --barrels 140 --ticket 2231, cran sand (bogs due), cran season (barrels by bog)",
      extras: [
        "my aunt does blueberries on the other side of the road, her deal. ppl ask about sauce n juice too, nah, we just grow",
        "thats it. ok cya",
      ],
      tech: "python n sqlite. runs on the pump house laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: ["ok. 1 thing, put rain on readings, spraying depends on it", "good. cya"],
    expect: {
      kind: "command-line tool",
      features: [
        "frost season sprinklers go on at 28f on the bog",
        "no spraying while hives are on the bogs",
        "hives 2 an acre during bloom",
        "no spraying within 3 days of a flood",
        "harvest not before sept 15",
        "harvest flood water goes back to the reservoir never into the river",
        "every truck to the co-op gets a load ticket w bog barrels date",
        "sand a bog every 3 yrs",
      ],
      tables: [
        { name: "bogs", fields: ["number", "acres", "variety", "last sanded"] },
        { name: "readings", fields: ["bog", "date", "time", "temp", "sprinklers y/n", "rain"] },
        { name: "loads", fields: ["bog", "date", "barrels", "ticket no"] },
        { name: "hives", fields: ["bog", "count", "in", "out"] },
      ],
      excluded: ["blueberries", "sauce"],
      background: ["notebook", "group text"],
      stack: ["Python", "SQLite"],
      commands: [
        "bog",
        "temp",
        "frost",
        "hives",
        "spray",
        "flood",
        "load",
        "sand",
        "season",
        "--acres",
        "--variety",
        "--bog",
        "--f",
        "--count",
        "--barrels",
        "--ticket",
      ],
    },
  },
  {
    id: "reutlingen-kehrwoche",
    who: "A retired man in the Oststadt of Reutlingen, in Swabia, who has lived since 1978 in a house of twelve flats (Parteia) and for thirty years has drawn up the house's Kehrwoche rota, the turn each flat takes at sweeping and washing the stairwell, the cellar, the yard and the pavement, in Swabian (never used before: German was written in Stuttgart and Bavarian, Swiss German, Alsatian, Luxembourgish and Low German were written, Swabian never; as he types it, in between, in an everyday spelling: 'Hallo mitnand', 'Reutlinga', \"d'Kehrwoch\", \"'s Treppahaus\", 'Parteia', 'ond', 'koiner hot gstreut', \"Heilig's Blechle, war mir des peinlich!\", 'mei Enkele', 'ällweil', 'des isch sei Sach, ned onsere', 'die lasset bloß weg', 'Ade mitnand, ond merci!'): a program on his computer at home with no password and no internet, only him using it and the neighbours getting the plan printed in the stairwell, the big Kehrwoche (stairwell, cellar, yard and pavement) going round a different flat every week from the bottom up, the small one for the stairs outside each flat done by every flat every week, everything done by five on Saturday, in winter the pavement cleared and gritted by seven on weekdays and nine on Sunday in snow or ice, putting the bins out on Wednesday evening part of the big Kehrwoche, a swap only counting when both flats say so, anyone away on holiday finding their own stand-in, 30 euros to the house kitty for missing it twice, flats over 80 exempt and paying 15 euros a month to the kitty; records told in sentences ('Jede Partei hot …', 'Jede Woch hot …', 'Ond jeder Tausch hot …') with befreit oder ned and gmacht oder ned in them, a week one flat's and every flat's turn coming round again; the plan written by hand and hung in the stairwell today; the landlord's gardener \"des isch sei Sach, ned onsere\", the service-charge statement (Nebakoschdaabrechnung) 'die lasset bloß weg'; whether it snowed (ob's gschneit hot) put on the weeks at the review",
    says: {
      overview:
        "Hallo mitnand! I bin dr Gerhard Bauknecht aus Reutlinga. Mir wohnet seit 1978 en ma Haus mit zwölf Parteia en dr Oststadt, ond i mach scho dreißg Johr lang de Kehrwochaplan fürs ganze Haus. Für die, wo ned vo do send: D'Kehrwoch isch, wenn mr 's Treppahaus, de Keller, de Hof ond de Gehweg putzt, ond jede Woch isch a andere Partei dra. Bis jetzt schreib i de Plan mit dr Hand ond häng en em Treppahaus nauf, ond d'Leit tauschet onderanander ond streichet's oifach durch. Letzts Johr em Januar hot's an ma Sonndig Glatteis ghet, ond uff em Plan send zwoi Nama durchgstricha gwä, ond koiner hot gmoint, dass er dra isch. Koiner hot gstreut. D'Frau Häberle vom zwoita Stock isch uff em Gehweg nagfalla ond hot sich 's Handglenk brocha. D'Versicherung hot an Brief gschrieba, ond 's isch sogar em General-Anzeiger gstanda. Heilig's Blechle, war mir des peinlich! Mei Enkele studiert Informatik en Tübinga, ond der macht mr jetzt a Programm für mein Computer.",
      more: "Bloß i schaff mit dem Programm, uff meim Computer dahoim. Koi Passwort, do goht sonscht koiner dra, ond 's Internet brauch i drfür ned. D'Nochbr brauchet des ned, die kriaget de Plan ausdruckt em Treppahaus, wie ällweil.",
      walkthrough:
        "So goht's bei ons:\nD'große Kehrwoch (Treppahaus, Keller, Hof ond Gehweg) goht reihum, jede Woch a andere Partei, vo onta nach oba.\nD'kleine Kehrwoch, 's Stück Trepp vor dr eigena Wohnung, macht jede Partei jede Woch selber.\nBis Samstag om fünfe muss älles gmacht sei.\nEm Winter muss dr Gehweg bei Schnee oder Glatteis werktags bis om siebne grämt ond gstreut sei, am Sonndig bis om neune.\nD'Mülltonna am Mittwochobend nausstella ghört zur große Kehrwoch.\nWenn zwoi tauschet, müsset's beide Parteia saga, sonscht gilt dr Plan.\nWer en Urlaub isch, sucht sich selber en Ersatz.\nWer's zwoimol ned macht, zahlt 30 Euro en d'Hauskass.\nD'Parteia über 80 send befreit, die zahlet 15 Euro em Monat en d'Hauskass.",
      things:
        "Jede Partei hot en Nama, 's Stockwerk, a Telefonnummer ond befreit oder ned. Jede Woch hot 's Datum, d'Partei ond gmacht oder ned. Ond jeder Tausch hot die zwoi Parteia ond die zwoi Wocha. Oi Woch ghört oiner Partei, ond a Partei isch ällweil wieder dra.",
      extras: [
        "De Garta macht dr Vermieter mit seim Gärtner, des isch sei Sach, ned onsere. Ond d'Nebakoschdaabrechnung, die lasset bloß weg, do will i nix drmit z'doa han.",
        "Des wär's. Ade mitnand, ond merci!",
      ],
    },
    picks: {
      Kind: ["Something else", "A Programm für mein Computer dahoim, ohne Internet"],
      Accounts: "Bloß i, koi Passwort. D'Nochbr kriaget de Plan ausdruckt.",
    },
    atReview: [
      "Fascht. Oi Sach no: schreibet bei de Wocha no na, ob's gschneit hot, no woiß mr, wer hot streua müssa.",
      "Jetzt passt's. Merci!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "d'große Kehrwoch goht reihum jede Woch a andere Partei vo onta nach oba",
        "d'kleine Kehrwoch macht jede Partei jede Woch selber",
        "bis Samstag om fünfe muss älles gmacht sei",
        "em Winter muss dr Gehweg bei Schnee oder Glatteis werktags bis om siebne grämt ond gstreut sei am Sonndig bis om neune",
        "d'Mülltonna am Mittwochobend nausstella ghört zur große Kehrwoch",
        "wenn zwoi tauschet müsset's beide Parteia saga sonscht gilt dr Plan",
        "wer en Urlaub isch sucht sich selber en Ersatz",
        "wer's zwoimol ned macht zahlt 30 Euro en d'Hauskass",
        "d'Parteia über 80 send befreit die zahlet 15 Euro em Monat en d'Hauskass",
      ],
      tables: [
        { name: "Partei", fields: ["Nama", "Stockwerk", "Telefonnummer", "befreit oder ned"] },
        { name: "Woch", fields: ["Datum", "Partei", "gmacht oder ned", "ob's gschneit hot"] },
        { name: "Tausch", fields: ["zwoi Parteia", "zwoi Wocha"] },
      ],
      excluded: ["Gärtner", "Nebakoschda"],
      background: ["mit dr Hand"],
    },
  },
  {
    id: "savaii-koko-samoa",
    who: "A woman in Sapapali'i, on the east coast of Savai'i near the Salelologa wharf, whose family has made koko Samoa, the roasted and pounded cocoa paste, from the beans of their own cocoa trees since her grandmother's time, selling at the Salelologa market, to shops in Apia by the ferry and to families in New Zealand and Australia for family occasions and church, in Samoan (never used before: the Samoan English of Lalomanu was used with its 'Talofa lava', 'aiga', 'lotu', 'tala' and 'Fa'afetai tele lava', and the Tuvaluan English of Funafuti with its 'Talofa', Samoan never; as she types it, in between, with the English words Samoa mixes in: 'Talofa lava outou uma', \"lo'u tinamatua\", \"lo'u tuagane\", 'Facebook', 'api', 'oka', 'Lotu Tamaiti', \"faife'au\", 'Ma le mā!', 'app', 'network', 'mobile money', 'e le o se pisinisi a matou', \"aua le tu'uina lena\", \"Fa'afetai tele lava, ia manuia!\"): a phone app for her and her daughter, both seeing everything and the money and the customers not using it, with a good network in the village, koko made only from their own trees' beans and never from beans bought from others, roasted and pounded on Tuesdays and Fridays, 5 tālā a small bag and 20 tālā a big jar, shops ordering 20 bags at least, the koko going to Apia on the ferry on Thursdays, nothing sold on Sunday, paid on taking it by cash or mobile money, nothing sent when the wind stops the ferry; records after colons on lines with faleoloa pe tagata, totogi pe leai and ave pe leai in them, an order one customer's and a customer ordering many times; a notebook (api) and Facebook today; her brother's bus 'e le o se pisinisi a matou', chocolate bars (sukalati) \"aua le tu'uina lena\"; the village (nu'u) taken off the customers and the day it is taken (aso e ave ai) put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Talofa lava outou uma! O lo'u igoa o Malia Leota, mai Sapapali'i i Savai'i. E fai e lo'u aiga le koko Samoa mai fua o a matou lava la'au koko, talu mai le taimi o lo'u tinamatua. Matou te fa'atau atu i le maketi i Salelologa, i faleoloa i Apia, ma i aiga i Niu Sila ma Ausetalia e oka mai mo fa'alavelave ma lotu. O le taimi nei e telefoni mai tagata pe fa'afeso'ota'i mai i le Facebook, ona ou tusi lea i se api. E talia fo'i e lo'u tuagane o Fetu ni oka i le maketi, ae na te le ta'u mai ia te a'u. I le tausaga ua te'a, na oka mai e se lotu i Aukilani le 100 taga koko mo le Lotu Tamaiti. Na fa'atau atu e Fetu na taga i le maketi i tagata malaga i le va'a. E le'i maua e le lotu se koko. Na telefoni mai le faife'au ia te a'u, ma na iloa e le nu'u atoa. Ma le mā! O lo'u tei o Ioane o lo'o a'oga i le NUS i Apia, ma na ia fai mai e mafai ona ia faia se app mo matou.",
      more: "Na'o a'u ma la'u tama teine o Lani e fa'aaogaina le app, i a ma telefoni. Ma te va'ai i mea uma, fa'atasi ai ma le tupe. E le fa'aaogaina e tagata fa'atau le app, e telefoni mai pea i latou. E lelei le network i lo matou nu'u.",
      walkthrough:
        "O a matou tulafono:\nE fai le koko mai fua o a matou lava la'au koko, matou te le fa'atauina mai ni fua mai isi.\nMatou te tunu ma tu'i le koko i Aso Lua ma Aso Faraile.\nE 5 tālā le taga laitiiti, e 20 tālā le fagu tele.\nO faleoloa e oka e le itiiti ifo i le 20 taga.\nE alu le koko i Apia i le va'a i Aso Tofi.\nMatou te le fa'atau atu i le Aso Sā.\nE totogi pe a ave le koko, tinoitupe po'o le mobile money.\nAfai e leai se va'a ona o le matagi, matou te le auina atu le koko.",
      things:
        "Tagata fa'atau: igoa, numera telefoni, nu'u, faleoloa pe tagata\nOka: tagata fa'atau, aso, taga, fagu, totogi pe leai, ave pe leai\nTunuga: aso, kilo fua\nE tasi le oka mo le tagata fa'atau e to'atasi, ae e tele taimi e oka ai le tagata fa'atau e to'atasi.",
      thingsChange:
        "Fa'amolemole, sui ni mea se lua: ave'ese le nu'u mai tagata fa'atau, e le mana'omia. Ma fa'aopoopo le aso e ave ai i le oka.",
      extras: [
        "E iai le pasi a lo'u tuagane, ae e le o se pisinisi a matou. Ma e fesili mai nisi pe matou te faia ni sukalati, aua le tu'uina lena, na'o le koko Samoa matou te faia.",
        "O mea uma na. Fa'afetai tele lava, ia manuia!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Na'o a'u ma Lani. Ma te va'ai i mea uma ma le tupe. E le fa'aaogaina e tagata fa'atau le app.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "e fai le koko mai fua o a matou lava la'au koko matou te le fa'atauina mai ni fua mai isi",
        "matou te tunu ma tu'i le koko i Aso Lua ma Aso Faraile",
        "e 5 tālā le taga laitiiti e 20 tālā le fagu tele",
        "o faleoloa e oka e le itiiti ifo i le 20 taga",
        "e alu le koko i Apia i le va'a i Aso Tofi",
        "matou te le fa'atau atu i le Aso Sā",
        "e totogi pe a ave le koko tinoitupe po'o le mobile money",
        "afai e leai se va'a ona o le matagi matou te le auina atu le koko",
      ],
      tables: [
        { name: "tagata fa'atau", fields: ["igoa", "numera telefoni", "faleoloa pe tagata"] },
        {
          name: "oka",
          fields: ["tagata fa'atau", "aso", "taga", "fagu", "totogi pe leai", "ave pe leai", "aso e ave ai"],
        },
        { name: "tunuga", fields: ["aso", "kilo fua"] },
      ],
      excluded: ["pasi", "sukalati"],
      background: ["Facebook"],
    },
  },
];

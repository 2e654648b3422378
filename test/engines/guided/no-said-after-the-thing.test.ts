import { describe, expect, it } from "vitest";
import { said } from "./lesson-readers.js";

/**
 * The commonest ways people turn a thing down after naming it, beyond those the rounds of
 * people met so far used: someone else's work, the person's own other business, a thing
 * that is separate or its own thing, a thing asked about then refused, what nobody needs.
 * Each pair holds what is said and the thing it turns down.
 */
const TURNED_DOWN: readonly (readonly [string, string[]])[] = [
  ["The bar, my cousin runs that, leave it out.", ["bar"]],
  ["We also do weddings but that's a different business, not for this.", ["weddings"]],
  ["Merch? Nah, not bothered.", ["Merch"]],
  ["What about a chat? Nope.", ["chat"]],
  ["My wife handles the accounts so we don't need any of that.", ["accounts"]],
  ["Tips go straight to the staff, nothing to do with us.", ["Tips"]],
  ["I don't want it doing payroll.", ["payroll"]],
  ["Nobody needs a loyalty scheme.", ["loyalty scheme"]],
  ["The raffle is separate.", ["raffle"]],
  ["Delivery isn't something we offer.", ["Delivery"]],
  ["Hire of the hall we sort ourselves on paper, no need for that in it.", ["Hire of the hall"]],
  ["As for the shop, that's run by volunteers, don't bother.", ["shop"]],
  ["The kit sales my brother does on eBay, so that stays out.", ["kit sales"]],
  ["There's no point having reviews.", ["reviews"]],
  ["Cooking classes, we stopped those years ago.", ["Cooking classes"]],
  ["Nae bother wi' the fundraising, the committee does it.", ["fundraising"]],
  ["Rentals of the boats are their own thing altogether.", ["Rentals of the boats"]],
  ["Don't worry about invoicing, the accountant sorts it.", ["invoicing"]],
  ["We have a newsletter already, it doesn't need one.", ["newsletter"]],
  ["Loyalty cards, meh, not now.", ["Loyalty cards"]],
  ["I don't need it to send emails.", ["send emails"]],
  ["Skip the calendar.", ["calendar"]],
  ["Invoices? Xero does that.", ["Invoices"]],
  ["The newsletter can wait, not for the first version.", ["newsletter"]],
  ["Stock control is a job for another day.", ["Stock control"]],
  ["The website we already have, so don't build one.", ["website"]],
  ["And the charity dook, the Rotary dae that ane, gie it a miss.", ["charity dook"]],
  ["We'll not be needing the fishing in it at all, the ghillie has his own book.", ["fishing"]],
  ["We won't be needing a calendar.", ["calendar"]],
];

/** Sentences shaped like those above that turn nothing down. */
const TURNS_NOTHING_DOWN: readonly string[] = [
  "We need a list of members and it is not something we want to lose.",
  "The app is separate from the website and we want both to share logins.",
  "Members pay their dues, and the treasurer does the books.",
  "We do weddings and parties, and each booking has a date.",
  "Nobody gets in without a ticket.",
  "We already have a website, so the app should link to it.",
  "Payments go to the club account.",
  "Customers skip the queue with a ticket.",
  "Can they skip the queue? Yes.",
  "The trucks we have are old, so we need reminders for services.",
];

describe("a 'no' said after the thing", () => {
  it.each(TURNED_DOWN)("reads %j", (text, things) => {
    expect(said(text)).toEqual(things);
  });

  it.each(TURNS_NOTHING_DOWN)("reads no 'no' in %j", (text) => {
    expect(said(text)).toEqual([]);
  });
});

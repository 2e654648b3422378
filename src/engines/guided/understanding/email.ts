/**
 * A forwarded email thread pasted as an answer: the person's words are in the quoted
 * lines, among headers, greetings and signatures. Read as the words only: the quote
 * marks ("> ", ">> ") taken off, and the lines that only carry the mail dropped
 * (headers, "On … wrote:", "Sent from my iPhone", greetings, sign-offs, names and
 * initials alone on a line, signature lines with "|", phone numbers). Only text that
 * looks like a mail is touched: quoted lines, "wrote:" or a forwarded-message line.
 */
export function plainEmail(text: string): string {
  if (!/^\s*>|\bwrote:\s*$|forwarded message/im.test(text)) return text;
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*(?:>\s?)+/, "").trimEnd())
    .filter((line) => !MAIL_ONLY.some((pattern) => pattern.test(line.trim())))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const MAIL_ONLY: readonly RegExp[] = [
  /^-{2,}.*forwarded message.*$/i,
  /^(?:from|to|cc|bcc|date|subject|sent):\s/i,
  /^on\s.{4,100}\swrote:$/i,
  /^sent from my\b/i,
  /^(?:hi|hello|hey|dear)\b[^.!?]{0,30}[,!]?$/i,
  /^(?:thanks|thank you|many thanks|cheers|best|regards|kind regards|best regards|all the best)[,.!]*$/i,
  // A name or initials alone: "Priya", "Helen", "H.", "Sam Okafor".
  /^\p{Lu}[\p{L}'-]*\.?(?:\s+\p{Lu}[\p{L}'-]*\.?){0,2}$/u,
  // A signature line: "Office Manager | Holland Grey Architects".
  /\s\|\s/,
  /^[+(]?\d[\d\s()./-]{6,}$/,
];

import { describe, expect, it } from "vitest";
import {
  isAgreement,
  matchOption,
  type Reply,
  readChoice,
} from "../../../src/engines/guided/interview/answers.js";
import type { Question } from "../../../src/types/questions.js";

const single: Question = {
  question: "How involved?",
  header: "Involvement",
  multiSelect: false,
  options: [
    { label: "Quick (Recommended)", description: "" },
    { label: "Detailed", description: "" },
  ],
};

const multi: Question = {
  question: "Which settings?",
  header: "Settings",
  multiSelect: true,
  options: [
    { label: "Profile and preferences (Recommended)", description: "" },
    { label: "Email notifications", description: "" },
    { label: "In-app notifications", description: "" },
    { label: "Reminders", description: "" },
  ],
};

function typed(text: string): Reply {
  return { text, answers: null, attachments: [] };
}

describe("readChoice", () => {
  it("reads a typed label in any case, with or without the recommendation", () => {
    expect(readChoice(single, typed("Quick (Recommended)")).labels).toEqual(["Quick"]);
    expect(readChoice(single, typed("quick")).labels).toEqual(["Quick"]);
    expect(readChoice(single, typed("DETAILED.")).labels).toEqual(["Detailed"]);
  });

  it("reads an option's number", () => {
    expect(readChoice(single, typed("2")).labels).toEqual(["Detailed"]);
    expect(readChoice(single, typed("option 1")).labels).toEqual(["Quick"]);
    expect(readChoice(single, typed("3")).labels).toEqual([]);
  });

  it("reads several labels or numbers for a multi-select", () => {
    expect(readChoice(multi, typed("Email notifications, Reminders")).labels).toEqual([
      "Email notifications",
      "Reminders",
    ]);
    expect(readChoice(multi, typed("1, 4")).labels).toEqual(["Profile and preferences", "Reminders"]);
  });

  it("reads the widget's answers, a list for a multi-select and free text for Other", () => {
    const widget = (value: string | string[]): Reply => ({
      text: "",
      answers: { "0": value },
      attachments: [],
    });
    expect(readChoice(single, widget("Quick (Recommended)"))).toEqual({ labels: ["Quick"], other: [] });
    expect(readChoice(multi, widget(["Reminders", "Email notifications"])).labels).toEqual([
      "Reminders",
      "Email notifications",
    ]);
    expect(readChoice(multi, widget(["Reminders", "a weekly digest"]))).toEqual({
      labels: ["Reminders"],
      other: ["a weekly digest"],
    });
  });

  it("keeps anything else as free text", () => {
    expect(readChoice(single, typed("somewhere in between"))).toEqual({
      labels: [],
      other: ["somewhere in between"],
    });
  });
});

describe("matchOption", () => {
  const labels = ["Email and password", "No accounts", "Social login", "Roles and permissions"];

  it("accepts a word only one label has, or a reply that starts with a label", () => {
    expect(matchOption("social", labels)).toBe("Social login");
    expect(matchOption("roles", labels)).toBe("Roles and permissions");
    expect(matchOption("No accounts needed", labels)).toBe("No accounts");
  });

  it("refuses a word several labels share", () => {
    expect(matchOption("and", labels)).toBeNull();
  });
});

describe("isAgreement", () => {
  it("recognises a typed yes", () => {
    expect(isAgreement("yes please")).toBe(true);
    expect(isAgreement("Looks good to me")).toBe(true);
    expect(isAgreement("not yet")).toBe(false);
  });
});

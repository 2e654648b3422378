import { describe, expect, it } from "vitest";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { type InterviewState, initialState } from "../../../src/engines/guided/interview/state.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the thirty-second round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: Khmer's own colon and full stop, its "no"s and
 * its renames.
 */

describe("Khmer", () => {
  it("reads records listed after Khmer's own colon, ended by its own full stop", () => {
    expect(things(plainWords("អ្នកលក់៖ ឈ្មោះ, លេខទូរស័ព្ទ\nផលិតផល៖ ឈ្មោះ, តម្លៃ។"))).toEqual([
      ["អ្នកលក់", ["ឈ្មោះ", "លេខទូរស័ព្ទ"]],
      ["ផលិតផល", ["ឈ្មោះ", "តម្លៃ"]],
    ]);
  });

  it("reads Khmer 'no's after the thing", () => {
    expect(said(plainWords("ការដឹកជញ្ជូន និងវិក្កយបត្រ មិនបាច់ដាក់ទេ។ ហើយ ហាងកាហ្វេ មិនមែនក្នុង website នេះទេ។"))).toEqual([
      "ការដឹកជញ្ជូន និងវិក្កយបត្រ",
      "ហាងកាហ្វេ",
    ]);
  });

  it("renames a record when asked in Khmer at the review", () => {
    const state: InterviewState = {
      ...initialState(),
      overview: ["website សម្រាប់លក់ម្រេច"],
      kind: "web app",
      mode: "quick",
      techApproach: "defaults",
      storesData: true,
      accounts: "none",
      manages: plainWords("ការផ្ញើ៖ order, ឡានក្រុង, ថ្ងៃផ្ញើ"),
      thingsConfirmed: true,
    };
    const { state: changed } = applyChange(
      state,
      plainWords("សុំប្តូរឈ្មោះ ការផ្ញើ ទៅជា កញ្ចប់ វិញ ព្រោះយើងហៅថាកញ្ចប់។ អរគុណ!"),
    );
    expect(thingsOf(changed).map((thing) => thing.said)).toEqual(["កញ្ចប់"]);
  });
});

import { useEffect, useRef, useState } from "react";
import type { Answers, Question } from "../../../src/types/questions.js";
import { buildAnswers, EMPTY_SELECTION, type Selection } from "../logic/answers.js";
import { QuestionChoices } from "./QuestionChoices.js";
import "./QuestionCard.css";

interface QuestionCardProps {
  questions: Question[];
  state: "open" | "answered" | "passed" | "closed";
  /** Why the answer can't be sent right now (no connection), or null when it can. */
  blockedReason: string | null;
  /** Put the keyboard in the first choice when the card appears. */
  takeFocus: boolean;
  onSubmit: (answers: Answers) => void;
}

const CLOSED_STATES = {
  answered: "Answered",
  passed: "Answered in your message",
  closed: "Not answered",
} as const;

/**
 * A structured question from the interviewer: its options as choices, the recommended
 * one marked, "Other" for an answer of one's own. Once answered it shrinks to a line.
 */
export function QuestionCard({ questions, state, blockedReason, takeFocus, onSubmit }: QuestionCardProps) {
  const [selections, setSelections] = useState<Selection[]>(() => questions.map(() => EMPTY_SELECTION));
  const [nudge, setNudge] = useState<string | null>(null);
  const cardRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state !== "open" || !takeFocus || isWritingElsewhere()) return;
    cardRef.current?.querySelector<HTMLInputElement>("input.choice-input")?.focus();
  }, [state, takeFocus]);

  if (state !== "open") {
    return (
      <div className="question-card question-card-closed">
        {questions.map((question) => (
          <p key={question.question} className="question-closed-text">
            {question.header ? <span className="question-header">{question.header}</span> : null}
            {question.question}
          </p>
        ))}
        <p className="question-closed-state">{CLOSED_STATES[state]}</p>
      </div>
    );
  }

  const built = buildAnswers(questions, selections);
  /** Sends the answers; `override` is one question's selection made in the same key press. */
  const submit = (override?: { index: number; selection: Selection }) => {
    const chosen = override
      ? selections.map((old, position) => (position === override.index ? override.selection : old))
      : selections;
    const built = buildAnswers(questions, chosen);
    if (!built.ok) {
      const first = built.unanswered[0] ?? 0;
      const needsText = chosen[first]?.other === true;
      setNudge(
        needsText
          ? "Write your answer in the box, or pick an option."
          : questions.length > 1
            ? "Answer every question first."
            : "Pick an answer first.",
      );
      const fieldsets = cardRef.current?.querySelectorAll("fieldset");
      fieldsets?.[first]
        ?.querySelector<HTMLInputElement>(needsText ? "input.text-input" : "input.choice-input")
        ?.focus();
      return;
    }
    if (blockedReason) {
      setNudge(blockedReason);
      return;
    }
    setNudge(null);
    onSubmit(built.answers);
  };

  const single = questions.length === 1 && !questions[0]!.multiSelect;
  return (
    <form
      ref={cardRef}
      className="question-card"
      aria-label="Question from the interviewer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {questions.map((question, index) => (
        <QuestionChoices
          key={`${question.header}:${question.question}`}
          question={question}
          index={index}
          selection={selections[index] ?? EMPTY_SELECTION}
          showNumber={questions.length > 1}
          onChange={(selection) => {
            setNudge(null);
            setSelections((current) =>
              current.map((old, position) => (position === index ? selection : old)),
            );
          }}
          onSubmitRequest={(selection) => submit(selection ? { index, selection } : undefined)}
        />
      ))}
      <div className="question-footer">
        <p className="question-keys" aria-hidden="true">
          {single ? (
            <>
              <kbd>↑</kbd> <kbd>↓</kbd> or a number to choose, <kbd>Enter</kbd> to send
            </>
          ) : (
            <>
              <kbd>Space</kbd> or a number to tick (or none), <kbd>Enter</kbd> to send
            </>
          )}
        </p>
        <p className="question-nudge" aria-live="polite">
          {nudge}
        </p>
        <button
          type="submit"
          className={`button button-primary${built.ok && blockedReason === null ? "" : " is-pending"}`}
        >
          Send answer
        </button>
      </div>
    </form>
  );
}

/** Someone halfway through typing a message keeps their focus; a question arriving must not steal it. */
function isWritingElsewhere(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLTextAreaElement && active.value.trim().length > 0;
}

import { type KeyboardEvent, useId, useRef } from "react";
import type { Question } from "../../../src/types/questions.js";
import {
  choiceForDigit,
  chooseOption,
  chooseOther,
  displayLabel,
  focusTarget,
  isRecommended,
  type Selection,
} from "../logic/answers.js";

interface QuestionChoicesProps {
  question: Question;
  index: number;
  selection: Selection;
  onChange: (selection: Selection) => void;
  /** Enter pressed: the card sends the answers if they are complete, with this question's `selection` as given. */
  onSubmitRequest: (selection?: Selection) => void;
  showNumber: boolean;
}

/**
 * One question's options plus "Other", as native radio buttons (one answer) or
 * checkboxes (several). Arrow keys move between choices (and pick, for radios), number
 * keys pick the choice with that number, Enter sends.
 */
export function QuestionChoices({
  question,
  index,
  selection,
  onChange,
  onSubmitRequest,
  showNumber,
}: QuestionChoicesProps) {
  const groupName = useId();
  const otherTextId = useId();
  const choicesRef = useRef<HTMLDivElement>(null);
  const otherTextRef = useRef<HTMLInputElement>(null);
  const multi = question.multiSelect;
  const choiceCount = question.options.length + 1;
  const otherIndex = question.options.length;

  const inputs = () => [
    ...(choicesRef.current?.querySelectorAll<HTMLInputElement>("input.choice-input") ?? []),
  ];

  const pick = (choice: number, { toggle }: { toggle: boolean }) => {
    if (choice === otherIndex) {
      const next = multi && !toggle && selection.other ? selection : chooseOther(selection, multi);
      onChange(next);
      if (next.other) window.requestAnimationFrame(() => otherTextRef.current?.focus());
      return;
    }
    const label = question.options[choice]!.label;
    if (multi && !toggle && selection.chosen.includes(label)) return;
    onChange(chooseOption(selection, label, multi));
  };

  const onChoiceKeyDown = (event: KeyboardEvent<HTMLInputElement>, choice: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = focusTarget(event.key, choice, choiceCount);
    if (target !== null) {
      event.preventDefault();
      inputs()[target]?.focus();
      if (!multi) pick(target, { toggle: false });
      return;
    }
    const digit = choiceForDigit(event.key, choiceCount);
    if (digit !== null) {
      event.preventDefault();
      inputs()[digit]?.focus();
      pick(digit, { toggle: true });
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      if (choice === otherIndex) {
        pick(otherIndex, { toggle: false });
        return;
      }
      // Enter sends the focused option in one press: the answer goes with the pick, not
      // after the next render. A multi-select with something ticked sends what is ticked.
      const label = question.options[choice]!.label;
      const nothingChosen = selection.chosen.length === 0 && !selection.other;
      const next = multi && !nothingChosen ? selection : chooseOption(selection, label, multi);
      if (next !== selection) onChange(next);
      onSubmitRequest(next);
    }
  };

  const legendId = `${groupName}-legend`;
  return (
    <fieldset className="question" aria-describedby={`${groupName}-hint`}>
      <legend id={legendId} className="question-legend">
        {question.header ? <span className="question-header">{question.header}</span> : null}
        <span className="question-text">
          {showNumber ? `${index + 1}. ` : ""}
          {question.question}
        </span>
      </legend>
      <p id={`${groupName}-hint`} className="visually-hidden">
        {multi ? "Choose any, or none." : "Choose one."} Number keys pick a choice; Enter sends.
      </p>
      <div className="choices" ref={choicesRef}>
        {question.options.map((option, choice) => {
          const checked = selection.chosen.includes(option.label);
          const labelId = `${groupName}-label-${choice}`;
          const descriptionId = `${groupName}-description-${choice}`;
          return (
            <label key={option.label} className="choice" data-checked={checked}>
              <input
                className="choice-input"
                type={multi ? "checkbox" : "radio"}
                name={groupName}
                checked={checked}
                onChange={() => pick(choice, { toggle: true })}
                onKeyDown={(event) => onChoiceKeyDown(event, choice)}
                aria-labelledby={labelId}
                aria-describedby={option.description ? descriptionId : undefined}
              />
              <span className="choice-key" aria-hidden="true">
                {choice + 1}
              </span>
              <span className="choice-body">
                <span id={labelId} className="choice-label">
                  {displayLabel(option.label)}
                  {isRecommended(option.label) ? (
                    <span className="choice-recommended">Recommended</span>
                  ) : null}
                </span>
                {option.description ? (
                  <span id={descriptionId} className="choice-description">
                    {option.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
        <label className="choice choice-other" data-checked={selection.other}>
          <input
            className="choice-input"
            type={multi ? "checkbox" : "radio"}
            name={groupName}
            checked={selection.other}
            onChange={() => pick(otherIndex, { toggle: true })}
            onKeyDown={(event) => onChoiceKeyDown(event, otherIndex)}
            aria-labelledby={`${groupName}-label-other`}
            aria-describedby={`${groupName}-description-other`}
          />
          <span className="choice-key" aria-hidden="true">
            {choiceCount}
          </span>
          <span className="choice-body">
            <span id={`${groupName}-label-other`} className="choice-label">
              Other
            </span>
            <span id={`${groupName}-description-other`} className="choice-description">
              Write your own answer
            </span>
          </span>
        </label>
      </div>
      {selection.other ? (
        <div className="choice-other-field">
          <label className="visually-hidden" htmlFor={otherTextId}>
            Your own answer to: {question.question}
          </label>
          <input
            ref={otherTextRef}
            id={otherTextId}
            className="text-input"
            value={selection.otherText}
            placeholder="Your own answer"
            onChange={(event) => onChange({ ...selection, otherText: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                onSubmitRequest(selection);
              }
            }}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

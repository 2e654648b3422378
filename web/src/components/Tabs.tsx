import { type KeyboardEvent, useRef } from "react";
import { focusTarget } from "../logic/answers.js";
import "./Tabs.css";

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
  /** A small count or mark after the label. */
  badge?: string;
  /** Shown instead of the label on a narrow screen; the label stays the tab's name. */
  shortLabel?: string;
}

interface TabsProps<Id extends string> {
  label: string;
  tabs: TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Prefix for the ids of tabs and panels, so panels can point back at their tab. */
  idPrefix: string;
}

export function tabId(prefix: string, id: string): string {
  return `${prefix}-tab-${id}`;
}

export function panelId(prefix: string, id: string): string {
  return `${prefix}-panel-${id}`;
}

/** A row of tabs following the ARIA pattern: one tab stop, arrow keys move and select. */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect, idPrefix }: TabsProps<Id>) {
  const listRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, position: number) => {
    const target = focusTarget(event.key, position, tabs.length);
    if (target === null) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.id);
    listRef.current?.querySelectorAll<HTMLButtonElement>("[role=tab]")[target]?.focus();
  };
  return (
    <div ref={listRef} className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, position) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(idPrefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, position)}
        >
          {tab.shortLabel ? (
            <>
              <span className="tab-text-long">{tab.label}</span>
              <span className="tab-text-short" aria-hidden="true">
                {tab.shortLabel}
              </span>
            </>
          ) : (
            tab.label
          )}
          {tab.badge ? <span className="tab-badge">{tab.badge}</span> : null}
        </button>
      ))}
    </div>
  );
}

import type { ReactNode } from "react";
import type { DocumentChip as Chip } from "../logic/conversation-state.js";
import { documentChipDetails } from "../logic/document-chip.js";
import { FileIcon } from "./icons.js";
import "./DocumentChip.css";

/**
 * A document the person attached, as a chip: an icon, its name and what it is (kind,
 * pages, size). Its text went to the interviewer and is not shown. `children` adds a
 * control (the tray's remove button).
 */
export function DocumentChip({
  filename,
  chip,
  children,
}: {
  filename: string;
  chip: Chip;
  children?: ReactNode;
}) {
  const details = documentChipDetails(chip);
  return (
    <span className="document-chip" title={`${filename} (${details})`}>
      <FileIcon aria-hidden="true" />
      <span className="document-chip-text">
        <span className="document-chip-name">{filename}</span>
        <span className="document-chip-details">{details}</span>
      </span>
      {children}
    </span>
  );
}

import { type DragEvent, useState } from "react";

export interface ImageDrop {
  /** Files are being dragged over the area: show where they can go. */
  dragging: boolean;
  handlers: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

/** Lets files be dropped anywhere on an area; only drags that carry files are taken. */
export function useImageDrop(enabled: boolean, onFiles: (files: File[]) => void): ImageDrop {
  const [dragging, setDragging] = useState(false);
  const carriesFiles = (event: DragEvent) => enabled && event.dataTransfer.types.includes("Files");
  return {
    dragging,
    handlers: {
      onDragOver(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      },
      onDragLeave(event) {
        // Moving between the area's own children is not leaving it.
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setDragging(false);
      },
      onDrop(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        onFiles([...event.dataTransfer.files]);
      },
    },
  };
}

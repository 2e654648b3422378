import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentKind } from "../../../src/types/documents.js";
import { base64FromDataUrl, sortAttachments } from "../logic/attachments.js";
import type { AttachmentPreview } from "../logic/conversation-state.js";

/** An attachment as a `message` frame carries it (docs/protocol.md): an image or a document. */
export interface OutgoingAttachment {
  filename: string;
  mimeType: string;
  base64Data: string;
}

export interface TrayItem {
  id: number;
  filename: string;
  mimeType: string;
  /** The kind a document looks like, or null for an image. */
  document: DocumentKind | null;
  size: number;
  /** Object URL for an image's thumbnail; null for a document, shown as a chip. */
  url: string | null;
  /** Null while the file is still being read. */
  base64Data: string | null;
}

export interface Attachments {
  items: TrayItem[];
  /** Why files were refused, from the last time some were added. */
  refusals: string[];
  add: (files: readonly File[]) => void;
  remove: (id: number) => void;
  dismissRefusals: () => void;
  /** Whether every image has been read and can be sent. */
  ready: boolean;
  /** Empties the tray, handing over what is in it; the thumbnails' addresses stay valid for the conversation. */
  take: () => { attachments: OutgoingAttachment[]; previews: AttachmentPreview[] };
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64FromDataUrl(String(reader.result)));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(file);
  });
}

/** The images and documents waiting to go with the next message. */
export function useAttachments(): Attachments {
  const [items, setItems] = useState<TrayItem[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const nextId = useRef(1);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  // Thumbnails still in the tray when the page leaves are released.
  useEffect(
    () => () => {
      for (const item of itemsRef.current) if (item.url) URL.revokeObjectURL(item.url);
    },
    [],
  );

  const add = useCallback((files: readonly File[]) => {
    const tray = itemsRef.current;
    const sorting = sortAttachments(
      files,
      tray.length,
      tray.reduce((sum, item) => sum + item.size, 0),
    );
    setRefusals(sorting.refused.map((refusal) => refusal.reason));
    const added: TrayItem[] = sorting.accepted.map(({ file, mimeType, filename, document }) => ({
      id: nextId.current++,
      filename,
      mimeType,
      document,
      size: file.size,
      url: document === null ? URL.createObjectURL(file) : null,
      base64Data: null,
    }));
    setItems((current) => [...current, ...added]);
    for (const [index, item] of added.entries()) {
      const file = sorting.accepted[index]!.file;
      readAsBase64(file).then(
        (base64Data) =>
          setItems((current) =>
            current.map((candidate) => (candidate.id === item.id ? { ...candidate, base64Data } : candidate)),
          ),
        () => {
          setItems((current) => current.filter((candidate) => candidate.id !== item.id));
          if (item.url) URL.revokeObjectURL(item.url);
          setRefusals((current) => [...current, `“${item.filename}” could not be read.`]);
        },
      );
    }
  }, []);

  const remove = useCallback((id: number) => {
    const item = itemsRef.current.find((candidate) => candidate.id === id);
    if (item?.url) URL.revokeObjectURL(item.url);
    setItems((current) => current.filter((candidate) => candidate.id !== id));
  }, []);

  const dismissRefusals = useCallback(() => setRefusals([]), []);

  const take = useCallback(() => {
    const taken = itemsRef.current;
    setItems([]);
    setRefusals([]);
    return {
      attachments: taken.map((item) => ({
        filename: item.filename,
        mimeType: item.mimeType,
        base64Data: item.base64Data ?? "",
      })),
      previews: taken.map(
        (item): AttachmentPreview =>
          item.document === null
            ? { filename: item.filename, url: item.url }
            : { filename: item.filename, url: null, document: { kind: item.document, size: item.size } },
      ),
    };
  }, []);

  const ready = items.every((item) => item.base64Data !== null);
  return { items, refusals, add, remove, dismissRefusals, ready, take };
}

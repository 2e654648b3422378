export { type DocumentIntake, isDocumentAttachment, takeAttachments } from "./attached-documents.js";
export {
  type AttachedFile,
  DocumentReader,
  type DocumentRefusalCode,
  type ReadDocument,
  type ReadOutcome,
} from "./document-reader.js";
export { textWithDocuments } from "./document-text.js";
export { sendMessageWithDocuments } from "./send-with-documents.js";

import { errorFrame } from "../../types/wire.js";
import { refused, type TurnFrames } from "../session-events.js";
import { BUSY_MESSAGE, type SpecChatSession } from "../spec-chat-session.js";
import { type DocumentIntake, isDocumentAttachment, takeAttachments } from "./attached-documents.js";

/**
 * The person's message with whatever they attached: documents are read first (which
 * takes a moment, outside any turn, so a document refused is one error to the window
 * that sent it and no turn), then the message goes to the session with its images as
 * they came and its documents read. A message without documents goes straight on.
 */
export async function sendMessageWithDocuments(
  session: SpecChatSession,
  text: string,
  attachments: readonly unknown[],
  intake: DocumentIntake,
): Promise<TurnFrames> {
  if (!attachments.some(isDocumentAttachment)) return session.sendMessage(text, attachments);
  // Refused as the session would refuse it, before any time goes into reading.
  if (session.isBusy()) return refused(errorFrame("busy", BUSY_MESSAGE));
  const taken = await takeAttachments(attachments, intake);
  if ("refusal" in taken) return refused(taken.refusal);
  return session.sendMessage(text, taken.images, taken.documents);
}

import { mockupPath } from "../logic/mockup-file.js";
import { accessToken } from "./access-token.js";
import { ApiError } from "./http.js";

/**
 * The bytes of an image saved with a project's interview. Fetched with the access token
 * like every other request (an `<img>` could not send it), so the page shows it through
 * an object URL of its own.
 */
export async function fetchMockup(project: string, file: string, signal?: AbortSignal): Promise<Blob> {
  const headers: Record<string, string> = { accept: "image/*" };
  const token = accessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(mockupPath(project, file), { headers, ...(signal ? { signal } : {}) });
  if (!response.ok) throw new ApiError(response.status, `The image ${file} could not be loaded.`);
  const blob = await response.blob();
  if (!blob.type.startsWith("image/")) throw new ApiError(response.status, `${file} is not an image.`);
  return blob;
}

/** Where Specwright saves attached images, relative to the project folder (src/app-spec/paths.ts). */
const MOCKUPS_PREFIX = "prompts/mockups/";

/** The names Specwright gives saved images: letters, digits, `.`, `_` and `-`, not starting with a dot. */
const IMAGE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/;

/**
 * The file name under prompts/mockups/ of an image an interview's history says was saved
 * (`saved_as`), which is what the server serves at /api/projects/{name}/mockups/{file};
 * null for a path anywhere else, which the page does not ask for.
 */
export function mockupFileOf(savedAs: string): string | null {
  if (!savedAs.startsWith(MOCKUPS_PREFIX)) return null;
  const file = savedAs.slice(MOCKUPS_PREFIX.length);
  return IMAGE_NAME.test(file) ? file : null;
}

/** The address of a saved image of a project. */
export function mockupPath(project: string, file: string): string {
  return `/api/projects/${encodeURIComponent(project)}/mockups/${encodeURIComponent(file)}`;
}

import type { FastifyInstance } from "fastify";

/**
 * Reads `application/json` bodies as Fastify does by default (prototype poisoning
 * refused), except that an empty body is no body: a page whose fetch helper sets
 * `Content-Type: application/json` on every request, a POST without a body included
 * (the original page's "Continue to Project"), would otherwise get 400 for it. A route
 * that needs an object sees `undefined` and says what it expected, as for any other
 * body that is not one.
 */
export function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = String(body);
    if (text.length === 0) return done(null, undefined);
    return parseJson(request, text, done);
  });
}

import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Headers every answer carries: no content sniffing, no framing by other sites (the page
 * must not be clickjacked into sending answers), and no Referer that could carry a
 * page's address with its token to another site.
 */
export async function securityHeaders(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header("x-content-type-options", "nosniff");
  reply.header("x-frame-options", "DENY");
  reply.header("referrer-policy", "no-referrer");
}

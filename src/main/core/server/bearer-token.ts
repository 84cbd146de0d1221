import type { FastifyRequest } from 'fastify';

/** The token of an `Authorization: Bearer …` header, or '' (no header, another scheme). */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
}

import * as v from 'valibot';
import { REQUESTS, type MessageError, type MessageType, type Reply, type RequestOf, type ResponseOf } from './protocol';

/** Who sent a message, reduced to what the router checks and handlers use. */
export interface MessageSender {
  /** The sending extension's id; must be ours. */
  id?: string;
  /** The sending document: one of our pages (`chrome-extension://<id>/…`) or a web page (content script). */
  url?: string;
  /** The tab of a content script (or of a page opened in a tab), so the background can answer it there. */
  tab?: { id?: number };
}

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Largest message the router accepts, in characters of JSON; summaries are far smaller. */
export const MAX_MESSAGE_CHARS = 256 * 1024;

/**
 * Builds the background's message handler. Every incoming message is checked before any handler
 * sees it: shape, known type, sender, size and data schema. Anything wrong gets a typed error
 * reply and one console warning; a handler that throws gets a `failed` reply. Never throws.
 */
export function createRouter(
  handlers: Handlers,
  own: { id: string; baseUrl: string },
  log: Pick<Console, 'warn' | 'error'> = console,
) {
  return async function route(message: unknown, sender: MessageSender): Promise<Reply> {
    const refused = (error: MessageError): Reply => {
      log.warn(`[outward] refused message: ${error.code}: ${error.message}`);
      return { ok: false, error };
    };
    if (sender.id !== own.id) return refused({ code: 'forbidden', message: 'sender is not this extension' });
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return refused({ code: 'invalid-message', message: 'message must be an object' });
    }
    const { type, data } = message as { type?: unknown; data?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) {
      return refused({
        code: 'unknown-type',
        message: `unknown message type ${JSON.stringify(String(type)).slice(0, 80)}`,
      });
    }
    const spec: { from: 'any' | 'page' | 'content'; schema: v.GenericSchema } = REQUESTS[type as MessageType];
    // Extension pages opened in a tab also carry `sender.tab`, so the document URL decides.
    const fromContent = !(typeof sender.url === 'string' && sender.url.startsWith(own.baseUrl));
    if ((spec.from === 'page' && fromContent) || (spec.from === 'content' && !fromContent)) {
      return refused({ code: 'forbidden', message: `${type} may not be sent from here` });
    }
    if (!fitsSize(data)) return refused({ code: 'invalid-message', message: `${type}: message too large` });
    const parsed = v.safeParse(spec.schema, data ?? {});
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return refused({
        code: 'invalid-message',
        message: `${type}: ${v.getDotPath(issue) ?? 'data'}: ${issue.message}`,
      });
    }
    try {
      const handler = handlers[type as MessageType] as (d: unknown, s: MessageSender) => unknown;
      return { ok: true, data: (await handler(parsed.output, sender)) as ResponseOf<MessageType> };
    } catch (error) {
      log.error(`[outward] ${type} failed`, error);
      return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}

function fitsSize(data: unknown): boolean {
  try {
    return (JSON.stringify(data) ?? '').length <= MAX_MESSAGE_CHARS;
  } catch {
    return false; // cycles or BigInt: not something a well-formed message contains
  }
}

import { browser } from 'wxt/browser';
import type { MessageError, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** A request the background refused or could not complete. */
export class MessageFailure extends Error {
  constructor(readonly error: MessageError) {
    super(error.message);
    this.name = 'MessageFailure';
  }
}

/** Sends one typed request to the background and returns its typed answer, or throws `MessageFailure`. */
export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as Reply<K> | undefined;
  if (!reply) throw new MessageFailure({ code: 'failed', message: 'no answer from the background' });
  if (!reply.ok) throw new MessageFailure(reply.error);
  return reply.data;
}

import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { sleep } from './stats';

/** A DevTools protocol event: method, params and the session it came from (flat sessions). */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/** What the browser says about one target (page, service worker, …). */
export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A flat DevTools session attached to one target. */
export interface CdpSession {
  targetId: string;
  sessionId: string;
  // The protocol's replies are typed by the caller, per method.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies differ per method
  send<T = any>(method: string, params?: object): Promise<T>;
  /** Runs `fn(arg)` in the target's main world and resolves to its JSON-serialisable result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
}

/** Chromium driven over `--remote-debugging-pipe`. */
export interface PipeBrowser {
  /** The browser process. */
  pid: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies differ per method
  send<T = any>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Calls `listener` for every event; returns a function that stops it. */
  onEvent(listener: (event: CdpEvent) => void): () => void;
  /** The targets alive now. */
  targets(): TargetInfo[];
  waitForTarget(match: (target: TargetInfo) => boolean, timeoutMs?: number): Promise<TargetInfo>;
  attach(targetId: string): Promise<CdpSession>;
  /** Opens a tab, runs `initScript` in every document it loads, navigates and waits for `load`. */
  openTab(url: string, options?: { initScript?: string }): Promise<CdpSession>;
  close(): Promise<void>;
}

/**
 * Launches Chromium and speaks the DevTools protocol to it directly over its pipe (messages are
 * JSON texts ended by a NUL byte). It attaches to no target by itself and passes no automation
 * flags: Playwright's attachment keeps an extension's service worker running for ever, and its
 * flags make every headless tab visible, which would hide exactly what the idle and hidden-tab
 * measurements look for.
 */
export async function launchOverPipe(executable: string, args: string[]): Promise<PipeBrowser> {
  const child = spawn(executable, [...args, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(event: CdpEvent) => void>();
  const targets = new Map<string, TargetInfo>();
  let nextId = 0;
  let buffered = '';

  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as Partial<CdpEvent> & {
        id?: number;
        result?: never;
        error?: { message: string };
      };
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message.result as never);
      } else if (message.method) {
        const event: CdpEvent = { method: message.method, params: message.params ?? {}, sessionId: message.sessionId };
        trackTargets(event);
        for (const listener of listeners) listener(event);
      }
    }
  });
  const trackTargets = ({ method, params }: CdpEvent) => {
    if (method === 'Target.targetCreated' || method === 'Target.targetInfoChanged') {
      const info = params.targetInfo as TargetInfo;
      targets.set(info.targetId, info);
    } else if (method === 'Target.targetDestroyed') targets.delete(params.targetId as string);
  };

  const send = <T>(method: string, params: object = {}, sessionId?: string) => {
    nextId += 1;
    const id = nextId;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: never) => void, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  };

  const attach = async (targetId: string): Promise<CdpSession> => {
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const session: CdpSession = {
      targetId,
      sessionId,
      send: (method, params) => send(method, params, sessionId),
      async evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) {
        const reply = await send<{ result: { value: T }; exceptionDetails?: { exception?: { description?: string } } }>(
          'Runtime.evaluate',
          { expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        if (reply.exceptionDetails)
          throw new Error(reply.exceptionDetails.exception?.description ?? 'evaluation failed');
        return reply.result.value;
      },
    };
    return session;
  };

  const browser: PipeBrowser = {
    pid: child.pid ?? -1,
    send,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    targets: () => [...targets.values()],
    async waitForTarget(match, timeoutMs = 60_000) {
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
        const found = [...targets.values()].find(match);
        if (found) return found;
      }
      throw new Error('no such target appeared');
    },
    attach,
    async openTab(url, { initScript } = {}) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const tab = await attach(targetId);
      await tab.send('Page.enable');
      if (initScript) await tab.send('Page.addScriptToEvaluateOnNewDocument', { source: initScript });
      const loaded = new Promise<void>((resolve) => {
        const stop = browser.onEvent((event) => {
          if (event.sessionId === tab.sessionId && event.method === 'Page.loadEventFired') {
            stop();
            resolve();
          }
        });
      });
      await tab.send('Page.navigate', { url });
      await loaded;
      return tab;
    },
    async close() {
      await send('Browser.close').catch(() => child.kill());
      await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
    },
  };
  await send('Target.setDiscoverTargets', { discover: true });
  return browser;
}

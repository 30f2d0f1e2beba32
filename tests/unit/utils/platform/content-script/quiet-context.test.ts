import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '@/utils/platform/content-script/quiet-context';

let contexts: ContentScriptContext[] = [];
const start = (name = 'scroll') => {
  const ctx = new ContentScriptContext(name);
  contexts.push(ctx);
  return ctx;
};

afterEach(() => {
  for (const ctx of contexts) ctx.notifyInvalidated();
  contexts = [];
});

describe('the content script context', () => {
  it('starts without a word to the page: no event on its document or window, no message', () => {
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const onWindow = vi.spyOn(window, 'dispatchEvent');
    const posted = vi.spyOn(window, 'postMessage');

    start();

    expect([onDocument, onWindow, posted].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('stops an older copy of the same script in this world, and only that one', () => {
    const older = start();
    const other = start('other');

    const newer = start();

    expect([older.isValid, other.isValid, newer.isValid]).toEqual([false, true, true]);
  });

  it('keeps running when the page forges the start-up event WXT would have used', () => {
    const ctx = start();

    const name = `${browser.runtime.id}:scroll:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'scroll', messageId: 'forged' } }));
    window.postMessage({ type: name, contentScriptName: 'scroll', messageId: 'forged' }, '*');

    expect(ctx.isValid).toBe(true);
  });

  it('ends its timers and listeners with it', () => {
    vi.useFakeTimers();
    const ctx = start();
    const tick = vi.fn();
    const heard = vi.fn();
    ctx.setInterval(tick, 1_000);
    ctx.addEventListener(document, 'keydown', heard);

    ctx.notifyInvalidated();
    vi.advanceTimersByTime(5_000);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    vi.useRealTimers();

    expect([tick.mock.calls.length, heard.mock.calls.length]).toEqual([0, 0]);
  });

  it('ticks without reading the extension runtime, which costs the page at every read', () => {
    vi.useFakeTimers();
    const ctx = start();
    const runtime = browser.runtime as { id?: string };
    const own = Object.getOwnPropertyDescriptor(runtime, 'id');
    const reads = vi.fn(() => 'outward-test');
    Object.defineProperty(runtime, 'id', { get: reads, configurable: true });
    const tick = vi.fn();

    ctx.setInterval(tick, 1_000);
    vi.advanceTimersByTime(5_000);
    if (own) Object.defineProperty(runtime, 'id', own);
    vi.useRealTimers();

    expect([tick.mock.calls.length, reads.mock.calls.length]).toEqual([5, 0]);
  });
});

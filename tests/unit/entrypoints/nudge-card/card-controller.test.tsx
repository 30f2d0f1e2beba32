import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { NudgeCard } from '@/components/nudge-card';
import { createNudgeCards, type NudgeCardDeps } from '@/entrypoints/nudge-card/card-controller';
import { createCardSurface, NUDGE_CARD_HOST } from '@/entrypoints/nudge-card/card-surface';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import { translate } from '@/tests/unit/helpers/translate';

const act: ResolvedAct = {
  id: 'thank-helper',
  title: 'Thank someone whose answer helped you',
  howTo: 'Go back to an answer that solved something for you.',
  why: 'People who help strangers rarely learn that it worked.',
  minutes: 2,
  cost: 'free',
  category: 'online',
  link: 'https://example.org/thanks',
};
const show = (extra: Partial<ResolvedAct> = {}, nudgeId = 'nudge-1') => ({
  type: 'nudge/show',
  data: { nudgeId, level: 1, act: { ...act, ...extra } },
});

let container: HTMLElement;
let send: ReturnType<typeof vi.fn>;
let openLink: ReturnType<typeof vi.fn>;
let typing = false;

/** The controller with a surface that draws the real card into the test document. */
function cards() {
  const deps: NudgeCardDeps = {
    createSurface: () => ({
      render: (props) =>
        render(
          <I18nProvider t={translate}>
            <NudgeCard {...props} />
          </I18nProvider>,
          container,
        ),
      remove: () => render(null, container),
    }),
    send: send as unknown as NudgeCardDeps['send'],
    openLink: openLink as unknown as NudgeCardDeps['openLink'],
    isTyping: () => typing,
  };
  return createNudgeCards(deps);
}

const dialog = () => screen.queryByRole('dialog');
const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  document.body.innerHTML = '<input id="reply"><div id="card"></div>';
  container = document.getElementById('card')!;
  send = vi.fn(async (type: string) => (type === 'nudge/outcome' ? { recorded: true } : { act: null, nudgeId: '' }));
  openLink = vi.fn();
  typing = false;
});
afterEach(() => render(null, container));

describe('nudge cards in the page', () => {
  it.each([
    ['another extension’s message', { greeting: 'hello' }],
    ['an unknown type', { type: 'nudge/explode', data: { nudgeId: 'nudge-1' } }],
    ['a show without an act', { type: 'nudge/show', data: { nudgeId: 'nudge-1', level: 1 } }],
    ['an id with odd characters', show({}, 'nudge 1<script>')],
    ['a level off the ladder', { ...show(), data: { ...show().data, level: 4 } }],
    ['an act of no minutes', show({ minutes: 0 })],
    ['a category the catalogue does not have', show({ category: 'spam' } as unknown as Partial<ResolvedAct>)],
    ['a title longer than any act', show({ title: 'x'.repeat(241) })],
  ])('ignores %s', async (_name, message) => {
    const reply = cards().handle(message);

    expect(reply).toBeUndefined();
    await Promise.resolve();
    expect(dialog()).toBeNull();
  });

  it('shows the card for a valid nudge and answers that it is up', async () => {
    const reply = await cards().handle(show());

    expect(reply).toEqual({ shown: true });
    expect(dialog()?.textContent).toContain(act.title);
  });

  it('reports Not now with the nudge id and takes the card away', async () => {
    await cards().handle(show());

    fireEvent.click(button('Not now'));

    await waitFor(() => expect(dialog()).toBeNull());
    expect(send).toHaveBeenCalledWith('nudge/outcome', { nudgeId: 'nudge-1', outcome: 'not-now' });
  });

  it.each([
    ['I’m here on purpose', 'purposeful'],
    ['Close', 'dismissed'],
  ])('reports %s as %s', async (name, outcome) => {
    await cards().handle(show());

    fireEvent.click(button(name));

    expect(send).toHaveBeenCalledWith('nudge/outcome', { nudgeId: 'nudge-1', outcome });
  });

  it('reports Esc as dismissed', async () => {
    await cards().handle(show());

    fireEvent.keyDown(dialog()!, { key: 'Escape' });

    expect(send).toHaveBeenCalledWith('nudge/outcome', { nudgeId: 'nudge-1', outcome: 'dismissed' });
  });

  it('opens a safe link on Do it and records the act as accepted', async () => {
    await cards().handle(show());

    fireEvent.click(button('Do it'));

    expect(openLink).toHaveBeenCalledWith('https://example.org/thanks');
    expect(send).toHaveBeenCalledWith('nudge/outcome', { nudgeId: 'nudge-1', outcome: 'accepted' });
    await waitFor(() => expect(dialog()).toBeNull());
  });

  it('records an act without a link on Do it and opens nothing', async () => {
    await cards().handle(show({ link: null }));

    fireEvent.click(button('Do it'));

    expect(openLink).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith('nudge/outcome', { nudgeId: 'nudge-1', outcome: 'accepted' });
  });

  it.each(['javascript:alert(1)', 'http://example.org/', 'data:text/html,hi'])(
    'refuses to open %s, says why, and still records the act once',
    async (link) => {
      await cards().handle(show({ link }));

      fireEvent.click(button('Do it'));
      await screen.findByRole('alert');
      fireEvent.click(button('Do it'));
      fireEvent.click(button('Close'));

      expect(openLink).not.toHaveBeenCalled();
      expect(send.mock.calls).toEqual([['nudge/outcome', { nudgeId: 'nudge-1', outcome: 'accepted' }]]);
    },
  );

  it('shows another idea and answers it under its new id', async () => {
    send.mockImplementation(async (type: string) =>
      type === 'nudge/another'
        ? { act: { ...act, id: 'call-a-friend', title: 'Call a friend' }, nudgeId: 'nudge-2' }
        : {},
    );
    await cards().handle(show());

    fireEvent.click(button('Another idea'));
    await screen.findByRole('heading', { name: 'Call a friend' });
    fireEvent.click(button('Not now'));

    expect(send).toHaveBeenCalledWith('nudge/another', { nudgeId: 'nudge-1' });
    expect(send).toHaveBeenLastCalledWith('nudge/outcome', { nudgeId: 'nudge-2', outcome: 'not-now' });
  });

  it('says so when there is no other idea, keeping the act', async () => {
    await cards().handle(show());

    fireEvent.click(button('Another idea'));

    expect(await screen.findByRole('status', { name: '' })).toBeTruthy();
    expect(screen.getByText('That’s every idea that fits your settings right now.')).toBeTruthy();
    expect(dialog()?.textContent).toContain(act.title);
  });

  it('leaves focus where it is when a corner card comes', async () => {
    const before = document.activeElement;

    await cards().handle(show());

    expect(dialog()).toBeTruthy();
    expect(document.activeElement).toBe(before);
  });

  it('shows the pause screen, which takes focus, when the person is not typing', async () => {
    await cards().handle({ ...show(), data: { ...show().data, level: 3 } });

    await waitFor(() => expect(document.activeElement).toBe(dialog()));
    expect(dialog()?.getAttribute('aria-modal')).toBe('true');
  });

  it('shows a corner card instead of the pause screen while the person types, and leaves focus in the field', async () => {
    const field = document.getElementById('reply') as HTMLInputElement;
    field.focus();
    typing = true;

    await cards().handle({ ...show(), data: { ...show().data, level: 3 } });

    expect(dialog()?.getAttribute('aria-modal')).toBe('false');
    expect(document.activeElement).toBe(field);
  });

  it('asks the background to close the tab when the person leaves the feed from the pause screen', async () => {
    await cards().handle({ ...show(), data: { ...show().data, level: 3 } });

    fireEvent.click(button('Close this tab'));

    expect(send.mock.calls).toEqual([['nudge/leave', { nudgeId: 'nudge-1' }]]);
    expect(dialog()).toBeNull();
  });

  it('takes the card away when the background withdraws that nudge, and only that one', async () => {
    const page = cards();
    await page.handle(show());

    page.handle({ type: 'nudge/hide', data: { nudgeId: 'nudge-0' } });
    const afterOther = dialog();
    page.handle({ type: 'nudge/hide', data: { nudgeId: 'nudge-1' } });

    expect(afterOther).not.toBeNull();
    await waitFor(() => expect(dialog()).toBeNull());
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the card surface', () => {
  const cardProps = () => ({
    act,
    level: 1 as const,
    onDo: vi.fn(),
    onAnother: vi.fn(),
    onNotNow: vi.fn(),
    onPurposeful: vi.fn(),
    onClose: vi.fn(),
    onLeave: vi.fn(),
  });

  /** The card's shadow root, as the content script holds it: the page sees `shadowRoot === null`. */
  const attachedRoots = () => vi.spyOn(Element.prototype, 'attachShadow');
  /** An event as the person's own input makes it (happy-dom leaves `isTrusted` unset). */
  const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

  it('draws the card inside a closed shadow root at the end of the body and removes it with the content script', async () => {
    const roots = attachedRoots();
    const ctx = new ContentScriptContext('nudge-test');
    const surface = createCardSurface(ctx);

    surface.render(cardProps());
    const host = document.body.lastElementChild!;
    const inShadow = (roots.mock.results[0]!.value as ShadowRoot).querySelector('[role="dialog"]');
    const pageSees = host.shadowRoot;
    ctx.abort();

    expect(host.tagName.toLowerCase()).toBe(NUDGE_CARD_HOST);
    expect(pageSees).toBeNull();
    expect(roots).toHaveBeenCalledWith({ mode: 'closed' });
    expect(inShadow?.textContent).toContain(act.title);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.querySelector(NUDGE_CARD_HOST)).toBeNull();
  });

  it('keeps keys pressed in the card from the page, speaks the card language and can be removed twice', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es');
    const roots = attachedRoots();
    const ctx = new ContentScriptContext('nudge-test');
    const surface = createCardSurface(ctx);
    surface.render(cardProps());
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const shadow = roots.mock.results[0]!.value as ShadowRoot;

    shadow
      .querySelector('button')!
      .dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true })));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    surface.remove();
    surface.remove();
    document.removeEventListener('keydown', pageKeys);

    expect(pageKeys).toHaveBeenCalledTimes(1);
    expect(shadow.querySelector('html')?.getAttribute('lang')).toBe('es');
    expect(document.querySelector(NUDGE_CARD_HOST)).toBeNull();
    ctx.abort();
  });

  it('answers only the person: clicks and keys made by a script reach no card handler', () => {
    const roots = attachedRoots();
    const ctx = new ContentScriptContext('nudge-test');
    const surface = createCardSurface(ctx);
    const props = cardProps();
    surface.render(props);
    const shadow = roots.mock.results[0]!.value as ShadowRoot;
    const named = (label: string) =>
      [...shadow.querySelectorAll('button')].find((b) => b.textContent?.includes(label) || b.ariaLabel === label)!;

    named('I’m here on purpose').click();
    named('Do it').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    shadow
      .querySelector('[role="dialog"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    const untrustedAnswers = [props.onPurposeful, props.onDo, props.onClose].map((fn) => fn.mock.calls.length);
    named('Not now').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    ctx.abort();

    expect(untrustedAnswers).toEqual([0, 0, 0]);
    expect(props.onNotNow).toHaveBeenCalledTimes(1);
  });
});

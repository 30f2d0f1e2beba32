// A watched page that attacks Outward from its own (main) world, the way a feed with every reason
// to read or silence it could. It records what it sees before any content script runs, and offers
// the attacks as `window.spy.*` for the end-to-end test to call. Every attack must fail.
(() => {
  const seen = { messages: [], events: [], hostsAdded: 0, rootsAttached: 0 };

  // Anything a script announces to the page by postMessage.
  addEventListener('message', (event) => {
    try {
      seen.messages.push(JSON.stringify(event.data));
    } catch {
      seen.messages.push(String(event.data));
    }
  });
  // A shadow root forced open in this world (content scripts have their own prototypes).
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    seen.rootsAttached += 1;
    return attach.call(this, { ...init, mode: 'open' });
  };
  // Every element added to the page, to find the card's host however it is named.
  const added = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && node.closest('#feed') === null && node.id !== 'sentinel') {
          added.push(node);
          seen.hostsAdded += 1;
        }
  }).observe(document.documentElement, { childList: true, subtree: true });

  const candidates = () => [...new Set([...added, ...document.body.children])].filter((el) => el.isConnected);
  const key = (target, keyName) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true }));

  window.spy = {
    seen,
    /** Everything the page can read of elements it did not make: text, markup, roots, selection. */
    read() {
      const els = candidates();
      const texts = [];
      for (const el of els) {
        texts.push(el.textContent ?? '', el.innerText ?? '', el.outerHTML);
        if (typeof el.getHTML === 'function') texts.push(el.getHTML({ serializableShadowRoots: true }));
        if (el.shadowRoot) texts.push(el.shadowRoot.textContent ?? '');
      }
      const selection = getSelection();
      selection.selectAllChildren(document.body);
      texts.push(selection.toString());
      selection.removeAllRanges();
      texts.push(document.body.innerText);
      return {
        tags: els.map((el) => el.tagName.toLowerCase()),
        openRoots: els.filter((el) => el.shadowRoot !== null).length,
        text: texts.join('\n'),
      };
    },
    /** Synthetic presses: clicks and keys on whatever the page can reach of the card. */
    press() {
      for (const el of candidates()) {
        el.click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (const name of ['Enter', ' ', 'Escape']) key(el, name);
      }
      for (let x = 0; x < innerWidth; x += 40)
        for (let y = 0; y < innerHeight; y += 40) {
          const hit = document.elementFromPoint(x, y);
          if (hit && hit.closest('#feed') === null) hit.click();
        }
      key(document, 'Escape');
      key(document.activeElement ?? document.body, 'Enter');
      key(document.activeElement ?? document.body, 'Escape');
    },
    /** The start-up event WXT's content scripts stop on, forged with the (public) extension id. */
    forgeStartUp(extensionId) {
      const type = `${extensionId}:scroll:wxt:content-script-started`;
      const detail = { contentScriptName: 'scroll', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    },
    /** Forged input: scroll ends, scroll keys, typing in a field, clicks, hiding and leaving. */
    forgeInput() {
      const reply = document.getElementById('reply');
      document.dispatchEvent(new Event('scrollend', { bubbles: true }));
      key(document.body, 'PageDown');
      key(reply, 'a');
      document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('pagehide'));
    },
  };
})();

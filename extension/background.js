// The extension's background: the toolbar button, the context menus, and the
// one way into a tab (chrome.scripting, on the tab the user just chose, which
// activeTab opens for this moment only). The content scripts are packaged
// files injected on demand; nothing is fetched from anywhere.
/* global whosaidLoadSettings, whosaidAttributes */
if (typeof importScripts === 'function') importScripts('settings.js'); // Chromium's service worker

const api = globalThis.browser ?? globalThis.chrome;
/** The engine (the embed's Rust as JavaScript), Readability and the finder, the content script. */
const FILES = ['engine.js', 'finder.js', 'content.js'];

/** Injects the content scripts into the tab once. */
async function inject(tabId) {
  const [probe] = await api.scripting.executeScript({
    target: { tabId },
    func: () => typeof globalThis.whosaidExtension === 'object',
  });
  if (!probe?.result) await api.scripting.executeScript({ target: { tabId }, files: FILES });
}

/** Runs one command of the content script in the tab; resolves to its answer. */
async function run(tabId, command, argument = null) {
  await inject(tabId);
  const settings = whosaidAttributes(await whosaidLoadSettings());
  const [answer] = await api.scripting.executeScript({
    target: { tabId },
    func: (c, a, s) => globalThis.whosaidExtension.run(c, a, s),
    args: [command, argument, settings],
  });
  const result = answer?.result ?? { error: 'The page did not answer.' };
  await api.action.setBadgeText({ tabId, text: result.marked ? String(result.claims) : '' });
  return result;
}

api.action.onClicked.addListener((tab) => {
  run(tab.id, 'toggle').catch((e) => console.warn('whosaid:', String(e)));
});

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: 'whosaid-selection', title: 'Who said this?', contexts: ['selection'] });
  api.contextMenus.create({ id: 'whosaid-summary', title: 'Sourcing summary of this page', contexts: ['action'] });
});

/** The context menus: the selection's claims, or the popup from the button's menu. */
async function onMenu(info, tab) {
  if (info.menuItemId === 'whosaid-selection') return run(tab.id, 'selection', info.selectionText ?? '');
  if (info.menuItemId === 'whosaid-summary') {
    // No await before openPopup: Firefox lets a menu click open the popup
    // only while handling it. The calls reach the browser in this order.
    const set = api.action.setPopup({ tabId: tab.id, popup: 'popup.html' });
    const opened = api.action.openPopup();
    try {
      await set;
      await opened;
    } finally {
      // The button itself goes back to marking up.
      await api.action.setPopup({ tabId: tab.id, popup: '' });
    }
  }
  return null;
}
api.contextMenus.onClicked.addListener((info, tab) => {
  onMenu(info, tab).catch((e) => console.warn('whosaid:', String(e)));
});

/** For the popup: runs a command in its tab. */
api.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== api.runtime.id || typeof message?.tabId !== 'number') return false;
  run(message.tabId, message.command).then(reply, (e) => reply({ error: String(e.message ?? e) }));
  return true;
});

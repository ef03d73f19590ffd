// The options page's choices, shared by the options page, the popup and the
// background. Kept in IndexedDB, which every extension page and the service
// worker can use without a permission (the `storage` permission would be a
// fourth one). Each choice is one of the embed's data-whosaid-* options.

/** Every source kind the engine knows, and `none`: the writer's own voice. */
const WHOSAID_KINDS = ['person', 'organization', 'government', 'media', 'document', 'anonymous', 'group', 'none'];
const WHOSAID_DEFAULTS = Object.freeze({ kinds: WHOSAID_KINDS, theme: 'auto', lang: 'auto' });

function whosaidDatabase() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('whosaid', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('settings');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** The saved choices, or the defaults. */
async function whosaidLoadSettings() {
  const db = await whosaidDatabase();
  const saved = await new Promise((resolve, reject) => {
    const get = db.transaction('settings').objectStore('settings').get('options');
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  db.close();
  const kinds = Array.isArray(saved?.kinds) ? saved.kinds.filter((k) => WHOSAID_KINDS.includes(k)) : [];
  return {
    kinds: kinds.length ? kinds : WHOSAID_DEFAULTS.kinds,
    theme: ['light', 'dark', 'auto'].includes(saved?.theme) ? saved.theme : WHOSAID_DEFAULTS.theme,
    lang: ['en', 'fr', 'auto'].includes(saved?.lang) ? saved.lang : WHOSAID_DEFAULTS.lang,
  };
}

async function whosaidSaveSettings(settings) {
  const db = await whosaidDatabase();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put(settings, 'options');
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The choices as the embed reads them (its data-whosaid-* attributes). */
function whosaidAttributes(settings) {
  const out = { 'data-whosaid-kinds': settings.kinds.join(' '), 'data-whosaid-theme': settings.theme };
  // `auto`: the page's own lang attribute, as the embed does.
  if (settings.lang !== 'auto') out['data-whosaid-lang'] = settings.lang;
  return out;
}

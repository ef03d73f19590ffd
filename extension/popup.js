// The popup: the page's sourcing summary at a glance, a button to mark the
// page up (or remove the marks) and one to export the claims as W3C Web
// Annotations. The background runs each command in the tab (see
// background.js); the popup only shows the answers.
const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
let tabId = null;
let marked = false;

function percent(n, total) {
  return total ? `${Math.round((100 * n) / total)}%` : '0%';
}

function show(result) {
  if (result.error) {
    $('status').textContent = result.error;
    return;
  }
  marked = Boolean(result.marked);
  $('mark').textContent = marked ? 'Remove marks' : 'Mark up this page';
  if (result.sources === undefined) return; // an answer to "unmark"
  const total = result.claims;
  $('status').textContent = `${total} claim${total === 1 ? '' : 's'}${result.title ? ` in “${result.title}”` : ''}${marked ? ', marked on the page' : ''}.`;
  for (const key of ['named', 'anonymous', 'none']) {
    $(key).textContent = `${percent(result[key], total)} (${result[key]})`;
    $('shares').querySelector(`.${key}`).style.width = percent(result[key], total);
  }
  $('shares').hidden = $('legend').hidden = $('sources-title').hidden = false;
  const list = $('sources');
  list.replaceChildren(
    ...result.sources.map((s) => {
      const li = document.createElement('li');
      const who = document.createElement('span');
      who.textContent = s.name;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ` ${s.kind}`;
      who.append(kind);
      const count = document.createElement('span');
      count.textContent = String(s.count);
      count.setAttribute('aria-label', `${s.count} claim${s.count === 1 ? '' : 's'}`);
      li.append(who, count);
      return li;
    }),
  );
}

async function command(name) {
  for (const b of document.querySelectorAll('button')) b.disabled = true;
  try {
    const result = await api.runtime.sendMessage({ tabId, command: name });
    show(result);
    return result;
  } finally {
    for (const b of document.querySelectorAll('button')) b.disabled = false;
  }
}

function save(page) {
  const blob = new Blob([JSON.stringify(page, null, 2)], { type: 'application/ld+json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'whosaid-annotations.jsonld';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

$('mark').addEventListener('click', () => command(marked ? 'unmark' : 'mark'));
$('export').addEventListener('click', async () => {
  const result = await command('annotations');
  if (result?.annotations) save(result.annotations);
});

(async () => {
  // The tab to summarise: the active one (`?tab=` names another: the tests).
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  tabId = asked || (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) {
    $('status').textContent = 'No page to read.';
    return;
  }
  await command('summary');
})();

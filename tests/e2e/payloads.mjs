// Classic XSS payloads (OWASP filter-evasion cheat sheet and PortSwigger's
// lists, shortened). Each one, if it ever ran, calls alert (a dialog the test
// sees), sets window.__xss, or fetches a /xss-* address (a request the test
// sees). The security tests put them in articles as text and inside pasted
// HTML, and check that they are shown verbatim and that none runs or loads.
export const PAYLOADS = [
  `<script>alert('xss1')</script>`,
  `<img src=/xss-img.png onerror=alert('xss2')>`,
  `<svg onload=alert('xss3')>`,
  `<iframe src="javascript:alert('xss4')"></iframe>`,
  `<a href="javascript:alert('xss5')">click me</a>`,
  `"><script>window.__xss=6</script>`,
  `'><img src=/xss-quote.png onerror=window.__xss=7>`,
  `<body onload=alert('xss8')>`,
  `<details open ontoggle=alert('xss9')>`,
  `<math><mtext><table><mglyph><style><img src=/xss-math.png onerror=alert('xss10')>`,
  `javascript:alert('xss11')`,
  `{{constructor.constructor('alert(12)')()}}`,
  `<style>@import '/xss-import.css';</style>`,
  `<link rel=stylesheet href=/xss-link.css>`,
  `<object data="javascript:alert('xss14')"></object>`,
  `<input autofocus onfocus=alert('xss15')>`,
  `<video><source onerror=alert('xss16')></video>`,
  `<div style="background:url(/xss-bg.png)">styled</div>`,
  `&lt;script&gt;alert('xss18')&lt;/script&gt;`,
  `<scr<script>ipt>alert('xss19')</scr</script>ipt>`,
];

/** HTML-escapes a string for use as text in a page. */
export const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article in which Ana Ruiz says each payload, one paragraph each. */
export const payloadArticle = () =>
  ['Payload test: the quotes below are hostile', ...PAYLOADS.map((p) => `“${p},” said Ana Ruiz, a tester.`)].join('\n');

/** Checks that nothing ran or loaded; returns a list of problems. */
export async function attackEvidence(p, scriptsBefore) {
  const problems = [...p.dialogs.map((d) => `dialog ${d}`)];
  const state = await p.evaluate(() => ({
    xss: window.__xss ?? null,
    scripts: document.scripts.length,
    injected: [...document.querySelectorAll('img, iframe, object, embed, video, svg:not(.icon)')]
      .map((e) => e.outerHTML.slice(0, 80)),
    shadowInjected: [...document.querySelectorAll('whosaid-layer, whosaid-panel')].flatMap((h) =>
      [...h.shadowRoot.querySelectorAll('script, img, iframe, object, embed, video, style, link')]
        .map((e) => e.outerHTML.slice(0, 80))),
  }));
  if (state.xss !== null) problems.push(`window.__xss = ${state.xss}`);
  if (state.scripts !== scriptsBefore) problems.push(`scripts: ${scriptsBefore} -> ${state.scripts}`);
  problems.push(...state.injected.map((e) => `element ${e}`), ...state.shadowInjected.map((e) => `in shadow ${e}`));
  problems.push(...p.requests.filter((u) => /\/xss-/.test(u)).map((u) => `request ${u}`));
  problems.push(...p.errors.map((e) => `console ${e}`));
  return problems;
}

// Fills in the bookmarklet's link with the address of this server's loader
// (no inline script on the page). The bookmarklet reuses a widget already on
// the page, or adds the loader as a module script with `?find`, which finds
// the main article text and marks it up.
const loader = new URL('whosaid.js?find', import.meta.url).href;
const code =
  '(()=>{if(window.whosaid&&window.whosaid.find){window.whosaid.find();return}' +
  "const s=document.createElement('script');s.type='module';s.referrerPolicy='no-referrer';" +
  `s.src=${JSON.stringify(loader)};document.head.appendChild(s)})()`;
const link = document.getElementById('bookmarklet');
link.href = `javascript:${encodeURIComponent(code)}`;
link.dataset.code = code;
document.getElementById('loader').textContent = loader;

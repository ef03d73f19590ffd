// The options page: which source kinds to mark, the theme and the labels'
// language (the embed's data-whosaid-kinds, -theme and -lang), saved on change.
/* global WHOSAID_KINDS, whosaidLoadSettings, whosaidSaveSettings */
const LABELS = {
  person: 'a person', organization: 'an organization', government: 'a government', media: 'the media',
  document: 'a document', anonymous: 'anonymous', group: 'a group', none: 'nobody (the writer’s own voice)',
};
const form = document.getElementById('options');

(async () => {
  const settings = await whosaidLoadSettings();
  document.getElementById('kinds').replaceChildren(
    ...WHOSAID_KINDS.map((kind) => {
      const label = document.createElement('label');
      label.className = 'kind-choice';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'kinds';
      box.value = kind;
      box.checked = settings.kinds.includes(kind);
      label.append(box, ` ${LABELS[kind]}`);
      const line = document.createElement('div');
      line.append(label);
      return line;
    }),
  );
  form.theme.value = settings.theme;
  form.lang.value = settings.lang;
  form.dataset.ready = '';
})();

form.addEventListener('change', async () => {
  const kinds = [...form.querySelectorAll('input[name=kinds]:checked')].map((b) => b.value);
  const saved = document.getElementById('saved');
  if (!kinds.length) {
    saved.textContent = 'Choose at least one kind of source.';
    return;
  }
  await whosaidSaveSettings({ kinds, theme: form.theme.value, lang: form.lang.value });
  saved.textContent = 'Saved.';
});

// The note editor's autosave. Typing saves the draft a moment later through /visits/{id}/autosave;
// until the server has it, the text is also kept in this browser (localStorage), so a failed
// request, a closed tab or a lost connection never loses what was written.
(function () {
  'use strict';
  const form = document.getElementById('note-form');
  if (!form) {
    return;
  }
  const status = document.getElementById('autosave-status');
  const base = form.querySelector('input[name="baseRevision"]');
  const fields = ['subjective', 'objective', 'assessment', 'plan', 'pain'];
  const key = 'kine.note.' + form.dataset.visitId;
  const delay = 2000;
  let timer = null;
  let dirty = false;
  let saving = false;
  let stopped = false;

  function say(text, tone) {
    status.textContent = text;
    status.className = 'small text-' + tone;
  }

  function keepLocally() {
    const copy = {baseRevision: base.value};
    fields.forEach(function (name) { copy[name] = form.elements[name].value; });
    try {
      localStorage.setItem(key, JSON.stringify(copy));
    } catch (full) {
      // storage full or disabled: the server copy is the only one
    }
  }

  function restore() {
    let copy = null;
    try {
      copy = JSON.parse(localStorage.getItem(key));
    } catch (unreadable) {
      copy = null;
    }
    if (!copy) {
      return;
    }
    if (String(copy.baseRevision) !== base.value) {
      // written over an older revision that has since been saved: not ours to restore
      localStorage.removeItem(key);
      return;
    }
    const differs = fields.some(function (name) { return (copy[name] || '') !== form.elements[name].value; });
    if (differs) {
      fields.forEach(function (name) { form.elements[name].value = copy[name] || ''; });
      dirty = true;
      say(form.dataset.restored, 'warning');
      schedule();
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  }

  async function save() {
    if (stopped || !dirty) {
      return;
    }
    if (saving) {
      schedule();
      return;
    }
    saving = true;
    dirty = false;
    say(form.dataset.saving, 'body-secondary');
    try {
      const response = await fetch(form.dataset.autosaveUrl, {
        method: 'POST', body: new FormData(form), credentials: 'same-origin',
        headers: {'Accept': 'application/json'}
      });
      const answer = await response.json().catch(function () { return {}; });
      if (response.ok) {
        base.value = answer.revision;
        if (dirty) {
          keepLocally();
        } else {
          localStorage.removeItem(key);
        }
        say(form.dataset.saved.replace('{0}', answer.revision), 'success');
      } else {
        dirty = true;
        say(answer.detail || form.dataset.failed, 'danger');
        // a refusal (signed, changed meanwhile, invalid) will not pass by retrying; a fault might
        if (response.status >= 500) {
          timer = setTimeout(save, 5000);
        } else {
          stopped = response.status === 409;
        }
      }
    } catch (offline) {
      dirty = true;
      say(form.dataset.failed, 'danger');
      timer = setTimeout(save, 5000);
    } finally {
      saving = false;
    }
  }

  form.addEventListener('input', function () {
    dirty = true;
    keepLocally();
    schedule();
  });
  form.addEventListener('submit', function () {
    clearTimeout(timer);
    stopped = true;
    keepLocally();
  });
  restore();
}());

/*
 * The booking dialog of the calendar and the small JSON client both use: CSRF header on every
 * change, RFC 9457 problems turned into field errors and sentences (already translated by the
 * server), and a taken slot named by the appointment that holds it.
 */
(function () {
  'use strict';

  function createApi(config) {
    async function send(method, url, body, headers) {
      const options = { method, headers: Object.assign({ Accept: 'application/json' }, headers || {}) };
      if (method !== 'GET') {
        options.headers[config.csrf.header] = config.csrf.token;
      }
      if (body !== undefined) {
        options.headers['Content-Type'] = options.headers['Content-Type'] || 'application/json';
        options.body = JSON.stringify(body);
      }
      const response = await fetch(url, options);
      const text = await response.text();
      return { ok: response.ok, status: response.status, json: text ? JSON.parse(text) : null };
    }
    return { send };
  }

  function message(t, key, values) {
    return (values || []).reduce((text, value, i) => text.split('{' + i + '}').join(value), t(key));
  }

  function timeRange(language, zone, start, end) {
    const day = new Intl.DateTimeFormat(language, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
    const time = new Intl.DateTimeFormat(language, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
    return day.format(new Date(start)) + ' ' + time.format(new Date(start)) + '–' + time.format(new Date(end));
  }

  /** The problem as one sentence: its title and detail, and the appointment holding the slot when one does. */
  async function describe(api, config, t, problem) {
    if (!problem) {
      return t('calendar.networkError');
    }
    let text = [problem.title, problem.detail].filter(Boolean).join(' : ');
    if (problem.conflict && problem.conflict.appointmentId) {
      const other = await api.send('GET', '/api/appointments/' + problem.conflict.appointmentId);
      if (other.ok) {
        const a = other.json;
        text += ' ' + message(t, 'calendar.conflictWith', [a.patientName, a.practitionerName,
          timeRange(config.language, a.timeZone, a.start, a.end)]);
      }
    }
    return text;
  }

  function createDialog(config, t, api, onBooked) {
    const el = id => document.getElementById(id);
    const modal = new bootstrap.Modal(el('booking-modal'));
    const fields = ['patientId', 'appointmentTypeId', 'practitionerId', 'start', 'end', 'roomId', 'notes', 'overrideReason'];
    let context = null;
    let patient = null;
    let searchTimer = null;

    function option(select, value, text) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = text;
      select.appendChild(o);
    }

    function clearErrors() {
      fields.forEach(field => {
        el('booking-' + field).classList.remove('is-invalid');
        el('booking-' + field).removeAttribute('aria-invalid');
        el('booking-' + field + '-error').textContent = '';
      });
      el('booking-error').classList.add('d-none');
      el('booking-error').textContent = '';
    }

    function fieldError(field, text) {
      const input = el('booking-' + field);
      if (!input) {
        return false;
      }
      input.classList.add('is-invalid');
      input.setAttribute('aria-invalid', 'true');
      el('booking-' + field + '-error').textContent = text;
      return true;
    }

    function generalError(text) {
      el('booking-error').textContent = text;
      el('booking-error').classList.remove('d-none');
    }

    function choosePatient(found) {
      patient = found;
      el('booking-patientId').value = found.lastName + ' ' + found.firstName;
      el('booking-patient-chosen').textContent = found.lastName + ' ' + found.firstName;
      el('booking-patient-results').replaceChildren();
    }

    async function search() {
      const query = el('booking-patientId').value.trim();
      const list = el('booking-patient-results');
      if (query.length < 2) {
        list.replaceChildren();
        return;
      }
      const answer = await api.send('GET', '/api/patients?pageSize=8&search=' + encodeURIComponent(query));
      if (!answer.ok) {
        return;
      }
      list.replaceChildren();
      if (answer.json.data.length === 0) {
        const none = document.createElement('li');
        none.className = 'list-group-item text-body-secondary';
        none.textContent = t('calendar.patientNone');
        list.appendChild(none);
      }
      answer.json.data.forEach(found => {
        const item = document.createElement('li');
        item.className = 'list-group-item p-0';
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-link text-start w-100 kine-patient-choice';
        button.textContent = found.lastName + ' ' + found.firstName
          + (found.dateOfBirth ? ' (' + new Intl.DateTimeFormat(config.language, { timeZone: 'UTC' })
            .format(new Date(found.dateOfBirth)) + ')' : '');
        button.addEventListener('click', () => choosePatient(found));
        item.appendChild(button);
        list.appendChild(item);
      });
    }

    function fillChoices() {
      const types = el('booking-appointmentTypeId');
      types.replaceChildren();
      option(types, '', t('calendar.noType'));
      config.types.forEach(type => option(types, type.id, type.name));
      const practitioners = el('booking-practitionerId');
      practitioners.replaceChildren();
      config.practitioners.forEach(p => option(practitioners, p.id, p.name));
      const rooms = el('booking-roomId');
      rooms.replaceChildren();
      option(rooms, '', t('calendar.noRoom'));
      context.location.rooms.forEach(room => option(rooms, room.id, room.name));
    }

    function open(slot) {
      context = slot;
      patient = null;
      clearErrors();
      fillChoices();
      el('booking-form').reset();
      el('booking-patient-results').replaceChildren();
      el('booking-patient-chosen').textContent = '';
      el('booking-override').classList.add('d-none');
      el('booking-start').value = KineTime.toInput(slot.start);
      el('booking-end').value = KineTime.toInput(slot.end);
      el('booking-practitionerId').value = slot.practitionerId || (config.practitioners[0] || {}).id || '';
      el('booking-roomId').value = slot.roomId || '';
      modal.show();
    }

    async function submit(event) {
      event.preventDefault();
      clearErrors();
      if (!patient) {
        fieldError('patientId', t('calendar.patientRequired'));
        el('booking-patientId').focus();
        return;
      }
      const zone = context.location.timeZone;
      const start = KineTime.fromInput(el('booking-start').value);
      const end = KineTime.fromInput(el('booking-end').value);
      const body = {
        patientId: patient.id, practitionerId: el('booking-practitionerId').value || null,
        locationId: context.location.id, roomId: el('booking-roomId').value || null,
        start: start ? KineTime.toInstant(zone, start) : null, end: end ? KineTime.toInstant(zone, end) : null,
        appointmentTypeId: el('booking-appointmentTypeId').value || null,
        notes: el('booking-notes').value.trim() || null,
        overrideReason: el('booking-overrideReason').value.trim() || null
      };
      el('booking-submit').disabled = true;
      try {
        const answer = await api.send('POST', '/api/appointments', body);
        if (answer.ok) {
          modal.hide();
          onBooked(answer.json);
          return;
        }
        const problem = answer.json;
        if (problem && (problem.type || '').endsWith('/outside-working-hours') && config.canOverride) {
          el('booking-override').classList.remove('d-none');
        }
        const placed = (problem && problem.errors || []).filter(error => fieldError(error.field, error.message));
        if (placed.length === 0 || (problem && problem.conflict)) {
          generalError(await describe(api, config, t, problem));
        }
      } catch (failure) {
        generalError(t('calendar.networkError'));
      } finally {
        el('booking-submit').disabled = false;
      }
    }

    el('booking-form').addEventListener('submit', submit);
    el('booking-patientId').addEventListener('input', () => {
      patient = null;
      el('booking-patient-chosen').textContent = '';
      clearTimeout(searchTimer);
      searchTimer = setTimeout(search, 250);
    });
    el('booking-appointmentTypeId').addEventListener('change', () => {
      const type = config.types.find(candidate => candidate.id === el('booking-appointmentTypeId').value);
      const start = KineTime.fromInput(el('booking-start').value);
      if (type && start) {
        el('booking-end').value = KineTime.toInput(new Date(start.getTime() + type.durationMinutes * 60000));
      }
    });
    el('booking-modal').addEventListener('shown.bs.modal', () => el('booking-patientId').focus());
    return { open };
  }

  window.KineBooking = { createApi, createDialog, describe, message, timeRange };
})();

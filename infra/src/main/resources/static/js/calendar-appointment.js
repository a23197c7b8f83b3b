/*
 * The appointment dialog of the calendar: what the appointment is, and the steps its status
 * allows (confirm, arrived, completed, no-show, cancel with a reason). The server decides; a
 * refused step is shown with its reason.
 */
(function () {
  'use strict';
  const STEPS = {
    BOOKED: ['confirm', 'arrive', 'no-show'],
    CONFIRMED: ['arrive', 'no-show'],
    ARRIVED: ['complete']
  };
  const CANCELLABLE = ['BOOKED', 'CONFIRMED'];

  function createDialog(config, t, api, onChanged) {
    const el = id => document.getElementById(id);
    const modal = new bootstrap.Modal(el('appointment-modal'));
    let current = null;

    function clearErrors() {
      el('appointment-error').classList.add('d-none');
      el('appointment-error').textContent = '';
      el('appointment-reason').classList.remove('is-invalid');
      el('appointment-reason').removeAttribute('aria-invalid');
      el('appointment-reason-error').textContent = '';
    }

    async function refused(answer) {
      const problem = answer.json;
      const reason = (problem && problem.errors || []).find(error => error.field === 'reason');
      if (reason) {
        el('appointment-reason').classList.add('is-invalid');
        el('appointment-reason').setAttribute('aria-invalid', 'true');
        el('appointment-reason-error').textContent = reason.message;
        return;
      }
      el('appointment-error').textContent = await KineBooking.describe(api, config, t, problem);
      el('appointment-error').classList.remove('d-none');
    }

    async function run(method, path, body) {
      clearErrors();
      try {
        const answer = await api.send(method, '/api/appointments/' + current.id + path, body);
        if (answer.ok) {
          modal.hide();
          onChanged(answer.json);
        } else {
          await refused(answer);
        }
      } catch (failure) {
        el('appointment-error').textContent = t('calendar.networkError');
        el('appointment-error').classList.remove('d-none');
      }
    }

    function open(appointment) {
      current = appointment;
      clearErrors();
      el('appointment-cancel-form').reset();
      const patient = el('appointment-patient');
      patient.textContent = appointment.patientName || '';
      patient.href = '/patients/' + appointment.patientId;
      const history = el('appointment-history');
      if (history) {
        history.href = '/appointments/' + appointment.id + '/history';
      }
      el('appointment-when').textContent = KineBooking.timeRange(config.language, appointment.timeZone,
        appointment.start, appointment.end);
      el('appointment-practitioner').textContent = appointment.practitionerName || '';
      el('appointment-type').textContent = appointment.typeName || t('calendar.noType');
      const location = config.locations.find(l => l.id === appointment.locationId);
      const room = location && location.rooms.find(r => r.id === appointment.roomId);
      el('appointment-room').textContent = room ? room.name : t('calendar.noRoom');
      el('appointment-status').textContent = t('calendar.status.' + appointment.status);
      el('appointment-notes').textContent = appointment.notes || '';
      const allowed = STEPS[appointment.status] || [];
      el('appointment-actions').querySelectorAll('[data-step]').forEach(button => {
        button.hidden = !allowed.includes(button.dataset.step);
      });
      el('appointment-cancel-form').hidden = !CANCELLABLE.includes(appointment.status);
      modal.show();
    }

    el('appointment-actions').querySelectorAll('[data-step]').forEach(button => {
      button.addEventListener('click', () => run('POST', '/' + button.dataset.step));
    });
    el('appointment-cancel-form').addEventListener('submit', event => {
      event.preventDefault();
      run('DELETE', '', { reason: el('appointment-reason').value.trim() || null });
    });
    return { open };
  }

  window.KineAppointment = { createDialog };
})();

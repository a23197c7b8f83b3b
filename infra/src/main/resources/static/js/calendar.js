/*
 * The calendar page: FullCalendar in the location's wall-clock time (see calendar-time.js).
 * Day, week and month views, plus two day views with one column per practitioner or per room,
 * built as one FullCalendar day grid per column that follows the main calendar's date (resource
 * columns are a premium FullCalendar plugin). Clicking an empty slot opens the booking dialog;
 * dragging or resizing sends a PATCH guarded by If-Match, and a refusal puts the appointment back
 * and says why.
 */
(function () {
  'use strict';
  const $ = id => document.getElementById(id);
  const app = $('calendar-app');
  if (!app || typeof FullCalendar === 'undefined') {
    return;
  }
  const config = JSON.parse(app.dataset.config);
  const t = key => config.messages[key] || key;
  const api = KineBooking.createApi(config);
  const COLUMN_VIEWS = ['kinePractitioners', 'kineRooms'];
  const VIEWS = { day: 'kineDay', week: 'kineWeek', month: 'kineMonth', practitioners: 'kinePractitioners', rooms: 'kineRooms' };
  const ICONS = { BOOKED: '○', CONFIRMED: '●', ARRIVED: '➜', COMPLETED: '✔', CANCELLED: '⊘', NO_SHOW: '✖' };
  const parameters = new URLSearchParams(window.location.search);
  const state = {
    location: config.locations.find(l => l.id === parameters.get('locationId')) || config.locations[0],
    practitionerId: $('calendar-practitioner').value || null,
    showCancelled: false
  };
  if (!state.location) {
    return;
  }
  $('calendar-location').value = state.location.id;
  let columns = [];
  let columnsKey = null;
  const booking = KineBooking.createDialog(config, t, api, booked => {
    announce(t('calendar.booked'));
    refetchAll();
    return booked;
  });

  const details = KineAppointment.createDialog(config, t, api, () => {
    announce(t('calendar.changed'));
    refetchAll();
  });

  function announce(text) {
    $('calendar-announcer').textContent = text;
  }

  function showAlert(text) {
    $('calendar-alert').textContent = text;
    $('calendar-alert').classList.remove('d-none');
  }

  function hideAlert() {
    $('calendar-alert').classList.add('d-none');
    $('calendar-alert').textContent = '';
  }

  function showTimeZone() {
    $('calendar-time-zone').textContent = KineBooking.message(t, 'calendar.timeZone', [state.location.timeZone]);
  }

  /** Black or white, whichever reads better on the type's colour (WCAG relative luminance). */
  function readableOn(hex) {
    const channel = i => {
      const c = parseInt(hex.substr(1 + 2 * i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    return luminance > 0.179 ? '#000000' : '#ffffff';
  }

  function toEvent(appointment) {
    const colour = /^#[0-9a-fA-F]{6}$/.test(appointment.colour || '') ? appointment.colour : '#4a5d70';
    const zone = state.location.timeZone;
    return {
      id: appointment.id,
      title: appointment.patientName || '',
      start: KineTime.toWall(zone, appointment.start),
      end: KineTime.toWall(zone, appointment.end),
      backgroundColor: colour,
      borderColor: colour,
      textColor: readableOn(colour),
      editable: appointment.status === 'BOOKED' || appointment.status === 'CONFIRMED',
      classNames: ['kine-appointment', 'kine-status-' + appointment.status.toLowerCase().replace('_', '-')],
      extendedProps: { appointment }
    };
  }

  function span(className, text) {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  /** Time, patient, then status as icon and words (never colour alone), type and practitioner. */
  function eventContent(arg) {
    const appointment = arg.event.extendedProps.appointment;
    const content = document.createElement('div');
    content.className = 'kine-event';
    const status = span('kine-event-status', '');
    const icon = span('kine-event-icon', ICONS[appointment.status] || '');
    icon.setAttribute('aria-hidden', 'true');
    status.append(icon, ' ' + t('calendar.status.' + appointment.status));
    const details = [appointment.typeName, state.practitionerId ? null : appointment.practitionerName]
      .filter(Boolean).join(' · ');
    content.append(span('kine-event-time', arg.timeText + ' '), span('kine-event-title', appointment.patientName || ''),
      status);
    if (details) {
      content.append(span('kine-event-details', details));
    }
    return { domNodes: [content] };
  }

  function eventSource(filter) {
    return (info, success, failure) => {
      const zone = state.location.timeZone;
      const query = new URLSearchParams({
        from: KineTime.toInstant(zone, info.start), to: KineTime.toInstant(zone, info.end), locationId: state.location.id
      });
      const wanted = filter();
      Object.keys(wanted).filter(key => wanted[key]).forEach(key => query.set(key, wanted[key]));
      api.send('GET', '/api/appointments?' + query).then(answer => {
        if (!answer.ok) {
          failure(new Error('HTTP ' + answer.status));
          return;
        }
        success(answer.json.data.filter(a => state.showCancelled || a.status !== 'CANCELLED').map(toEvent));
      }).catch(failure);
    };
  }

  /**
   * Sends a move (new start and end) and, when the appointment was dropped into another
   * practitioner's or room's column, the reassignment too; puts it back when refused.
   */
  async function move(info, reassignment) {
    const appointment = info.event.extendedProps.appointment;
    const zone = state.location.timeZone;
    const patch = { start: KineTime.toInstant(zone, info.event.start), end: KineTime.toInstant(zone, info.event.end) };
    Object.assign(patch, reassignment || {});
    hideAlert();
    try {
      const answer = await api.send('PATCH', '/api/appointments/' + appointment.id, patch,
        { 'Content-Type': 'application/merge-patch+json', 'If-Match': '"' + appointment.version + '"' });
      if (answer.ok) {
        info.event.setExtendedProp('appointment', answer.json);
        announce(t('calendar.moved'));
        if (reassignment) {
          refetchAll();
        }
        return;
      }
      info.revert();
      if (reassignment) {
        refetchAll();
      }
      const reason = await KineBooking.describe(api, config, t, answer.json);
      showAlert(KineBooking.message(t, 'calendar.refused', [reason]));
    } catch (failure) {
      info.revert();
      showAlert(t('calendar.networkError'));
    }
  }

  /**
   * FullCalendar marks its layout table as an ARIA grid whose rows are presentational, which
   * screen readers announce as an empty grid (axe: aria-required-children). The grid is layout;
   * the appointments are the content, so the table's ARIA roles are dropped.
   */
  function flattenLayoutRoles(root) {
    root.querySelectorAll('table.fc-scrollgrid, [role=rowgroup], [role=row], [role=columnheader], [role=gridcell]')
      .forEach(element => element.setAttribute('role', 'presentation'));
  }

  function options(defaults, filter) {
    return {
      timeZone: 'UTC',
      locale: config.language,
      direction: config.direction,
      now: () => KineTime.now(state.location.timeZone),
      height: 'auto',
      allDaySlot: false,
      slotMinTime: '06:00:00',
      slotMaxTime: '22:00:00',
      snapDuration: '00:15:00',
      nowIndicator: true,
      selectable: true,
      editable: true,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit' },
      eventContent,
      // events are focusable and open their dialog with Enter as well as with a click
      eventInteractive: true,
      eventClick: info => details.open(info.event.extendedProps.appointment),
      viewDidMount: info => flattenLayoutRoles(info.el),
      eventDrop: info => move(info, null),
      eventResize: info => move(info, null),
      // an appointment dropped from another column is reassigned to this column's practitioner or room
      droppable: Object.keys(defaults).length > 0,
      eventReceive: info => move(info, defaults),
      events: eventSource(filter),
      select: info => {
        let start = info.start;
        let end = info.end;
        if (info.allDay) {
          start = new Date(start.getTime() + 9 * 3600000);
          end = new Date(start.getTime() + 30 * 60000);
        }
        info.view.calendar.unselect();
        booking.open({ start, end, location: state.location,
          practitionerId: defaults.practitionerId || state.practitionerId, roomId: defaults.roomId || null });
      }
    };
  }

  function columnEntries(view) {
    if (view === 'kineRooms') {
      return { entries: state.location.rooms, empty: 'calendar.noRooms' };
    }
    const chosen = config.practitioners.filter(p => !state.practitionerId || p.id === state.practitionerId);
    return { entries: chosen, empty: 'calendar.noPractitioners' };
  }

  function renderColumns(view) {
    columns.forEach(column => column.destroy());
    columns = [];
    const container = $('calendar-columns');
    container.replaceChildren();
    const { entries, empty } = columnEntries(view);
    if (entries.length === 0) {
      container.appendChild(span('text-body-secondary', t(empty)));
    }
    entries.forEach(entry => {
      const section = document.createElement('section');
      section.className = 'kine-column';
      const heading = document.createElement('h2');
      heading.className = 'h6 text-center kine-column-heading';
      heading.id = 'column-' + entry.id;
      heading.textContent = entry.name;
      section.setAttribute('aria-labelledby', heading.id);
      section.dataset.columnId = entry.id;
      const holder = document.createElement('div');
      section.append(heading, holder);
      container.appendChild(section);
      const defaults = view === 'kineRooms' ? { roomId: entry.id } : { practitionerId: entry.id };
      const filter = view === 'kineRooms'
        ? () => ({ roomId: entry.id, practitionerId: state.practitionerId }) : () => ({ practitionerId: entry.id });
      const column = new FullCalendar.Calendar(holder, Object.assign(options(defaults, filter), {
        initialView: 'timeGridDay', initialDate: main.getDate(), headerToolbar: false, dayHeaders: false
      }));
      column.kinePractitionerId = view === 'kineRooms' ? null : entry.id;
      column.render();
      flattenLayoutRoles(holder);
      columns.push(column);
    });
  }

  /** The columns follow the main calendar: same day, re-built when the view, location or practitioner changes. */
  function syncColumns(view) {
    const inColumns = COLUMN_VIEWS.includes(view);
    app.classList.toggle('kine-columns-mode', inColumns);
    $('calendar-columns').hidden = !inColumns;
    if (!inColumns) {
      columns.forEach(column => column.destroy());
      columns = [];
      columnsKey = null;
      return;
    }
    const key = [view, state.location.id, state.practitionerId].join('/');
    if (key !== columnsKey) {
      columnsKey = key;
      renderColumns(view);
      showWorkingHours();
    } else {
      columns.forEach(column => column.gotoDate(main.getDate()));
    }
  }

  const DAY_NUMBERS = { SUNDAY: 0, MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6 };
  const workingHours = new Map();

  /** The practitioner's weekly hours at the location as FullCalendar business hours; false when none are kept. */
  async function businessHours(practitionerId) {
    if (!practitionerId) {
      return false;
    }
    const key = practitionerId + '/' + state.location.id;
    if (!workingHours.has(key)) {
      const answer = await api.send('GET', '/api/working-hours?practitionerId=' + practitionerId
        + '&locationId=' + state.location.id);
      const ranges = [];
      Object.entries(answer.ok && answer.json.week || {}).forEach(([day, list]) => list.forEach(range =>
        ranges.push({ daysOfWeek: [DAY_NUMBERS[day]], startTime: range.start, endTime: range.end })));
      workingHours.set(key, ranges.length > 0 ? ranges : false);
    }
    return workingHours.get(key);
  }

  /** Shades the time outside working hours: of the chosen practitioner, or of each practitioner's column. */
  function showWorkingHours() {
    businessHours(state.practitionerId).then(hours => main.setOption('businessHours', hours)).catch(() => {});
    columns.filter(column => column.kinePractitionerId).forEach(column =>
      businessHours(column.kinePractitionerId).then(hours => column.setOption('businessHours', hours)).catch(() => {}));
  }

  function refetchAll() {
    main.refetchEvents();
    columns.forEach(column => column.refetchEvents());
  }

  const main = new FullCalendar.Calendar($('calendar-main'), Object.assign(options({}, () => ({
    practitionerId: state.practitionerId
  })), {
    initialView: VIEWS[parameters.get('view')] || 'kineWeek',
    initialDate: parameters.get('date') || undefined,
    headerToolbar: { start: 'kinePrevious,kineNext today', center: 'title', end: 'kineDay,kineWeek,kineMonth kinePractitioners,kineRooms' },
    views: {
      kineDay: { type: 'timeGridDay', buttonText: t('calendar.view.day') },
      kineWeek: { type: 'timeGridWeek', buttonText: t('calendar.view.week') },
      kineMonth: { type: 'dayGridMonth', buttonText: t('calendar.view.month') },
      kinePractitioners: { type: 'timeGridDay', buttonText: t('calendar.view.byPractitioner') },
      kineRooms: { type: 'timeGridDay', buttonText: t('calendar.view.byRoom') }
    },
    customButtons: {
      kinePrevious: { text: t('calendar.previous'), click: () => main.prev() },
      kineNext: { text: t('calendar.next'), click: () => main.next() }
    },
    datesSet: info => {
      flattenLayoutRoles($('calendar-main'));
      syncColumns(info.view.type);
    }
  }));

  $('calendar-location').addEventListener('change', () => {
    state.location = config.locations.find(l => l.id === $('calendar-location').value);
    showTimeZone();
    main.refetchEvents();
    syncColumns(main.view.type);
    columns.forEach(column => column.refetchEvents());
    showWorkingHours();
  });
  $('calendar-practitioner').addEventListener('change', () => {
    state.practitionerId = $('calendar-practitioner').value || null;
    main.refetchEvents();
    syncColumns(main.view.type);
    columns.forEach(column => column.refetchEvents());
    showWorkingHours();
  });
  $('calendar-show-cancelled').addEventListener('change', () => {
    state.showCancelled = $('calendar-show-cancelled').checked;
    refetchAll();
  });
  showTimeZone();
  main.render();
  showWorkingHours();
  app.dataset.ready = 'true';
})();

/*
 * Wall-clock time in a clinic location's zone. FullCalendar runs with timeZone 'UTC' as a
 * floating clock: an event's Date holds the location's local time in its UTC fields. These
 * functions convert between that and real instants with the browser's own zone database
 * (Intl), so the calendar shows the location's time wherever the browser is.
 */
(function () {
  'use strict';
  const formats = new Map();

  function format(zone) {
    if (!formats.has(zone)) {
      formats.set(zone, new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit'
      }));
    }
    return formats.get(zone);
  }

  /** Milliseconds to add to the instant to get the zone's wall clock at that instant. */
  function offset(zone, epochMillis) {
    const parts = {};
    format(zone).formatToParts(new Date(epochMillis)).forEach(part => { parts[part.type] = part.value; });
    const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
    return wall - Math.floor(epochMillis / 1000) * 1000;
  }

  /** An ISO instant ("...Z") as the zone's wall clock, in FullCalendar's floating form. */
  function toWall(zone, instant) {
    const millis = new Date(instant).getTime();
    return new Date(millis + offset(zone, millis)).toISOString().slice(0, 19);
  }

  /**
   * A floating Date (wall clock in UTC fields) as an ISO instant. The second pass settles the
   * offset on either side of a daylight-saving change; a time inside a spring-forward gap
   * moves forward, as clocks do.
   */
  function toInstant(zone, floating) {
    const wall = floating.getTime();
    const first = wall - offset(zone, wall);
    return new Date(wall - offset(zone, first)).toISOString();
  }

  /** "2030-01-07T10:00" for a datetime-local input, from a floating Date. */
  function toInput(floating) {
    return floating.toISOString().slice(0, 16);
  }

  /** A floating Date from a datetime-local input's value, or null. */
  function fromInput(value) {
    return value ? new Date(value + ':00Z') : null;
  }

  window.KineTime = { toWall, toInstant, toInput, fromInput, now: zone => toWall(zone, new Date().toISOString()) };
})();

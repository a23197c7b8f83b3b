// Draws the pain score of each visit of a case with Chart.js; the table next to it carries the
// same figures for screen readers and for printing.
(function () {
  'use strict';
  const canvas = document.getElementById('pain-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  const rtl = document.documentElement.dir === 'rtl';
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: JSON.parse(canvas.dataset.labels),
      datasets: [{
        label: canvas.dataset.label,
        data: JSON.parse(canvas.dataset.values),
        borderColor: '#0b4f8a',
        backgroundColor: '#0b4f8a',
        tension: 0.2
      }]
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: {reverse: rtl},
        y: {min: 0, max: 10, ticks: {stepSize: 1}, position: rtl ? 'right' : 'left'}
      },
      plugins: {legend: {display: false}, tooltip: {rtl: rtl}}
    }
  });
  canvas.dataset.drawn = 'true';
}());

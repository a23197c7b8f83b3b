// Draws the dashboard's chart from the JSON the server put in #kpi-chart-data. The same
// numbers are in the table below the chart, for screen readers and for copying.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('kpi-chart');
  var source = document.getElementById('kpi-chart-data');
  if (!canvas || !source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var colours = ['#0d6efd', '#dc3545', '#fd7e14', '#198754'];
  var datasets = data.rates.map(function (rate, i) {
    return {type: 'line', label: rate.label, data: rate.data, borderColor: colours[i], backgroundColor: colours[i],
      yAxisID: 'rates', spanGaps: true, tension: 0.2};
  });
  datasets.push({type: 'bar', label: data.newPatients.label, data: data.newPatients.data,
    backgroundColor: 'rgba(108, 117, 125, 0.35)', yAxisID: 'patients'});
  new Chart(canvas, {
    data: {labels: data.labels, datasets: datasets},
    options: {
      animation: false,
      locale: document.documentElement.lang,
      plugins: {legend: {rtl: data.rtl, position: 'bottom'}, tooltip: {rtl: data.rtl}},
      scales: {
        x: {reverse: data.rtl},
        rates: {type: 'linear', position: data.rtl ? 'right' : 'left', min: 0, ticks: {callback: function (v) { return v + ' %'; }}},
        patients: {type: 'linear', position: data.rtl ? 'left' : 'right', min: 0, grid: {drawOnChartArea: false},
          ticks: {precision: 0}}
      }
    }
  });
});

// The revenue chart: invoiced and collected per month, from #revenue-chart-data.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('revenue-chart');
  var source = document.getElementById('revenue-chart-data');
  if (!canvas || !source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: 'bar',
    data: {labels: data.labels, datasets: [
      {label: data.invoiced.label, data: data.invoiced.data, backgroundColor: '#0d6efd'},
      {label: data.collected.label, data: data.collected.data, backgroundColor: '#198754'}
    ]},
    options: {
      animation: false,
      locale: document.documentElement.lang,
      plugins: {legend: {rtl: data.rtl, position: 'bottom'}, tooltip: {rtl: data.rtl}},
      scales: {x: {reverse: data.rtl}, y: {position: data.rtl ? 'right' : 'left'}}
    }
  });
});

// Revenue per month of each top service (stacked), and per practitioner, from #revenue-chart-data.
document.addEventListener('DOMContentLoaded', function () {
  var source = document.getElementById('revenue-chart-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var options = {
    animation: false,
    locale: document.documentElement.lang,
    plugins: {legend: {rtl: data.rtl, position: 'bottom'}, tooltip: {rtl: data.rtl}},
    scales: {x: {reverse: data.rtl}, y: {position: data.rtl ? 'right' : 'left'}}
  };
  var colours = ['#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#dc3545', '#20c997', '#ffc107', '#0dcaf0',
    '#6c757d', '#d63384'];
  var services = document.getElementById('revenue-services-chart');
  if (services && data.services && data.services.length) {
    new Chart(services, {
      type: 'bar',
      data: {labels: data.labels, datasets: data.services.map(function (service, i) {
        return {label: service.label, data: service.data, backgroundColor: colours[i % colours.length]};
      })},
      options: Object.assign({}, options, {scales: {x: {reverse: data.rtl, stacked: true},
        y: {position: data.rtl ? 'right' : 'left', stacked: true}}})
    });
  }
  var practitioners = document.getElementById('revenue-practitioners-chart');
  if (practitioners && data.practitioners && data.practitioners.labels.length) {
    new Chart(practitioners, {
      type: 'bar',
      data: {labels: data.practitioners.labels, datasets: [
        {label: data.invoiced.label, data: data.practitioners.invoiced, backgroundColor: '#0d6efd'},
        {label: data.collected.label, data: data.practitioners.collected, backgroundColor: '#198754'},
        {label: data.practitioners.outstandingLabel, data: data.practitioners.outstanding, backgroundColor: '#fd7e14'}
      ]},
      options: options
    });
  }
});

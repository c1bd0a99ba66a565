// Draws every <canvas data-chart="..."> with Chart.js (see Features/Shared/_Chart.cshtml).
// The figures are also in a table beside the chart, so nothing is lost without JavaScript.
(function () {
    if (typeof Chart === 'undefined') { return; }
    var palette = ['#1f5f8b', '#c05621', '#2f855a', '#6b46c1', '#b83280', '#4a5568', '#b7791f'];
    var locale = document.documentElement.lang || 'en';

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var spec = JSON.parse(canvas.getAttribute('data-chart'));
        var stacked = spec.kind === 'stackedbar';
        var format = function (v) {
            return spec.percent
                ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(v)
                : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v);
        };
        var valueAxis = { beginAtZero: true, stacked: stacked, ticks: { callback: format } };
        var labelAxis = { stacked: stacked };
        new Chart(canvas, {
            type: spec.kind === 'line' ? 'line' : 'bar',
            data: {
                labels: spec.labels,
                datasets: spec.series.map(function (s, i) {
                    var colour = palette[i % palette.length];
                    return { label: s.name, data: s.values, backgroundColor: colour, borderColor: colour };
                })
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                indexAxis: spec.horizontal ? 'y' : 'x',
                animation: false,
                plugins: {
                    legend: { display: spec.series.length > 1, position: 'bottom' },
                    tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + format(c.raw); } } }
                },
                scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis }
            }
        });
    });
})();

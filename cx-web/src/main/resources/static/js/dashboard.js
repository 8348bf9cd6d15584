/*
 * Dashboard enhancements; every number is readable without them. Draws a Chart.js chart for each canvas marked
 * data-cx-chart from the rows of the accessible table it names (data-label, data-value), folds those tables away,
 * submits the filter form as soon as a choice changes, and wires the print button.
 */
(function () {
    'use strict';
    document.documentElement.classList.add('cx-js');

    var language = document.documentElement.lang || 'en';
    var accent = '#4f46e5';

    function rowsOf(table) {
        return Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
    }

    function valueIn(row, attribute) {
        var value = row.getAttribute(attribute);
        return value === null || value === '' ? null : Number(value);
    }

    function draw(canvas) {
        var table = document.getElementById(canvas.getAttribute('data-cx-table'));
        if (!table || !window.Chart) {
            return;
        }
        // a table may carry several series: a canvas with data-cx-field="nps" reads data-nps and data-nps-count
        var field = canvas.getAttribute('data-cx-field');
        var valueAttribute = field ? 'data-' + field : 'data-value';
        var countAttribute = field ? 'data-' + field + '-count' : 'data-count';
        function valueOf(row) {
            return valueIn(row, valueAttribute);
        }
        var type = canvas.getAttribute('data-cx-chart');
        var horizontal = type === 'bar';
        // a bar chart leaves out entries without the figure; a line chart keeps its gaps in time
        var rows = rowsOf(table).filter(function (row) { return !horizontal || valueOf(row) !== null; });
        if (horizontal) {
            canvas.parentElement.style.height = Math.max(160, rows.length * 34 + 56) + 'px';
        }
        var format = new Intl.NumberFormat(language, {maximumFractionDigits: 1});
        var reliable = Number(canvas.getAttribute('data-cx-reliable') || 0);
        var unit = canvas.getAttribute('data-cx-unit') ? ' ' + canvas.getAttribute('data-cx-unit') : '';
        function tick(value, index, ticks) {
            var text = ticks ? window.Chart.Ticks.formatters.numeric.call(this, value, index, ticks) : format.format(value);
            return text + unit;
        }
        // one week or month with a figure: centre its point on the metric's whole scale instead of a line to nowhere
        // on an axis zoomed around one value
        var single = !horizontal && rows.filter(function (row) { return valueOf(row) !== null; }).length === 1;
        var range = (canvas.getAttribute('data-cx-range') || '').split(',').map(Number);
        var xScale = {grid: {display: horizontal}, beginAtZero: horizontal,
            ticks: horizontal ? {callback: tick} : {autoSkip: true, maxRotation: 0}};
        var yScale = {grid: {display: !horizontal}, ticks: horizontal ? {} : {callback: tick}};
        if (single) {
            xScale.offset = true;
        }
        if (single && range.length === 2 && !isNaN(range[0]) && !isNaN(range[1])) {
            yScale.min = range[0];
            yScale.max = range[1];
        }
        new window.Chart(canvas, {
            type: type,
            data: {
                labels: rows.map(function (row) { return row.getAttribute('data-label'); }),
                datasets: [{
                    label: canvas.getAttribute('data-cx-series'),
                    data: rows.map(valueOf),
                    borderColor: accent,
                    backgroundColor: horizontal ? rows.map(function (row) {
                        return row.hasAttribute('data-cx-unreliable') ? '#c7d2fe' : accent;
                    }) : 'rgba(79, 70, 229, .12)',
                    fill: !horizontal,
                    tension: .25,
                    cubicInterpolationMode: 'monotone',
                    pointRadius: horizontal ? 0 : (single ? 6 : 3),
                    pointBackgroundColor: rows.map(function (row) {
                        var count = Number(row.getAttribute(countAttribute));
                        return count > 0 && count < reliable ? '#ffffff' : accent;
                    }),
                    spanGaps: false,
                    clip: single ? false : undefined
                }]
            },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                locale: language,
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: {display: false},
                    tooltip: {callbacks: {label: function (item) {
                        var count = rows[item.dataIndex].getAttribute(countAttribute);
                        return tick(item.parsed[horizontal ? 'x' : 'y']) + (count ? ' (n = ' + count + ')' : '');
                    }}}
                },
                scales: {
                    x: xScale,
                    y: yScale
                }
            }
        });
        var details = table.closest('details');
        if (details) {
            details.removeAttribute('open');
        }
    }

    document.querySelectorAll('canvas[data-cx-chart]').forEach(draw);

    // Narrows the touchpoint choices to the chosen stage at once, so a stage and a touchpoint of another stage are never
    // sent together; the server narrows the same way for a browser without JavaScript.
    function narrowTouchpoints(form) {
        var stage = form.querySelector('select[name=stage]');
        var touchpoint = form.querySelector('select[name=touchpoint]');
        if (!stage || !touchpoint) {
            return;
        }
        touchpoint.querySelectorAll('optgroup[data-cx-stage]').forEach(function (group) {
            var fits = !stage.value || group.getAttribute('data-cx-stage') === stage.value;
            group.hidden = !fits;
            group.disabled = !fits;
            if (!fits && group.querySelector('option:checked')) {
                touchpoint.value = '';
            }
        });
    }

    document.querySelectorAll('form[data-cx-live]').forEach(function (form) {
        var preset = form.querySelector('select[name=period]');
        var stageSelect = form.querySelector('select[name=stage]');
        if (stageSelect) {
            stageSelect.addEventListener('change', function () {
                narrowTouchpoints(form);
            });
        }
        form.querySelectorAll('select').forEach(function (select) {
            select.addEventListener('change', function () {
                if (select !== preset || select.value !== 'custom') {
                    form.requestSubmit();
                }
            });
        });
        form.querySelectorAll('[data-cx-custom]').forEach(function (input) {
            input.addEventListener('change', function () {
                if (preset) {
                    preset.value = 'custom';
                }
            });
        });
    });

    document.querySelectorAll('[data-cx-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
})();

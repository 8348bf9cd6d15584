// Progressive enhancement for the journey map editor: moves (arrow buttons, dragging stages) are saved in the
// background and shown at once, without reloading the page. Without JavaScript the same forms post and redirect.
(function () {
    'use strict';
    var map = document.querySelector('.cx-editor');
    if (!map || !window.fetch) {
        return;
    }
    var csrf = map.querySelector('input[name="_csrf"]');

    function post(url, body) {
        return fetch(url, {
            method: 'POST',
            body: body,
            headers: {'X-Requested-With': 'fetch'},
            credentials: 'same-origin'
        }).then(function (response) {
            if (response.status !== 204) {
                throw new Error('Not saved: ' + response.status);
            }
        });
    }

    function refresh() {
        map.querySelectorAll('.cx-stage').forEach(function (stage, index, stages) {
            stage.querySelector('.cx-stage-step').textContent = String(index + 1);
            var moves = stage.querySelectorAll('.cx-stage-tools .cx-move button');
            if (moves.length === 2) {
                moves[0].disabled = index === 0;
                moves[1].disabled = index === stages.length - 1;
            }
            var cards = stage.querySelectorAll('.cx-card-edit');
            cards.forEach(function (card, i) {
                var buttons = card.querySelectorAll('.cx-move button');
                if (buttons.length === 2) {
                    buttons[0].disabled = i === 0;
                    buttons[1].disabled = i === cards.length - 1;
                }
            });
        });
    }

    function moveElement(element, steps) {
        if (steps < 0 && element.previousElementSibling) {
            element.parentNode.insertBefore(element, element.previousElementSibling);
        } else if (steps > 0 && element.nextElementSibling && element.nextElementSibling.matches(element.tagName)) {
            element.parentNode.insertBefore(element.nextElementSibling, element);
        }
    }

    map.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList.contains('cx-move')) {
            return;
        }
        event.preventDefault();
        var element = form.closest('.cx-card-edit') || form.closest('.cx-stage');
        var steps = Number(form.querySelector('input[name="steps"]').value);
        post(form.action, new FormData(form)).then(function () {
            moveElement(element, steps);
            refresh();
            var same = form.querySelector('button');
            (same.disabled ? element.querySelector('.cx-move button:not([disabled])') : same).focus();
        }).catch(function () {
            form.submit();
        });
    });

    var dragged = null;
    map.querySelectorAll(':scope > .cx-stage').forEach(function (stage) {
        stage.setAttribute('draggable', 'true');
        stage.addEventListener('dragstart', function (event) {
            dragged = stage;
            stage.classList.add('cx-dragging');
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', stage.dataset.stageId);
        });
        stage.addEventListener('dragend', function () {
            stage.classList.remove('cx-dragging');
            map.querySelectorAll('.cx-drop-target').forEach(function (s) { s.classList.remove('cx-drop-target'); });
        });
        stage.addEventListener('dragover', function (event) {
            if (dragged && dragged !== stage) {
                event.preventDefault();
                stage.classList.add('cx-drop-target');
            }
        });
        stage.addEventListener('dragleave', function () {
            stage.classList.remove('cx-drop-target');
        });
        stage.addEventListener('drop', function (event) {
            event.preventDefault();
            stage.classList.remove('cx-drop-target');
            if (!dragged || dragged === stage) {
                return;
            }
            var stages = Array.prototype.slice.call(map.children);
            var before = stages.indexOf(dragged) > stages.indexOf(stage) ? stage : stage.nextElementSibling;
            map.insertBefore(dragged, before);
            refresh();
            var order = Array.prototype.map.call(map.children, function (s) { return s.dataset.stageId; }).join(',');
            var body = new FormData();
            body.append('order', order);
            if (csrf) {
                body.append('_csrf', csrf.value);
            }
            post(map.dataset.orderUrl, body).catch(function () {
                window.location.reload();
            });
        });
    });
}());

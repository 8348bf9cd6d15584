// Progressive enhancement for the journey map editor: moves (arrow buttons, dragging stages and touchpoint cards)
// are saved in the background and shown at once, without reloading the page. Without JavaScript the arrow buttons
// are plain forms that post and redirect; with a keyboard they work the same way as with a mouse.
(function () {
    'use strict';
    var map = document.querySelector('.cx-editor');
    if (!map || !window.fetch || map.dataset.editable !== 'true') {
        return;
    }
    var csrf = map.querySelector('input[name="_csrf"]');

    function post(url, body) {
        if (csrf && !body.has('_csrf')) {
            body.append('_csrf', csrf.value);
        }
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
        map.querySelectorAll(':scope > .cx-stage').forEach(function (stage, index, stages) {
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
        var next = element.nextElementSibling;
        if (steps < 0 && element.previousElementSibling) {
            element.parentNode.insertBefore(element, element.previousElementSibling);
        } else if (steps > 0 && next && next.matches(element.tagName)) {
            element.parentNode.insertBefore(next, element);
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

    // Dragging: a stage is dropped onto another stage's column; a card onto a stage's list of cards, before the card
    // under the pointer or last. Each drop posts the new place; a failure reloads the page to show what is stored.
    var dragged = null;

    function clearTargets() {
        map.querySelectorAll('.cx-drop-target').forEach(function (e) { e.classList.remove('cx-drop-target'); });
    }

    function startDrag(element, event) {
        dragged = element;
        element.classList.add('cx-dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', element.dataset.stageId || element.dataset.cardId);
        event.stopPropagation();
    }

    function endDrag() {
        if (dragged) {
            dragged.classList.remove('cx-dragging');
        }
        dragged = null;
        clearTargets();
    }

    function dropStage(stage) {
        var stages = Array.prototype.slice.call(map.children);
        var before = stages.indexOf(dragged) > stages.indexOf(stage) ? stage : stage.nextElementSibling;
        map.insertBefore(dragged, before);
        refresh();
        var body = new FormData();
        body.append('order', Array.prototype.map.call(map.children, function (s) { return s.dataset.stageId; }).join(','));
        post(map.dataset.orderUrl, body).catch(function () { window.location.reload(); });
    }

    function dropCard(list, overCard) {
        var card = dragged;
        var add = list.querySelector(':scope > a');
        list.insertBefore(card, overCard && overCard !== card ? overCard : add);
        refresh();
        var index = Array.prototype.indexOf.call(list.querySelectorAll(':scope > .cx-card-edit'), card);
        var body = new FormData();
        body.append('stage', list.closest('.cx-stage').dataset.stageId);
        body.append('index', String(index));
        post(map.dataset.base + '/touchpoints/' + card.dataset.cardId + '/place', body)
            .catch(function () { window.location.reload(); });
    }

    map.querySelectorAll(':scope > .cx-stage').forEach(function (stage) {
        stage.setAttribute('draggable', 'true');
        stage.addEventListener('dragstart', function (event) {
            if (event.target === stage) {
                startDrag(stage, event);
            }
        });
        stage.addEventListener('dragend', endDrag);
        stage.addEventListener('dragover', function (event) {
            if (!dragged) {
                return;
            }
            var list = stage.querySelector('.cx-stage-cards');
            if (dragged.classList.contains('cx-card-edit') && list) {
                event.preventDefault();
                clearTargets();
                list.classList.add('cx-drop-target');
            } else if (dragged !== stage && dragged.classList.contains('cx-stage')) {
                event.preventDefault();
                stage.classList.add('cx-drop-target');
            }
        });
        stage.addEventListener('dragleave', function (event) {
            if (!stage.contains(event.relatedTarget)) {
                stage.classList.remove('cx-drop-target');
            }
        });
        stage.addEventListener('drop', function (event) {
            event.preventDefault();
            var target = dragged;
            clearTargets();
            if (!target) {
                return;
            }
            if (target.classList.contains('cx-card-edit')) {
                dropCard(stage.querySelector('.cx-stage-cards'), event.target.closest && event.target.closest('.cx-card-edit'));
            } else if (target !== stage) {
                dropStage(stage);
            }
        });
    });
    map.querySelectorAll('.cx-card-edit').forEach(function (card) {
        card.setAttribute('draggable', 'true');
        card.addEventListener('dragstart', function (event) {
            startDrag(card, event);
        });
        card.addEventListener('dragend', function (event) {
            event.stopPropagation();
            endDrag();
        });
    });
}());

/*
 * CX Loop website survey widget, v1. Paste into a page:
 *   <script src="https://cx.example.com/widget/v1/cxloop.js" async
 *           data-key="cxp_..." data-customer="CUSTOMER-EXTERNAL-ID" data-touchpoint="web-checkout"
 *           data-survey="NPS" data-trigger="load"></script>
 * data-survey: NPS, CSAT or CES. data-trigger: "load" (page view), "delay:N" (after N seconds) or "event:NAME"
 * (when the page dispatches document.dispatchEvent(new Event("NAME"))). data-lang: en or es (default: the page's).
 * Plain JavaScript, no third-party code, no cookies; styles are set through the CSSOM, so pages with a strict
 * Content-Security-Policy (no 'unsafe-inline') can host it. The card is a non-modal, labelled region that keyboard
 * and screen-reader users can answer or close (Escape).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.cxloopWidgetLoaded) {
    return;
  }
  window.cxloopWidgetLoaded = true;

  var attr = function (name, fallback) {
    var value = script.getAttribute('data-' + name);
    return value === null || value === '' ? fallback : value;
  };
  var base = new URL(script.src, document.baseURI).origin;
  var key = attr('key', '');
  var customer = attr('customer', '');
  var touchpoint = attr('touchpoint', '');
  var survey = attr('survey', 'NPS').toUpperCase();
  var trigger = attr('trigger', 'load');
  var lang = attr('lang', document.documentElement.lang || navigator.language || 'en');
  var dismissedKey = 'cxloop-dismissed:' + customer;
  var started = false;

  if (!key || !customer || !touchpoint) {
    return;
  }

  function dismissedRecently() {
    try {
      var at = Number(window.localStorage.getItem(dismissedKey) || 0);
      return Date.now() - at < 7 * 24 * 3600 * 1000;
    } catch (e) {
      return false;
    }
  }

  function rememberDismissal() {
    try {
      window.localStorage.setItem(dismissedKey, String(Date.now()));
    } catch (e) {
      // Storage may be blocked; the card then simply may come back on a later page.
    }
  }

  function query(params) {
    return Object.keys(params).map(function (name) {
      return encodeURIComponent(name) + '=' + encodeURIComponent(params[name]);
    }).join('&');
  }

  function start() {
    if (started || dismissedRecently()) {
      return;
    }
    started = true;
    fetch(base + '/widget/v1/eligibility?' + query({ key: key, customer: customer, type: survey, lang: lang }),
      { mode: 'cors', credentials: 'omit' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (texts) {
        if (texts && texts.ask) {
          show(texts);
        }
      })
      .catch(function () { /* CX Loop unreachable or the origin not allowed: stay hidden. */ });
  }

  function el(tag, css, text) {
    var node = document.createElement(tag);
    if (css) {
      node.style.cssText = css;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  var FONT = 'font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;';
  var BUTTON = 'cursor:pointer;border-radius:6px;' + FONT;

  function show(texts) {
    var id = 'cxloop-' + Math.random().toString(36).slice(2);
    var card = el('section', 'position:fixed;right:16px;bottom:16px;z-index:2147483000;box-sizing:border-box;' +
      'width:min(380px,calc(100vw - 32px));background:#fff;border:1px solid #c9d1d9;border-radius:12px;' +
      'box-shadow:0 8px 28px rgba(0,0,0,.18);padding:16px;' + FONT);
    card.setAttribute('data-cxloop-widget', '');
    card.setAttribute('role', 'region');
    card.setAttribute('aria-labelledby', id + '-q');

    var close = el('button', BUTTON + 'position:absolute;top:6px;right:6px;border:0;background:transparent;' +
      'font-size:22px;line-height:1;padding:4px 8px;color:#57606a;', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', texts.close);
    card.appendChild(close);

    card.appendChild(el('p', 'margin:0 28px 4px 0;font-size:13px;color:#57606a;', texts.title));
    var question = el('h2', 'margin:0 28px 12px 0;font-size:16px;font-weight:600;', texts.question);
    question.id = id + '-q';
    card.appendChild(question);

    var scale = el('div', 'display:flex;flex-wrap:wrap;gap:4px;');
    scale.setAttribute('role', 'group');
    scale.setAttribute('aria-labelledby', id + '-q');
    scale.setAttribute('aria-describedby', id + '-scale');
    var chosen = null;
    var buttons = [];
    for (var score = texts.min; score <= texts.max; score++) {
      var button = el('button', BUTTON + 'flex:1 1 0;min-width:0;min-height:36px;border:1px solid #8c959f;' +
        'background:#f6f8fa;padding:4px 0;', String(score));
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.setAttribute('data-score', String(score));
      button.addEventListener('click', choose);
      buttons.push(button);
      scale.appendChild(button);
    }
    card.appendChild(scale);
    var ends = el('div', 'display:flex;justify-content:space-between;margin:4px 0 12px;font-size:12px;color:#57606a;');
    ends.id = id + '-scale';
    ends.appendChild(el('span', '', texts.min + ' = ' + texts.low));
    ends.appendChild(el('span', 'text-align:right;', texts.max + ' = ' + texts.high));
    card.appendChild(ends);

    var label = el('label', 'display:block;margin-bottom:4px;font-size:14px;', texts.comment);
    label.htmlFor = id + '-c';
    var comment = el('textarea', 'box-sizing:border-box;width:100%;min-height:64px;border:1px solid #8c959f;' +
      'border-radius:6px;padding:6px;resize:vertical;' + FONT);
    comment.id = id + '-c';
    comment.maxLength = 2000;
    card.appendChild(label);
    card.appendChild(comment);

    var send = el('button', BUTTON + 'margin-top:10px;width:100%;min-height:40px;border:0;background:#0b5cad;' +
      'color:#fff;font-weight:600;', texts.send);
    send.type = 'button';
    send.disabled = true;
    card.appendChild(send);
    var status = el('p', 'margin:8px 0 0;font-size:14px;');
    status.setAttribute('role', 'status');
    card.appendChild(status);

    function choose(event) {
      chosen = Number(event.currentTarget.getAttribute('data-score'));
      buttons.forEach(function (b) {
        var on = Number(b.getAttribute('data-score')) === chosen;
        b.setAttribute('aria-pressed', on ? 'true' : 'false');
        b.style.background = on ? '#0b5cad' : '#f6f8fa';
        b.style.color = on ? '#fff' : '#1b1f24';
      });
      send.disabled = false;
    }

    function dismiss() {
      rememberDismissal();
      document.removeEventListener('keydown', onKey);
      card.remove();
    }

    function onKey(event) {
      if (event.key === 'Escape') {
        dismiss();
      }
    }

    var answerId = (window.crypto && window.crypto.randomUUID) ? window.crypto.randomUUID()
      : String(Date.now()) + Math.random().toString(36).slice(2);
    send.addEventListener('click', function () {
      if (chosen === null) {
        return;
      }
      send.disabled = true;
      fetch(base + '/widget/v1/responses?' + query({ key: key }), {
        method: 'POST', mode: 'cors', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ customer: customer, touchpoint: touchpoint, surveyType: survey, score: chosen,
          comment: comment.value, answerId: answerId })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        while (card.childNodes.length > 1) {
          card.removeChild(card.lastChild);
        }
        var thanks = el('p', 'margin:4px 28px 4px 0;font-weight:600;', texts.thanks);
        thanks.setAttribute('role', 'status');
        card.appendChild(thanks);
        setTimeout(dismiss, 6000);
      }).catch(function () {
        status.textContent = texts.failed;
        send.disabled = false;
      });
    });
    close.addEventListener('click', dismiss);
    document.addEventListener('keydown', onKey);
    document.body.appendChild(card);
  }

  if (trigger.indexOf('delay:') === 0) {
    setTimeout(start, Math.max(0, Number(trigger.slice(6)) || 0) * 1000);
  } else if (trigger.indexOf('event:') === 0) {
    document.addEventListener(trigger.slice(6), start);
  } else if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
}());

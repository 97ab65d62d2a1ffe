/*
 * The what-if page, live: each side's inputs show only what its scenario uses; moving a slider or changing a value
 * asks the side's figures from /sellers/{id}/scenarios/figures (JSON: sentences, table and chart already in the
 * reader's language) and redraws that side without reloading; the address, the link to copy and the table
 * downloads follow, so the link reopens the same scenarios. Without this script the form reloads the page.
 */
(function () {
  'use strict';
  var form = document.getElementById('scenario-form');
  if (!form) {
    return;
  }
  var figuresUrl = form.getAttribute('data-figures');
  var pagePath = form.getAttribute('data-page');
  var texts = document.getElementById('scenario-texts');
  var locale = document.documentElement.lang || 'en';
  var colours = ['#c2572b', '#2f6f73'];
  var sides = Array.prototype.slice.call(form.querySelectorAll('.scenario-side')).map(function (section) {
    return {section: section, prefix: section.getAttribute('data-prefix') || '', chart: null, asked: 0, timer: null};
  });
  var link = document.getElementById('scenario-link');
  var compare = document.getElementById('scenario-compare');

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function fieldset(side) { return side.section.querySelector('fieldset'); }

  function shown(side) { return !side.section.hidden; }

  function choice(side) { return side.section.querySelector('select[data-input=scenario]').value; }

  /** Shows the inputs the side's scenario uses, hides (and leaves out of the address) the others. */
  function showInputs(side) {
    var chosen = choice(side);
    each(side.section.querySelectorAll('.scenario-input'), function (label) {
      label.hidden = (' ' + label.getAttribute('data-for') + ' ').indexOf(' ' + chosen + ' ') < 0;
    });
  }

  /** A slider's value beside it: "30 days", "20 %". */
  function showValue(input) {
    var output = input.parentNode.querySelector('output');
    if (!output) {
      return;
    }
    var v = input.value;
    var none = output.getAttribute('data-none');
    var one = output.getAttribute('data-one');
    var pattern = v === '0' && none ? none : v === '1' && one ? one : output.getAttribute('data-many');
    output.textContent = pattern.replace('{0}', Number(v).toLocaleString(locale));
  }

  /** The side's own parameters, without prefix, and the period's: what its figures are asked with. */
  function sideQuery(side) {
    var query = new URLSearchParams();
    each(form.querySelectorAll('input[type=hidden][name]'), function (input) { query.set(input.name, input.value); });
    each(side.section.querySelectorAll('[data-input]'), function (input) {
      var label = input.closest('.scenario-input');
      if (!label || !label.hidden) {
        query.set(input.getAttribute('data-input'), input.value);
      }
    });
    return query;
  }

  /** The whole page's parameters: both sides (the second prefixed b.) when it is shown. */
  function pageQuery() {
    var query = new URLSearchParams();
    each(form.querySelectorAll('input[type=hidden][name]'), function (input) { query.set(input.name, input.value); });
    sides.forEach(function (side) {
      if (!shown(side)) {
        return;
      }
      sideQuery(side).forEach(function (value, name) {
        if (['from', 'to', 'currency'].indexOf(name) < 0) {
          query.set(side.prefix + name, value);
        }
      });
    });
    return query;
  }

  function updateAddress() {
    var address = pagePath + '?' + pageQuery().toString();
    history.replaceState(null, '', address);
    link.value = location.origin + address;
  }

  function setText(el, text) { el.textContent = text == null ? '' : text; }

  function cell(tag, text, numeric) {
    var el = document.createElement(tag);
    setText(el, text);
    if (numeric) {
      el.className = 'num';
    }
    return el;
  }

  function monthLabel(isoDay) {
    var parts = isoDay.split('-');
    var day = Number(parts[2]);
    var date = new Date(Number(parts[0]), Number(parts[1]) - 1, day);
    return date.toLocaleDateString(locale, day === 1 ? {month: 'short', year: 'numeric'}
      : {day: 'numeric', month: 'short', year: 'numeric'});
  }

  function draw(side, data) {
    var el = side.section.querySelector('.scenario-chart');
    if (!el || typeof echarts === 'undefined' || !data || !data.months) {
      return;
    }
    var money = new Intl.NumberFormat(locale, {style: 'currency', currency: data.currency});
    var axis = new Intl.NumberFormat(locale, {style: 'currency', currency: data.currency, maximumFractionDigits: 0});
    side.chart = side.chart || echarts.init(el);
    side.chart.setOption({
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return money.format(v); }},
      legend: {bottom: 0},
      grid: {left: 8, right: 16, top: 16, bottom: 40, containLabel: true},
      xAxis: {type: 'category', data: data.months.map(monthLabel)},
      yAxis: {type: 'value', axisLabel: {formatter: function (v) { return axis.format(v); }}},
      series: data.series.map(function (s, i) {
        return {name: s.name, type: s.type, data: s.data, barMaxWidth: 28, itemStyle: {color: colours[i % colours.length]}};
      })
    }, true);
    side.chart.resize();
  }

  function showError(side, message) {
    var error = side.section.querySelector('.scenario-error');
    setText(error, message);
    error.hidden = false;
    each(side.section.querySelectorAll('.scenario-result, .scenario-chart-card, .channels-after-card'), function (el) {
      el.hidden = true;
    });
  }

  function risk(badge, level, label) {
    badge.className = badge.className.replace(/\brisk-[A-Z]+\b/g, '').trim() + (level ? ' risk-' + level : '');
    setText(badge, label);
  }

  function render(side, view, query) {
    var s = side.section;
    s.querySelector('.scenario-error').hidden = true;
    var result = s.querySelector('.scenario-result');
    result.hidden = false;
    result.setAttribute('data-kind', view.kind);
    result.className = result.className.replace(/\brisk-border-[A-Z]+\b/g, '').trim()
      + (view.riskBefore ? ' risk-border-' + view.riskBefore : '');
    setText(s.querySelector('.scenario-title'), view.title);
    s.querySelector('.risk-badges').hidden = !view.riskBefore;
    risk(s.querySelector('.risk-before'), view.riskBefore, view.riskBeforeLabel);
    risk(s.querySelector('.risk-after'), view.riskAfter, view.riskAfterLabel);
    s.querySelector('.risk-change').hidden = view.riskAfter === view.riskBefore;
    var sentences = s.querySelector('.scenario-sentences');
    sentences.textContent = '';
    view.sentences.forEach(function (text, i) {
      var p = cell('p', text);
      if (i === 2) {
        p.className = 'risk-sentence';
      }
      sentences.appendChild(p);
    });
    view.notes.forEach(function (text) {
      var p = cell('p', text);
      p.className = 'hint';
      sentences.appendChild(p);
    });

    s.querySelector('.scenario-chart-card').hidden = false;
    var months = s.querySelector('.scenario-months');
    var head = months.querySelector('thead tr');
    while (head.children.length > 1) {
      head.removeChild(head.lastChild);
    }
    view.columns.forEach(function (c) { head.appendChild(cell('th', c, true)); });
    var body = months.querySelector('tbody');
    body.textContent = '';
    view.months.forEach(function (m) {
      var tr = document.createElement('tr');
      tr.appendChild(cell('td', m.month));
      tr.appendChild(cell('td', m.first, true));
      tr.appendChild(cell('td', m.second, true));
      body.appendChild(tr);
    });

    var after = s.querySelector('.channels-after-card');
    after.hidden = view.channelsAfter.length === 0;
    var afterBody = after.querySelector('tbody');
    afterBody.textContent = '';
    view.channelsAfter.forEach(function (c) {
      var tr = document.createElement('tr');
      tr.appendChild(cell('td', c.name));
      tr.appendChild(cell('td', c.kindLabel));
      tr.appendChild(cell('td', c.revenue, true));
      tr.appendChild(cell('td', c.share, true));
      afterBody.appendChild(tr);
    });
    each(s.querySelectorAll('a.download'), function (a) {
      a.href = pagePath + '?' + query + '&table=' + a.getAttribute('data-table') + '&export=' + a.getAttribute('data-export');
    });
    draw(side, view.chart);
  }

  /** Asks the side's figures; an answer that arrives after a newer question is dropped. */
  function update(side) {
    var asked = ++side.asked;
    side.section.setAttribute('aria-busy', 'true');
    fetch(figuresUrl + '?' + sideQuery(side).toString(), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        return response.json().then(function (body) { return {ok: response.ok, body: body}; });
      })
      .then(function (answer) {
        if (asked !== side.asked) {
          return;
        }
        if (answer.ok) {
          render(side, answer.body.view, answer.body.query);
        } else {
          showError(side, answer.body.error || texts.getAttribute('data-failed'));
        }
      })
      .catch(function () {
        if (asked === side.asked) {
          showError(side, texts.getAttribute('data-failed'));
        }
      })
      .then(function () {
        if (asked === side.asked) {
          side.section.removeAttribute('aria-busy');
          side.section.setAttribute('data-updated', String(asked));
        }
      });
  }

  function later(side) {
    clearTimeout(side.timer);
    side.timer = setTimeout(function () { update(side); }, 180);
  }

  function legends() {
    var comparing = sides.every(shown);
    sides.forEach(function (side, i) {
      setText(side.section.querySelector('legend'),
        texts.getAttribute(comparing ? (i === 0 ? 'data-side-a' : 'data-side-b') : 'data-side-one'));
    });
    form.querySelector('.scenario-sides').classList.toggle('comparing', comparing);
    compare.hidden = comparing;
  }

  function setShown(side, on) {
    side.section.hidden = !on;
    fieldset(side).disabled = !on;
    legends();
    updateAddress();
    if (on) {
      update(side);
    }
  }

  sides.forEach(function (side) {
    each(side.section.querySelectorAll('.scenario-show'), function (button) { button.hidden = true; });
    side.section.addEventListener('input', function (event) {
      if (event.target.type === 'range') {
        showValue(event.target);
      }
      if (event.target.matches('[data-input]')) {
        updateAddress();
        later(side);
      }
    });
    side.section.addEventListener('change', function (event) {
      if (event.target.matches('select[data-input=scenario]')) {
        showInputs(side);
      }
      if (event.target.matches('[data-input]')) {
        updateAddress();
        clearTimeout(side.timer);
        update(side);
      }
    });
    var remove = side.section.querySelector('.scenario-remove');
    if (remove) {
      remove.addEventListener('click', function (event) {
        event.preventDefault();
        setShown(side, false);
      });
    }
    if (shown(side)) {
      update(side);
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    sides.filter(shown).forEach(update);
  });
  compare.addEventListener('click', function (event) {
    event.preventDefault();
    setShown(sides[1], true);
    sides[1].section.scrollIntoView({behavior: 'smooth', block: 'nearest'});
  });
  document.getElementById('scenario-copy').addEventListener('click', function () {
    var copied = document.getElementById('scenario-copied');
    var done = function () { copied.hidden = false; setTimeout(function () { copied.hidden = true; }, 4000); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link.value).then(done, function () { link.select(); document.execCommand('copy'); done(); });
    } else {
      link.select();
      document.execCommand('copy');
      done();
    }
  });
  window.addEventListener('resize', function () {
    sides.forEach(function (side) {
      if (side.chart) {
        side.chart.resize();
      }
    });
  });
  updateAddress();
})();

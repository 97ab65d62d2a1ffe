/*
 * Draws an edition's three charts (templates/edition-body.html) from the data the page embeds as JSON:
 * #edition-charts (EditionView.charts(): published figures only) and #edition-labels (the words, in the page's
 * language). Channel market shares as bars, the members' largest platform share as boxes (ECharts boxplot drawn from
 * the published quartiles: [q1, q1, median, q3, q3], no whiskers beyond them), members per risk level as bars where a
 * withheld level is a dashed bar marked x, never a 0.
 */
(function () {
  'use strict';
  var dataEl = document.getElementById('edition-charts');
  var labelsEl = document.getElementById('edition-labels');
  if (!dataEl || !labelsEl || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(dataEl.textContent);
  var labels = JSON.parse(labelsEl.textContent);
  // numbers in the page's language (<html lang>): axes whole, tooltips with cents and the currency
  var lang = document.documentElement.lang || data.locale || 'en';
  var percent = new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 1});
  var wholePercent = new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 0});
  var money = new Intl.NumberFormat(lang, {style: 'currency', currency: data.currency});
  var integer = new Intl.NumberFormat(lang, {maximumFractionDigits: 0});
  // a named channel has its colour of every page (channel-colours.js); a group of channels keeps the kind's colour
  var channelColour = function (item) {
    if (item.name && window.EggbasketColours) { return window.EggbasketColours.forChannel(item.name); }
    return item.platform ? ACCENT : TEAL;
  };
  var INK = '#23201c', MUTED = '#6b645c', ACCENT = '#c2572b', TEAL = '#2f6f73', WITHHELD = '#b9b1a6';
  var RISK = {LOW: '#2e7d4f', MODERATE: '#b8860b', HIGH: '#d2691e', CRITICAL: '#b3261e'};
  var text = function (key) { return labels[key] || key; };
  // a channel's id stays the key of its colour; its name is shown in the page's language
  var namesEl = document.getElementById('edition-channel-names');
  var channelNames = namesEl ? JSON.parse(namesEl.textContent) : {};
  var nameOf = function (item) {
    if (item.name) { return channelNames[item.name] || item.name; }
    return item.kindKey ? text(item.key) + ' (' + text(item.kindKey) + ')' : text(item.key);
  };
  // Axis labels sized to the chart's own width (re-applied when the window is resized): 390 px phones included.
  var width = function (el) { return el.clientWidth || 600; };
  var charts = [];
  var layouts = [];
  var draw = function (el, option, layout) {
    var chart = echarts.init(el);
    chart.setOption(option);
    chart.setOption(layout(width(el)));
    charts.push(chart);
    layouts.push(function () { chart.setOption(layout(width(el))); chart.resize(); });
  };
  var categoryLabels = function (count) {
    return function (w) {
      var each = Math.max(40, Math.floor((w - 60) / count) - 6);
      return {xAxis: {axisLabel: {width: each, overflow: 'break', fontSize: w < 420 ? 10 : 12}}};
    };
  };

  // Channel market shares: one bar per published channel, largest at the top, then the withheld channels together.
  var sharesEl = document.getElementById('chart-shares');
  if (sharesEl && data.shares.length > 0) {
    sharesEl.style.height = Math.max(160, 48 + 32 * data.shares.length) + 'px';
    var shares = data.shares.slice().reverse();
    draw(sharesEl, {
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var s = shares[p.dataIndex];
          return nameOf(s) + '<br>' + percent.format(Number(s.share)) + ' · ' + money.format(Number(s.revenue));
        }
      },
      grid: {left: 8, right: 56, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', min: 0, max: function (v) { return Math.min(1, Math.ceil(v.max * 10) / 10); },
        axisLabel: {formatter: function (v) { return wholePercent.format(v); }, color: MUTED}},
      yAxis: {type: 'category', data: shares.map(nameOf), axisLabel: {color: INK, overflow: 'truncate'}},
      series: [{
        type: 'bar', name: text('edition.chart.share'), barMaxWidth: 22,
        label: {show: true, position: 'right', color: INK, formatter: function (p) { return percent.format(p.value); }},
        data: shares.map(function (s) {
          return {value: Number(s.share), itemStyle: s.withheld
            ? {color: WITHHELD, decal: {symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.55)'}}
            : {color: channelColour(s)}};
        })
      }]
    }, function (w) {
      // narrow: no percentage axis, each bar says its share
      return {yAxis: {axisLabel: {width: Math.min(180, Math.round(w * 0.4))}}, xAxis: {axisLabel: {show: w >= 420}}};
    });
  }

  // The members' largest platform share: a box per group that publishes its quartiles.
  var tpsEl = document.getElementById('chart-tps');
  if (tpsEl && data.quartiles.length > 0) {
    draw(tpsEl, {
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var q = data.quartiles[p.dataIndex];
          return nameOf(q) + '<br>' + text('edition.chart.q1') + ' ' + percent.format(Number(q.q1))
            + '<br>' + text('edition.chart.median') + ' ' + percent.format(Number(q.median))
            + '<br>' + text('edition.chart.q3') + ' ' + percent.format(Number(q.q3))
            + '<br>' + text('edition.chart.members') + ' ' + integer.format(q.sellers);
        }
      },
      grid: {left: 8, right: 16, top: 16, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: data.quartiles.map(nameOf), axisLabel: {color: INK, interval: 0}},
      yAxis: {type: 'value', min: 0, max: 1, axisLabel: {formatter: function (v) { return wholePercent.format(v); }, color: MUTED}},
      series: [{
        type: 'boxplot', name: text('edition.chart.tps'), boxWidth: [16, 56],
        itemStyle: {color: '#f3e3c8', borderColor: ACCENT, borderWidth: 1.5},
        data: data.quartiles.map(function (q) {
          return [Number(q.q1), Number(q.q1), Number(q.median), Number(q.q3), Number(q.q3)];
        })
      }]
    }, categoryLabels(data.quartiles.length));
  }

  // Members per risk level, from the whole cooperative's cell; a withheld level is drawn as such, not as 0.
  var riskEl = document.getElementById('chart-risk');
  if (riskEl && data.risk.length > 0) {
    var known = data.risk.filter(function (r) { return r.count !== null && r.count !== undefined; })
      .map(function (r) { return r.count; });
    var ghost = Math.max(1, Math.max.apply(null, known.concat([0])));
    draw(riskEl, {
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var r = data.risk[p.dataIndex];
          var withheld = r.count === null || r.count === undefined;
          return text(r.key) + '<br>' + (withheld ? 'x — ' + text('edition.chart.withheldLevel')
            : integer.format(r.count) + ' ' + text('edition.chart.members').toLowerCase());
        }
      },
      grid: {left: 8, right: 16, top: 24, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: data.risk.map(function (r) { return text(r.key); }), axisLabel: {color: INK, interval: 0}},
      yAxis: {type: 'value', minInterval: 1, axisLabel: {color: MUTED, formatter: function (v) { return integer.format(v); }}},
      series: [{
        type: 'bar', name: text('edition.chart.members'), barMaxWidth: 48,
        data: data.risk.map(function (r) {
          if (r.count === null || r.count === undefined) {
            return {value: ghost, withheld: true,
              itemStyle: {color: 'rgba(107,100,92,0.10)', borderColor: MUTED, borderType: 'dashed', borderWidth: 1},
              label: {show: true, position: 'inside', color: MUTED, fontWeight: 'bold', formatter: 'x'}};
          }
          return {value: r.count, itemStyle: {color: RISK[r.level]},
            label: {show: true, position: 'top', color: INK, formatter: function (p) { return integer.format(p.value); }}};
        })
      }]
    }, categoryLabels(data.risk.length));
  }

  window.addEventListener('resize', function () {
    layouts.forEach(function (relayout) { relayout(); });
  });
})();

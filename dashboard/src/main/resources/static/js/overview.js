/* Draws the overview charts from the data the page embeds (window.eggbasketCharts). */
(function () {
  'use strict';
  var data = window.eggbasketCharts;
  if (!data || typeof echarts === 'undefined') {
    return;
  }
  var money = new Intl.NumberFormat(data.locale, {style: 'currency', currency: data.currency});
  var wholeMoney = new Intl.NumberFormat(data.locale, {style: 'currency', currency: data.currency, minimumFractionDigits: 0, maximumFractionDigits: 0});
  var percent = new Intl.NumberFormat(data.locale, {style: 'percent', maximumFractionDigits: 1});
  var monthLabel = function (ym) {
    var parts = ym.split('-');
    return new Date(Number(parts[0]), Number(parts[1]) - 1, 1).toLocaleDateString(data.locale, {month: 'short', year: 'numeric'});
  };
  var palette = ['#c2572b', '#2f6f73', '#d9a441', '#5b5f97', '#7a9e7e', '#b5838d', '#6d6875', '#457b9d'];
  // One colour per channel in both charts, given in the order of the shares (largest first).
  var channelOrder = data.shares.map(function (s) { return s.name; });
  data.series.forEach(function (s) {
    if (channelOrder.indexOf(s.name) < 0) { channelOrder.push(s.name); }
  });
  var colourOf = function (name) { return palette[channelOrder.indexOf(name) % palette.length]; };
  // "name" is the channel id (colours, order); "label" the name shown in the page's language
  var labelOf = function (s) { return s.label || s.name; };

  var sharesEl = document.getElementById('chart-shares');
  if (sharesEl && data.shares.length > 0) {
    var total = data.shares.reduce(function (sum, s) { return sum + s.value; }, 0);
    echarts.init(sharesEl).setOption({
      tooltip: {
        trigger: 'item',
        formatter: function (p) { return p.name + '<br>' + money.format(p.value) + ' (' + percent.format(p.value / total) + ')'; }
      },
      legend: {
        bottom: 0, type: 'scroll',
        formatter: function (name) {
          var share = data.shares.filter(function (s) { return labelOf(s) === name; })[0];
          return name + ' ' + percent.format(share ? share.value / total : 0);
        }
      },
      series: [{
        type: 'pie', radius: ['45%', '70%'], center: ['50%', '45%'],
        label: {show: false}, labelLine: {show: false},
        data: data.shares.map(function (s) { return {name: labelOf(s), value: s.value, itemStyle: {color: colourOf(s.name)}}; })
      }]
    });
  }

  var monthlyEl = document.getElementById('chart-monthly');
  if (monthlyEl && data.months.length > 0) {
    echarts.init(monthlyEl).setOption({
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: function (v) { return money.format(v); }},
      legend: {bottom: 0, type: 'scroll'},
      grid: {left: 8, right: 16, top: 16, bottom: 40, containLabel: true},
      xAxis: {type: 'category', data: data.months.map(monthLabel)},
      yAxis: {type: 'value', axisLabel: {formatter: function (v) { return wholeMoney.format(v); }}},
      series: data.series.slice().sort(function (a, b) {
        return channelOrder.indexOf(a.name) - channelOrder.indexOf(b.name);
      }).map(function (s) {
        return {name: labelOf(s), type: 'bar', stack: 'revenue', barMaxWidth: 64, emphasis: {focus: 'series'},
          itemStyle: {color: colourOf(s.name)}, data: s.data};
      })
    });
  }

  // Dependence month by month: shares of each month's revenue; a month without sales is a gap.
  var trendEl = document.getElementById('chart-trend');
  if (trendEl && data.trend && data.months.length > 0) {
    var has = data.trend.hasRevenue;
    // a month with sales between two without is a point no line reaches: drawn as a filled dot large enough to see
    var gap = function (values, colour) {
      return values.map(function (v, i) {
        if (!has[i]) { return null; }
        var alone = !has[i - 1] && !has[i + 1];
        return alone ? {value: v, symbol: 'circle', symbolSize: 10, itemStyle: {color: colour}} : v;
      });
    };
    var lines = [
      {key: 'topPlatformShare', label: trendEl.getAttribute('data-label-top'), colour: '#b3261e'},
      {key: 'platformShare', label: trendEl.getAttribute('data-label-platform'), colour: '#d9a441', dashed: true},
      {key: 'controlledShare', label: trendEl.getAttribute('data-label-controlled'), colour: '#2e7d4f'}
    ];
    echarts.init(trendEl).setOption({
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '–' : percent.format(v); }},
      legend: {bottom: 0},
      grid: {left: 8, right: 16, top: 16, bottom: 40, containLabel: true},
      xAxis: {type: 'category', data: data.months.map(monthLabel)},
      yAxis: {type: 'value', min: 0, max: 1, axisLabel: {formatter: function (v) { return percent.format(v); }}},
      series: lines.map(function (l) {
        return {name: l.label, type: 'line', showSymbol: true, showAllSymbol: true, symbolSize: data.months.length < 25 ? 6 : 3,
          connectNulls: false,
          itemStyle: {color: l.colour}, lineStyle: {color: l.colour, type: l.dashed ? 'dashed' : 'solid', width: l.dashed ? 3 : 2},
          z: l.dashed ? 1 : 2, data: gap(data.trend[l.key], l.colour)};
      })
    });
  }

  window.addEventListener('resize', function () {
    [sharesEl, monthlyEl, trendEl].forEach(function (el) {
      var chart = el && echarts.getInstanceByDom(el);
      if (chart) { chart.resize(); }
    });
  });
})();

/*
 * Draws the overview charts from the data the page embeds as JSON (#overview-charts: OverviewView.charts()).
 * Numbers in the page's language (<html lang>): axes in whole units with thousands separators, tooltips with cents
 * and the currency. A channel has its colour from EggbasketColours (channel-colours.js), the same on every page.
 * Legends sit below the plot, outside the grid (containLabel), so they never cover an axis.
 */
(function () {
  'use strict';
  var dataEl = document.getElementById('overview-charts');
  if (!dataEl || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(dataEl.textContent);
  var lang = document.documentElement.lang || data.locale || 'en';
  var money = new Intl.NumberFormat(lang, {style: 'currency', currency: data.currency});
  var wholeMoney = new Intl.NumberFormat(lang, {style: 'currency', currency: data.currency, minimumFractionDigits: 0, maximumFractionDigits: 0});
  var percent = new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 1});
  var wholePercent = new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 0});
  var monthLabel = function (ym) {
    var parts = ym.split('-');
    return new Date(Number(parts[0]), Number(parts[1]) - 1, 1).toLocaleDateString(lang, {month: 'short', year: 'numeric'});
  };
  var colours = window.EggbasketColours;
  var colourOf = function (name) { return colours ? colours.forChannel(name) : undefined; };
  // the legend's room below the plot: one line (a scrolling legend never wraps onto the axis)
  var legendRoom = function () { return 44; };
  // channels in the order of the shares (largest first), then any other
  var channelOrder = data.shares.map(function (s) { return s.name; });
  data.series.forEach(function (s) {
    if (channelOrder.indexOf(s.name) < 0) { channelOrder.push(s.name); }
  });
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
        bottom: 0, left: 'center', type: 'scroll',
        formatter: function (name) {
          var share = data.shares.filter(function (s) { return labelOf(s) === name; })[0];
          return name + ' ' + percent.format(share ? share.value / total : 0);
        }
      },
      series: [{
        type: 'pie', radius: ['42%', '66%'], center: ['50%', '44%'],
        label: {show: false}, labelLine: {show: false},
        data: data.shares.map(function (s) { return {name: labelOf(s), value: s.value, itemStyle: {color: colourOf(s.name)}}; })
      }]
    });
  }

  var monthlyEl = document.getElementById('chart-monthly');
  if (monthlyEl && data.months.length > 0) {
    echarts.init(monthlyEl).setOption({
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: function (v) { return money.format(v); }},
      legend: {bottom: 0, left: 'center', type: 'scroll'},
      grid: {left: 8, right: 16, top: 16, bottom: legendRoom(), containLabel: true},
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
  var trendLayout = null;
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
    // narrow (a phone), the three lines' names one under the other below the plot, none cut off
    trendLayout = function () {
      var narrow = trendEl.clientWidth < 520;
      return {
        legend: narrow ? {orient: 'vertical', left: 8, bottom: 0} : {orient: 'horizontal', left: 'center', bottom: 0},
        grid: {bottom: narrow ? 28 + 22 * lines.length : legendRoom()}
      };
    };
    var trendChart = echarts.init(trendEl);
    trendChart.setOption({
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '–' : percent.format(v); }},
      legend: {type: 'scroll'},
      grid: {left: 8, right: 16, top: 16, bottom: legendRoom(), containLabel: true},
      xAxis: {type: 'category', data: data.months.map(monthLabel)},
      yAxis: {type: 'value', min: 0, max: 1, axisLabel: {formatter: function (v) { return wholePercent.format(v); }}},
      series: lines.map(function (l) {
        return {name: l.label, type: 'line', showSymbol: true, showAllSymbol: true, symbolSize: data.months.length < 25 ? 6 : 3,
          connectNulls: false,
          itemStyle: {color: l.colour}, lineStyle: {color: l.colour, type: l.dashed ? 'dashed' : 'solid', width: l.dashed ? 3 : 2},
          z: l.dashed ? 1 : 2, data: gap(data.trend[l.key], l.colour)};
      })
    });
    trendChart.setOption(trendLayout());
  }

  window.addEventListener('resize', function () {
    [sharesEl, monthlyEl, trendEl].forEach(function (el) {
      var chart = el && echarts.getInstanceByDom(el);
      if (chart && el === trendEl && trendLayout) { chart.setOption(trendLayout()); }
      if (chart) { chart.resize(); }
    });
  });
})();

/* Draws the scenario chart from the data the page embeds (window.eggbasketScenario). */
(function () {
  'use strict';
  var data = window.eggbasketScenario;
  var el = document.getElementById('chart-scenario');
  if (!data || !el || typeof echarts === 'undefined' || !data.months) {
    return;
  }
  var money = new Intl.NumberFormat(data.locale, {style: 'currency', currency: data.currency});
  // Each month starts on the day after the period; name it by its first day unless that is the 1st.
  var monthLabel = function (isoDay) {
    var parts = isoDay.split('-');
    var day = Number(parts[2]);
    var date = new Date(Number(parts[0]), Number(parts[1]) - 1, day);
    return date.toLocaleDateString(data.locale, day === 1 ? {month: 'short', year: 'numeric'}
      : {day: 'numeric', month: 'short', year: 'numeric'});
  };
  var colours = ['#c2572b', '#2f6f73'];
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: {trigger: 'axis', valueFormatter: function (v) { return money.format(v); }},
    legend: {bottom: 0},
    grid: {left: 8, right: 16, top: 16, bottom: 40, containLabel: true},
    xAxis: {type: 'category', data: data.months.map(monthLabel)},
    yAxis: {type: 'value', axisLabel: {formatter: function (v) { return money.format(v); }}},
    series: data.series.map(function (s, i) {
      return {name: s.name, type: s.type, data: s.data, barMaxWidth: 28, itemStyle: {color: colours[i % colours.length]}};
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

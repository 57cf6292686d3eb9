// Jixiao pages: open the collapsed section a link points into, filter tables, draw charts.
(function () {
  "use strict";
  function openTarget() {
    if (!location.hash) return;
    // A finding may concern a part the form has no field for: go to the nearest enclosing one.
    var id = decodeURIComponent(location.hash.slice(1)), target = document.getElementById(id);
    while (!target && id.lastIndexOf("-") > 0) {
      id = id.slice(0, id.lastIndexOf("-"));
      target = document.getElementById(id);
    }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    if (target) {
      target.scrollIntoView({ block: "center" });
      if (target.focus) target.focus();
    }
  }
  function drawCharts() {
    if (!window.echarts) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var data;
      try { data = JSON.parse(el.getAttribute("data-chart")); } catch (e) { return; }
      if (!data.names || data.names.length === 0) { el.hidden = true; return; }
      el.style.height = Math.max(200, 28 * data.names.length + 60) + "px";
      var chart = window.echarts.init(el);
      chart.setOption({
        title: { text: "各项目预算执行率（%）", left: "center", textStyle: { fontSize: 14 } },
        grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: "value", max: function (v) { return Math.max(100, Math.ceil(v.max)); } },
        yAxis: { type: "category", data: data.names, inverse: true, axisLabel: { width: 180, overflow: "truncate" } },
        series: [{ type: "bar", data: data.rates.map(Number), label: { show: true, position: "right" },
                   itemStyle: { color: "#1f4e79" }, markLine: { data: [{ xAxis: 100 }], symbol: "none" } }]
      });
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }
  function filters() {
    document.querySelectorAll("[data-filter]").forEach(function (input) {
      input.addEventListener("input", function () {
        var needle = input.value.trim();
        document.querySelectorAll(input.getAttribute("data-filter")).forEach(function (row) {
          row.hidden = needle !== "" && row.textContent.indexOf(needle) < 0;
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { openTarget(); drawCharts(); filters(); });
  window.addEventListener("hashchange", openTarget);
})();

// Jixiao pages: open the collapsed section a link points into (a folded project fetches its
// form first, then the field is shown), filter tables, draw charts.
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
  // A folded project's form has arrived: show the field the address points to, if it is in there.
  function projectLoaded(event) {
    var body = event.target, project = body.parentElement;
    if (!body.classList || !body.classList.contains("project-body") || !project || !location.hash) return;
    var wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted === project.id || wanted.indexOf(project.id + "-") === 0) openTarget();
  }
  // A link to the field the address already names (a finding clicked twice) opens it again.
  function sameTarget(event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (link && location.hash && link.getAttribute("href") === location.hash) {
      event.preventDefault();
      openTarget();
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
  // The reviewer's board: grade distribution, execution rate by unit against the 100% time line,
  // and self score against review score.
  function drawBoard() {
    var source = document.getElementById("board-data");
    if (!window.echarts || !source) return;
    var data;
    try { data = JSON.parse(source.textContent); } catch (e) { return; }
    var grade = document.getElementById("grade-chart");
    if (grade) {
      window.echarts.init(grade).setOption({ animation: false,
        color: ["#1f4e79"], grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: data.grades.map(function (g) { return g.name; }) },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "bar", data: data.grades.map(function (g) { return g.value; }), label: { show: true, position: "top" } }]
      });
    }
    var rate = document.getElementById("rate-chart");
    if (rate) {
      rate.style.height = Math.max(220, 18 * data.units.length + 60) + "px";
      window.echarts.init(rate).setOption({ animation: false,
        grid: { left: 8, right: 40, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: "value", max: function (v) { return Math.max(100, Math.ceil(v.max)); } },
        yAxis: { type: "category", data: data.units, inverse: true, axisLabel: { width: 120, overflow: "truncate" } },
        series: [{ type: "bar", data: data.rates, itemStyle: { color: "#1f4e79" },
                   markLine: { symbol: "none", data: [{ xAxis: 100, name: "时间进度" }], label: { formatter: "时间进度 100%" } } }]
      });
    }
    var score = document.getElementById("score-chart");
    if (score) {
      window.echarts.init(score).setOption({ animation: false,
        grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
        xAxis: { type: "value", name: "自评", min: 40, max: 100 }, yAxis: { type: "value", name: "复核", min: 40, max: 100 },
        tooltip: { formatter: function (p) { return p.value[2] + "：自评 " + p.value[0] + "，复核 " + p.value[1]; } },
        series: [{ type: "scatter", data: data.scores, itemStyle: { color: "#c77700" },
                   markLine: { symbol: "none", lineStyle: { type: "dashed" }, data: [[{ coord: [40, 40] }, { coord: [100, 100] }]] } }]
      });
    }
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
  document.addEventListener("DOMContentLoaded", function () { openTarget(); drawCharts(); drawBoard(); filters(); });
  window.addEventListener("hashchange", openTarget);
  document.addEventListener("htmx:afterSettle", projectLoaded);
  document.addEventListener("click", sameTarget);
})();

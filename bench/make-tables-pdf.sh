#!/usr/bin/env bash
# Writes a table-heavy PDF for the PDF reading benchmark: a department's 30 project
# self-evaluation tables (项目支出绩效自评表: funds rows, then 20 indicator rows each), one per
# page, generated as HTML and converted with LibreOffice (HTML -> DOCX -> PDF, as
# tests/corpus/tables/convert.sh does, so the tables are real Writer tables).
# Usage: bench/make-tables-pdf.sh [OUT.pdf] [PAGES]
# Environment: SOFFICE=/path/to/soffice (default: soffice from PATH)
set -euo pipefail
out=${1:-/tmp/jixiao-tables-30p.pdf}
pages=${2:-30}
soffice=${SOFFICE:-$(command -v soffice || command -v libreoffice)}
work=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-tables-pdf.XXXXXX")
trap 'rm -rf "$work"' EXIT

html=$work/tables.html
{
  cat <<'HEAD'
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<style>
body { font-family: "Noto Serif CJK SC", serif; font-size: 9pt; }
h1 { font-size: 16pt; text-align: center; }
h2 { font-size: 12pt; text-align: center; }
h2.next { page-break-before: always; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid #000; padding: 1pt 3pt; }
</style></head><body>
<h1>示范市自然资源局2022年度项目支出绩效自评报告</h1>
HEAD
  levels=(数量指标 质量指标 时效指标 成本指标 经济效益指标 社会效益指标 生态效益指标 可持续影响指标 满意度指标 数量指标)
  for p in $(seq "$pages"); do
    budget=$((100 + p * 37))
    executed=$((budget - p))
    class=next
    [ "$p" -eq 1 ] && class=first
    echo "<h2 class=\"${class}\">项目支出绩效自评表（第${p}号项目）</h2>"
    echo '<table border="1" cellspacing="0">'
    echo "<tr><td>项目名称</td><td colspan=\"7\">示范第${p}号国土空间规划编制项目</td></tr>"
    echo '<tr><td>主管部门</td><td colspan="3">示范市自然资源局</td><td>实施单位</td><td colspan="3">示范市自然资源局</td></tr>'
    echo '<tr><td rowspan="4">项目资金<br>(万元)</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>'
    echo "<tr><td>年度资金总额</td><td>${budget}</td><td>${budget}</td><td>${executed}</td><td>10</td><td>$((executed * 100 / budget))%</td><td>9</td></tr>"
    echo "<tr><td>其中:当年财政拨款</td><td>${budget}</td><td>${budget}</td><td>${executed}</td><td colspan=\"3\"></td></tr>"
    echo '<tr><td>其他资金</td><td></td><td></td><td></td><td colspan="3"></td></tr>'
    echo '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度<br>指标值</td><td>实际<br>完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>'
    for i in $(seq 20); do
      level=${levels[$(((i - 1) / 2))]}
      first=产出指标
      [ "$i" -gt 8 ] && first=效益指标
      [ "$i" -gt 16 ] && first=满意度指标
      echo "<tr><td>${first}</td><td>${level}</td><td>第${i}项工作完成率</td><td>≥$((80 + i % 10))%</td><td>$((85 + i % 10))%</td><td>4</td><td>4</td><td></td></tr>"
    done
    echo '<tr><td colspan="5">总分</td><td>100</td><td>96</td><td></td></tr>'
    echo '</table>'
  done
  echo '</body></html>'
} >"$html"

run() { "$soffice" "-env:UserInstallation=file://$work/profile" --headless --norestore --nologo --nodefault --nolockcheck "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }; }
run --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$html"
run --convert-to 'pdf:writer_pdf_Export' --outdir "$work" "$work/tables.docx"
cp "$work/tables.pdf" "$out"
echo "$out: $(pdfinfo "$out" 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$out") bytes"

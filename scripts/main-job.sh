#!/usr/bin/env bash
# The main job: install what is needed, build jixiao, read and audit the example report shipped in
# the repo (its reports go to out/), then start the web system on SQLite under ./data with demo data
# and print its address and the demo logins. Ctrl+C stops it. JIXIAO_PORT picks another port;
# JIXIAO_NO_SERVE=1 stops after the reports (for scripts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DJIXIAO_TESTS=OFF >/dev/null
cmake --build build --target jixiao web_assets
jixiao=build/src/cli/jixiao
report=tests/fixtures/reports/qiannan-natural-resources-2022.txt
mkdir -p out
run_audit() {  # exit 1 means "the audit found errors": that is a result, not a failure
  "$@" || [ $? -eq 1 ]
}
echo "== 读取：$report"
"$jixiao" extract "$report" -o out/qiannan-2022.evaluation.json
echo "== 审核"
run_audit "$jixiao" audit "$report"
run_audit "$jixiao" audit --format json "$report" >out/qiannan-2022.audit.json
echo "== 生成报告"
for format in docx pdf html md xlsx; do
  name=自评报告; [ "$format" = xlsx ] && name=自评表
  "$jixiao" report out/qiannan-2022.evaluation.json --format "$format" --findings -o "out/$name.$format"
done
ls -l out/
[ "${JIXIAO_NO_SERVE:-}" = 1 ] && exit 0
echo "== 启动 Web 系统（数据保存在 ./data，SQLite）"
exec "$jixiao" serve --demo --data data --port "${JIXIAO_PORT:-8080}"

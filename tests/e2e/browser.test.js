// The department's day in a real browser (Debian's chromium driven by playwright-core):
// log in, import the example report, fix the finding the audit flags, download the DOCX,
// explain the warnings, submit, and see the version locked. Screenshots go to $JIXIAO_SHOTS.
// Run: JIXIAO_BIN=build/src/cli/jixiao node --test tests/e2e/
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { password, startServer, shot, launchBrowser } = require("./support.js");
const example = path.join(__dirname, "../fixtures/reports/qiannan-natural-resources-2022.txt");

test("a department imports, fixes, downloads and submits its report", async (t) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-e2e-"));
  const { server, base } = await startServer(dataDir);
  const browser = await launchBrowser();
  t.after(async () => { await browser.close(); server.kill("SIGTERM"); fs.rmSync(dataDir, { recursive: true, force: true }); });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: "zh-CN" });
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));

  await t.test("log in as the department's staff member", async () => {
    await page.goto(base + "/");
    assert.match(page.url(), /\/login$/);
    await shot(page, "01-login");
    await page.fill("#login", "wangfang");
    await page.fill("#password", password);
    await page.click("button[type=submit]");
    await page.waitForURL(/\/units\/\d+$/);
    assert.match(await page.textContent("h1"), /黔南州自然资源局/);
    await shot(page, "02-unit");
  });

  await t.test("import the example report as a new year, with a preview first", async () => {
    await page.setInputFiles("#import-file", example);
    await page.fill("#import-year", "2023");
    await page.click("text=读取并预览");
    await page.waitForSelector("text=导入预览");
    assert.match(await page.textContent("main"), /13 个/);
    await shot(page, "03-import-preview");
    await page.click("text=确认导入");
    await page.waitForURL(/\/years\/2023$/);
    assert.match(await page.textContent("h1"), /2023 年度绩效自评/);
    await shot(page, "04-editor");
  });

  await t.test("fix the error the audit flags, and see the findings update without a reload", async () => {
    const panel = page.locator("#findings-panel");
    assert.match(await panel.textContent(), /按经济分类合计/);
    assert.match(await page.textContent("#score-panel"), /错误 1/);
    await page.click("#findings-panel a.field-link >> text=按经济分类");
    // 商品和服务支出 is short by exactly the difference the finding names (73671.12 元).
    const amount = page.locator("#f-funds-by_economic_class-1-amount");
    assert.equal(await amount.inputValue(), "101338200");
    await amount.fill("101411871.12");
    await amount.press("Tab");
    await page.waitForFunction(() => !document.querySelector("#findings-panel").textContent.includes("按经济分类合计"));
    assert.match(await page.textContent("#score-panel"), /错误 0/);
    assert.match(await page.textContent("#save-state"), /已保存/);
    await shot(page, "05-fixed");
  });

  await t.test("a value that is not money is refused next to its field", async () => {
    const budget = page.locator("#f-funds-budget_total");
    const before = await budget.inputValue();
    await budget.fill("一亿元");
    await budget.press("Tab");
    await page.waitForFunction(() => document.querySelector("#f-funds-budget_total-err").textContent.trim() !== "");
    assert.match(await page.textContent("#f-funds-budget_total-err"), /金额.*不是数字/);
    await shot(page, "06-field-error");
    await budget.fill(before);
    await budget.press("Tab");
    await page.waitForFunction(() => document.querySelector("#f-funds-budget_total-err").textContent.trim() === "");
  });

  await t.test("a folded project opens with its form, and a finding on it leads to its field", async () => {
    const rate = page.locator("#f-projects-1-execution_rate_stated");
    assert.equal(await rate.count(), 0, "projects come folded, their forms not yet fetched");
    await page.click("#f-projects-1 > summary");
    await rate.waitFor();
    const stated = await rate.inputValue();
    await rate.fill("12");
    await rate.press("Tab");
    await page.waitForFunction(() => document.querySelector("#score-panel").textContent.includes("错误 1"));
    await shot(page, "05b-project-open");
    // On a fresh page every project is folded again: the finding opens its project at the field.
    await page.reload();
    assert.equal(await rate.count(), 0);
    await page.click("#findings-panel a.field-link[href='#f-projects-1-execution_rate_stated']");
    await rate.waitFor();
    assert.equal(await page.locator("#f-projects-1").getAttribute("open"), "");
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === "f-projects-1-execution_rate_stated");
    await shot(page, "05c-finding-opens-project");
    await rate.fill(stated);
    await rate.press("Tab");
    await page.waitForFunction(() => document.querySelector("#score-panel").textContent.includes("错误 0"));
  });

  await t.test("download the report as DOCX", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=下载 DOCX")]);
    const file = path.join(dataDir, "report.docx");
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    assert.equal(bytes.subarray(0, 2).toString(), "PK");
    assert.ok(bytes.length > 10000, "a whole report, not an error page");
  });

  await t.test("explain each warning, submit, and see the version locked", async () => {
    const explanations = page.locator("#findings-panel textarea");
    const count = await explanations.count();
    assert.ok(count >= 1, "the example has warnings to explain");
    for (let i = 0; i < count; ++i) {
      await page.locator("#findings-panel textarea").nth(i).fill("已核实：报告原文如此，下一年度补充量化指标。");
      await page.locator("#findings-panel textarea").nth(i).press("Tab");
      await page.waitForFunction((n) => !document.querySelector("#score-panel").textContent.includes(n + " 个待说明"), count - i);
    }
    page.once("dialog", (dialog) => dialog.accept());
    await page.click("#submit-button");
    await page.waitForSelector("text=已送审（锁定）");
    assert.match(await page.textContent(".editor-head"), /最近送审：第 1 版/);
    assert.equal(await page.locator("#f-funds-budget_total").getAttribute("readonly"), "");
    await shot(page, "07-submitted");
    await page.click("text=版本历史");
    await page.waitForSelector("text=第 1 版");
    await shot(page, "08-versions");
  });

  // The finance bureau's half, on the year the department just submitted.
  const bureau = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: "zh-CN" });
  const reviewer = await bureau.newPage();
  reviewer.on("pageerror", (error) => pageErrors.push(error.message));
  let reviewUrl = "";

  await t.test("a reviewer sees the region's board and returns the submission with a reason on a field", async () => {
    await reviewer.goto(base + "/login");
    await reviewer.fill("#login", "reviewer");
    await reviewer.fill("#password", password);
    await reviewer.click("button[type=submit]");
    await reviewer.goto(base + "/review?year=2025");
    assert.match(await reviewer.textContent(".inbox"), /待审核/);
    await reviewer.waitForFunction(() => document.querySelector("#grade-chart canvas"));
    await shot(reviewer, "10-review-board");
    await reviewer.goto(base + "/review?year=2023&stage=submitted");
    await reviewer.click("text=黔南州自然资源局");
    reviewUrl = reviewer.url();
    assert.match(reviewUrl, /\/review\/units\/\d+\/years\/2023$/);
    await shot(reviewer, "11-review-page");
    await reviewer.selectOption("#return-anchor", "/funds/shortfall_reason");
    await reviewer.fill("#return-reason", "请说明结转资金的金额和用途");
    await reviewer.click("#return-button");
    await reviewer.waitForSelector("text=第 1 版：退回");
  });

  await t.test("the department sees the reason beside its field, fixes it and resubmits", async () => {
    await page.goto(reviewUrl.replace("/review/units", "/units"));
    assert.match(await page.textContent("#returned"), /请说明结转资金的金额和用途/);
    await shot(page, "12-returned");
    const reason = page.locator("#f-funds-shortfall_reason");
    await reason.fill("2023 年结转资金 8955.60 万元，主要为上级专项资金，已于 2023 年上半年拨付完毕。");
    await reason.press("Tab");
    await page.waitForSelector("#save-state:has-text('已保存')");
    page.once("dialog", (dialog) => dialog.accept());
    await page.click("#submit-button");
    await page.waitForSelector("text=已送审（锁定）");
    assert.match(await page.textContent(".editor-head"), /最近送审：第 2 版/);
  });

  await t.test("the reviewer sees what changed, with the comment carried over, re-scores, passes and publishes", async () => {
    await reviewer.goto(reviewUrl);
    assert.match(await reviewer.textContent("#changes"), /结转资金 8955\.60 万元/);
    assert.match(await reviewer.textContent("#comments"), /上一版意见/);
    const row = reviewer.locator("#row-execution form.rescore");
    await row.locator("input[name=deduction]").fill("1");
    await row.locator("input[name=reason]").fill("执行率偏低");
    await row.locator("button").click();
    await reviewer.waitForSelector("#row-execution:has-text('扣 1') , #row-execution input[name=deduction][value='1']");
    await reviewer.click("#pass-button");
    await reviewer.waitForSelector("text=第 2 版：通过");
    await shot(reviewer, "13-passed");
    await reviewer.click("#publish-button");
    await reviewer.waitForURL(/\/public\/\d+\/2023\/$/);
  });

  await t.test("the public reads the published report without logging in and without JavaScript", async () => {
    const visitor = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN", viewport: { width: 1366, height: 768 } });
    const pub = await visitor.newPage();
    await pub.goto(base + "/public/?q=自然资源");
    assert.match(await pub.textContent("main"), /黔南州自然资源局/);
    await shot(pub, "14-public-index");
    await pub.click("text=黔南州自然资源局");
    assert.match(await pub.textContent("h1"), /黔南州自然资源局 2023 年度预算绩效自评报告/);
    const pdfHref = await pub.getAttribute("text=下载报告 PDF", "href");
    assert.match(pdfHref, /\/[0-9a-f]{64}\.pdf$/);
    const response = await pub.request.get(base + pdfHref);
    assert.equal((await response.body()).subarray(0, 4).toString(), "%PDF");
    await shot(pub, "15-public-report");
    await visitor.close();
  });

  await t.test("a rectification item goes from the reviewer to the department and back to closed", async () => {
    await reviewer.goto(reviewUrl);
    await reviewer.click("text=新增整改事项");
    await reviewer.fill("#r-title", "结转资金说明不充分");
    await reviewer.fill("#r-detail", "补充结转资金的使用计划");
    await reviewer.fill("#r-owner", "财务科");
    await reviewer.fill("#r-deadline", "2027-06-30");
    await reviewer.click("#rectification button[type=submit]");
    await reviewer.waitForSelector("#rectification >> text=结转资金说明不充分");
    await page.goto(base + "/rectifications");
    await page.click("text=开始整改");
    await page.locator("article:has-text('结转资金说明不充分') input[type=file]").setInputFiles({
      name: "整改说明.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% 整改说明\n%%EOF\n") });
    await page.locator("article:has-text('结转资金说明不充分') button:has-text('上传')").click();
    await page.waitForSelector("text=整改说明.pdf");
    await page.click("text=提交核查");
    await page.waitForSelector("article:has-text('结转资金说明不充分') >> text=待核");
    await shot(page, "16-rectification-unit");
    await reviewer.goto(base + "/rectifications");
    await reviewer.locator("article:has-text('结转资金说明不充分') button:has-text('销号')").click();
    await reviewer.waitForSelector("article:has-text('结转资金说明不充分') >> text=已销号");
    await shot(reviewer, "17-rectification-closed");
  });

  await t.test("the page works on a phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + "/units");
    await shot(page, "09-phone");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert.equal(overflow, false, "no sideways scrolling on a phone");
  });

  assert.deepEqual(pageErrors, []);
});

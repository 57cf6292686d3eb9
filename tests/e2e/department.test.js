// The 主管部门's first review in a real browser (Debian's chromium driven by playwright-core): on
// the demo's schools under 都匀市教育局, the department returns a submission with a reason on a
// field, the school fixes it, marks a text 不公开 and resubmits, the department forwards it, the
// bureau passes and publishes it, and the published report leaves the marked text out.
// Screenshots go to $JIXIAO_SHOTS. Run: JIXIAO_BIN=build/src/cli/jixiao node --test tests/e2e/
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { password, startServer, shot, launchBrowser } = require("./support.js");

async function logIn(browser, base, login) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(base + "/login");
  await page.fill("#login", login);
  await page.fill("#password", password);
  await page.click("button[type=submit]");
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
  return page;
}

test("a department reviews its school first, then the bureau passes and publishes", async (t) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-e2e-dept-"));
  const { server, base } = await startServer(dataDir);
  const browser = await launchBrowser();
  t.after(async () => { await browser.close(); server.kill("SIGTERM"); fs.rmSync(dataDir, { recursive: true, force: true }); });
  const pageErrors = [];
  let reviewUrl = "";
  const withheld = "内部联系人李某，电话 13900000000";

  const department = await logIn(browser, base, "jiaoyu");
  department.on("pageerror", (error) => pageErrors.push(error.message));

  await t.test("the department sees its three schools, one waiting for it, and returns it with a reason", async () => {
    await department.goto(base + "/review?year=2025");
    assert.match(await department.textContent(".inbox"), /1\s*待初审/);
    assert.match(await department.textContent("#rollup"), /都匀市教育局/);
    await shot(department, "d1-department-board");
    await department.goto(base + "/review?year=2025&stage=department");
    await department.click("text=都匀市第一中学");
    reviewUrl = department.url();
    assert.match(reviewUrl, /\/review\/units\/\d+\/years\/2025$/);
    await shot(department, "d2-department-review");
    await department.selectOption("#department-anchor", "/funds/shortfall_reason");
    await department.fill("#department-opinion", "请说明结转资金的金额和用途");
    await department.click("#department-return-button");
    await department.waitForSelector("text=第 1 版：退回单位");
  });

  const school = await logIn(browser, base, "yizhong");
  school.on("pageerror", (error) => pageErrors.push(error.message));

  await t.test("the school sees the department's reason, fixes it, keeps a text internal and resubmits", async () => {
    await school.goto(reviewUrl.replace("/review/units", "/units"));
    assert.match(await school.textContent("#returned"), /被主管部门退回[\s\S]*请说明结转资金的金额和用途/);
    await shot(school, "d3-school-returned");
    const reason = school.locator("#f-funds-shortfall_reason");
    await reason.fill("结转资金 12.50 万元用于下年度续建工程。" + withheld);
    await reason.press("Tab");
    await school.waitForSelector("#save-state:has-text('已保存')");
    const revision = await school.inputValue("#revision");
    await school.check("#f-funds-shortfall_reason-box input[name=internal]");
    await school.waitForFunction((before) => document.querySelector("#revision").value !== before, revision);
    await school.reload();
    assert.ok(await school.isChecked("#f-funds-shortfall_reason-box input[name=internal]"), "the mark is stored");
    await shot(school, "d4-school-withheld");
    school.once("dialog", (dialog) => dialog.accept());
    await school.click("#submit-button");
    await school.waitForSelector("text=已送审（锁定）");
  });

  await t.test("the department forwards the new version; the bureau passes and publishes it", async () => {
    await department.goto(reviewUrl);
    await department.fill("#forward-opinion", "经审核，数据真实，同意报送");
    await department.click("#forward-button");
    await department.waitForSelector("text=第 2 版：同意报送财政局");
    assert.equal(await department.locator("#pass-button").count(), 0, "a department does not pass for the bureau");

    const bureau = await logIn(browser, base, "reviewer");
    bureau.on("pageerror", (error) => pageErrors.push(error.message));
    await bureau.goto(reviewUrl);
    await shot(bureau, "d5-bureau-after-forward");
    await bureau.click("#pass-button");
    await bureau.waitForSelector("text=第 2 版：通过");
    await bureau.click("#publish-button");
    await bureau.waitForURL(/\/public\/\d+\/2025\/$/);
    assert.match(await bureau.textContent("main"), /1 处说明性文字未予公开/);
    await shot(bureau, "d6-published");
    const html = await bureau.getAttribute("a[href$='.html']", "href");
    const text = await (await bureau.request.get(base + html)).text();
    assert.match(text, /都匀市第一中学/);
    assert.ok(!text.includes("13900000000"), "the text marked 不公开 is not published");
  });

  assert.deepEqual(pageErrors, []);
});

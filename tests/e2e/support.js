// What the browser tests share: the jixiao binary, a server started with the demo on a fresh
// data folder, screenshots, and logging in. Not a test file itself (node --test skips it).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");
const { chromium } = require(path.join(__dirname, "../../web/node_modules/playwright-core"));

const bin = process.env.JIXIAO_BIN || path.join(__dirname, "../../build/src/cli/jixiao");
const shots = process.env.JIXIAO_SHOTS || fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-shots-"));
const password = "jixiao-demo-2026";

// Starts `jixiao serve --demo` on a fresh data folder and any free port; resolves to its address.
function startServer(dataDir) {
  return new Promise((resolve, reject) => {
    const server = spawn(bin, ["serve", "--demo", "--data", dataDir, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error("server did not start: " + out)), 60000);
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) { clearTimeout(timer); resolve({ server, base: match[0].replace(/\/$/, "") }); }
    });
    server.stderr.on("data", (chunk) => { out += chunk; });
    server.on("exit", (code) => reject(new Error("server exited " + code + ": " + out)));
  });
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name + ".png"), fullPage: false });
}

function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
}

module.exports = { bin, shots, password, startServer, shot, launchBrowser };

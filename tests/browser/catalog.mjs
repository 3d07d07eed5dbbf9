// The catalog and the editions in a real browser (Debian's Chromium, driven by
// playwright-core): search, sort, the shared address, the count, the page with scripts
// off, and a phone's 390 px width. Run by `cargo test --test suite -- --ignored
// browser::`, which builds the libraries and passes their folders:
//
//   node tests/browser/catalog.mjs SHIPPED_OUT GENERATED_OUT
//
// Exits non-zero, saying what failed, at the first broken promise.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import assert from "node:assert/strict";

const [shipped, generated] = process.argv.slice(2);
assert.ok(shipped && generated, "usage: catalog.mjs SHIPPED_OUT GENERATED_OUT");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

const url = (dir, page = "index.html", query = "") => pathToFileURL(join(dir, page)).href + query;

/// The numbers of "N of M films fit.".
async function count(page) {
  const text = await page.locator("#count").textContent();
  const [shown, total] = text.match(/\d+/g).map(Number);
  return { shown, total, text };
}

async function visibleFilms(page) {
  return page.locator("li.film:not([hidden])").count();
}

/// Types `query` into the search box, one key at a time, and returns how long the last
/// key took to change the list, in milliseconds, measured in the page.
async function typeAndTime(page, query) {
  await page.fill("#q", query.slice(0, -1));
  await page.evaluate(() => {
    const target = document.getElementById("count");
    window.__before = target.textContent;
    window.__filtered = new Promise((done) => {
      const observer = new MutationObserver(() => { observer.disconnect(); done(performance.now()); });
      observer.observe(target, { childList: true, characterData: true, subtree: true });
    });
    document.getElementById("q").addEventListener("keydown", () => { window.__pressed = performance.now(); }, { once: true });
  });
  await page.press("#q", query.slice(-1));
  return page.evaluate(async () => (await window.__filtered) - window.__pressed);
}

async function library(dir, name, { title, total }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url(dir));
  let c = await count(page);
  assert.equal(c.shown, total, `${name}: ${c.text}`);
  assert.equal(c.total, total, `${name}: ${c.text}`);

  // Search: part of a title, in any case, finds it; the count follows.
  const part = title.slice(1, 6).toUpperCase();
  const took = await typeAndTime(page, part);
  c = await count(page);
  assert.ok(c.shown >= 1 && c.shown < total, `${name}: searching ${part} shows ${c.text}`);
  assert.equal(await visibleFilms(page), c.shown, `${name}: the count and the list disagree`);
  const first = await page.locator("li.film:not([hidden]) h2").first().textContent();
  assert.ok(first.toLowerCase().includes(part.toLowerCase()), `${name}: ${first} does not match ${part}`);
  assert.ok(took < 100, `${name}: a key took ${took.toFixed(1)} ms to filter (limit 100 ms)`);
  console.log(`${name}: typing filtered ${total} films in ${took.toFixed(1)} ms`);
  await page.fill("#q", "");

  // Sort by year: newest first.
  await page.selectOption("#sort", "year");
  const years = await page.locator("li.film").evaluateAll((els) => els.map((e) => Number(e.dataset.year)));
  assert.deepEqual(years, [...years].sort((a, b) => b - a), `${name}: not newest first`);
  await page.selectOption("#sort", "age");
  const ages = await page.locator("li.film").evaluateAll((els) => els.map((e) => e.dataset.age === "" ? 99 : Number(e.dataset.age)));
  assert.deepEqual(ages, [...ages].sort((a, b) => a - b), `${name}: not youngest age first`);

  // The address keeps every choice, and a reload brings them back.
  await page.fill("#q", "");
  await page.fill("#age", "10");
  await page.selectOption("#max-violence", { label: "mild" });
  const kept = new URL(page.url()).searchParams;
  assert.equal(kept.get("sort"), "age", `${name}: ${page.url()}`);
  assert.equal(kept.get("age"), "10", `${name}: ${page.url()}`);
  assert.equal(kept.get("violence"), "mild", `${name}: ${page.url()}`);
  const before = await count(page);
  await page.reload();
  assert.equal(await page.inputValue("#age"), "10", `${name}: the age was not restored`);
  assert.equal(await page.inputValue("#sort"), "age", `${name}: the order was not restored`);
  assert.equal((await count(page)).shown, before.shown, `${name}: the count changed on reload`);
  // A shared address opens filtered in a fresh browser.
  const shared = await browser.newContext();
  const other = await shared.newPage();
  await other.goto(page.url());
  assert.equal((await count(other)).shown, before.shown, `${name}: a shared address opens differently`);
  await shared.close();
  assert.deepEqual(errors, [], `${name}: script errors`);
  await context.close();
}

/// With scripts off, every film is listed, whole.
async function withoutScripts(dir, name, total) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url(dir));
  assert.equal(await page.locator("li.film").count(), total, `${name}: films missing with scripts off`);
  assert.equal(await visibleFilms(page), total, `${name}: films hidden with scripts off`);
  assert.equal(await page.locator("#filters").isVisible(), false, `${name}: dead controls shown with scripts off`);
  await context.close();
}

/// At 390 px nothing scrolls sideways, and every film's six categories are on screen.
async function phone(dir, pages) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(url(dir, path));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${path}: ${width} px wide at 390 px: it scrolls sideways`);
    if (path === "index.html") {
      const cards = await page.locator("li.film").evaluateAll((films) => films.map((film) => ({
        name: film.querySelector("h2").textContent.trim(),
        categories: [...film.querySelectorAll(".sevs dt, .sevs dd")].filter((e) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && box.left >= 0 && box.right <= 390;
        }).length,
      })));
      for (const card of cards) {
        assert.equal(card.categories, 12, `${card.name}: ${card.categories / 2} of six categories on screen at 390 px`);
      }
    }
  }
  await context.close();
}

const shippedTitles = await (async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url(shipped));
  const total = await page.locator("li.film").count();
  const slugs = await page.locator("li.film h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href").split("/")[0]));
  await context.close();
  return { total, slugs };
})();

await library(shipped, "shipped library", { title: "Paddington", total: shippedTitles.total });
await withoutScripts(shipped, "shipped library", shippedTitles.total);
const editions = shippedTitles.slugs.flatMap((slug) => ["handout", "leader", "parents"].map((e) => `${slug}/${e}.html`));
await phone(shipped, ["index.html", ...editions]);
console.log(`shipped library: ${shippedTitles.total} films, ${editions.length} edition pages checked at 390 px`);

const generatedTotal = await (async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url(generated));
  const n = await page.locator("li.film").count();
  await context.close();
  return n;
})();
assert.ok(generatedTotal >= 1000, `the generated library holds ${generatedTotal} films`);
await library(generated, "generated library", { title: "Paddington", total: generatedTotal });
await withoutScripts(generated, "generated library", generatedTotal);
await phone(generated, ["index.html"]);

await browser.close();
console.log("browser checks passed");

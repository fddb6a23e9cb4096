/* eslint-disable no-console */
// Topics table benchmark: the Kafka tab's TopicsTable with 10,000 topics in
// headless Chromium. The component is bundled with esbuild (production React)
// inside the only providers it needs (a Backstage theme, translation and
// error APIs), served on 127.0.0.1, and timed in the page:
// - first render: from root.render() to the first frame painted with rows;
// - filter keystroke: from the keydown to the frame that shows the filtered
//   rows (the table's 30 ms search debounce included).
// Run: bench/run topics-table
import { build } from 'esbuild';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const TOPICS = Number(process.env.BENCH_TOPICS ?? 10_000);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const KEYSTROKE_ROUNDS = Number(process.env.BENCH_ITERATIONS ?? 3);
const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Each keystroke changes the visible rows ("1", "12", ... and back), so each
// one has an update to wait for.
const KEYSTROKES = ['1', '2', '3', '4', ...Array(4).fill('Backspace')];

// The page: renders on request and reports its own timings.
const ENTRY = `
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { UnifiedThemeProvider, themes } from '@backstage/theme';
import { TestApiProvider, mockApis } from '@backstage/frontend-test-utils';
import { TopicsTable } from './plugins/kafka-on-eks/src/components/TopicsTable';
import { manyTopics } from './plugins/kafka-on-eks/src/__fixtures__/manyTopics';

const TOPIC_NAME = /\\.events-\\d{5}$/;
const container = document.getElementById('root');
const topics = manyTopics(${TOPICS});
const apis = [mockApis.translation(), mockApis.error()];

// After the next frame has been painted.
const nextPaint = () =>
  new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
const topicCells = () =>
  Array.from(container.querySelectorAll('td')).filter(td =>
    TOPIC_NAME.test(td.textContent),
  );

window.benchRender = async () => {
  const start = performance.now();
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <TestApiProvider apis={apis}>
        <UnifiedThemeProvider theme={themes.light}>
          <TopicsTable topics={topics} />
        </UnifiedThemeProvider>
      </TestApiProvider>,
    ),
  );
  while (topicCells().length === 0) await nextPaint();
  const committedMs = performance.now() - start;
  await nextPaint();
  return {
    committedMs,
    paintedMs: performance.now() - start,
    rowsInDom: topicCells().length,
  };
};

window.benchFocusSearch = () => {
  container.querySelector('input[placeholder="Filter"]').focus();
};

// Arms a measurement for the next keystroke; benchKeystrokeResult waits for it.
let pending;
window.benchArmKeystroke = () => {
  const tbody = topicCells()[0]?.closest('tbody') ?? container.querySelector('tbody');
  pending = new Promise(resolve => {
    let start;
    document.addEventListener('keydown', e => { start = e.timeStamp; }, {
      capture: true,
      once: true,
    });
    const timeout = setTimeout(() => {
      observer.disconnect();
      resolve({ paintedMs: NaN });
    }, 5000);
    const observer = new MutationObserver(async () => {
      observer.disconnect();
      clearTimeout(timeout);
      await nextPaint();
      resolve({ paintedMs: performance.now() - start, rows: topicCells().length });
    });
    observer.observe(tbody, { childList: true, subtree: true, characterData: true });
  });
};
window.benchKeystrokeResult = () => pending;
`;

const HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>topics-table bench</title></head>
<body><div id="root"></div><script src="/bundle.js"></script></body></html>`;

async function bundle(): Promise<{ code: string; ms: number }> {
  const started = Date.now();
  const result = await build({
    stdin: {
      contents: ENTRY,
      resolveDir: ROOT,
      loader: 'tsx',
      sourcefile: 'topics-table.entry.tsx',
    },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    loader: { '.svg': 'dataurl', '.png': 'dataurl' },
    define: {
      'process.env.NODE_ENV': '"production"',
      global: 'globalThis',
    },
    logLevel: 'error',
  });
  return { code: result.outputFiles[0].text, ms: Date.now() - started };
}

async function serve(code: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.url === '/bundle.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(code);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HTML);
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))];
}

async function openPage(page: Page, url: string) {
  const errors: string[] = [];
  page.on('pageerror', error => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => 'benchRender' in window);
  if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
}

async function main() {
  const { code, ms: bundleMs } = await bundle();
  const server = await serve(code);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
    });

    // A fresh page per load: the first render of a tab is a cold one.
    const renders: Array<{
      committedMs: number;
      paintedMs: number;
      rowsInDom: number;
    }> = [];
    for (let i = 0; i < LOADS; i++) {
      await openPage(page, url);
      renders.push(await page.evaluate(() => (window as any).benchRender()));
    }

    await page.evaluate(() => (window as any).benchFocusSearch());
    const keystrokeMs: number[] = [];
    // One warm-up round, not counted.
    for (let round = 0; round <= KEYSTROKE_ROUNDS; round++) {
      for (const key of KEYSTROKES) {
        await page.evaluate(() => (window as any).benchArmKeystroke());
        await page.keyboard.press(key);
        const { paintedMs } = await page.evaluate(() =>
          (window as any).benchKeystrokeResult(),
        );
        if (round > 0) keystrokeMs.push(paintedMs);
        // Let the debounce and any late work settle before the next key.
        await page.waitForTimeout(150);
      }
    }
    const missed = keystrokeMs.filter(Number.isNaN).length;
    const timed = keystrokeMs.filter(ms => !Number.isNaN(ms));

    const firstRender = median(renders.map(r => r.paintedMs));
    const keystroke = median(timed);
    console.log(
      `topics-table: ${TOPICS.toLocaleString('en-US')} topics; bundle ${(
        code.length /
        2 ** 20
      ).toFixed(1)} MiB (esbuild ${(bundleMs / 1000).toFixed(
        1,
      )} s, production React) in ${CHROMIUM}`,
    );
    console.log(
      `first render to paint: median ${firstRender.toFixed(
        0,
      )} ms, max ${Math.max(...renders.map(r => r.paintedMs)).toFixed(
        0,
      )} ms over ${LOADS} fresh loads (commit median ${median(
        renders.map(r => r.committedMs),
      ).toFixed(0)} ms); ${
        renders[0].rowsInDom
      } topic rows in the DOM (target <= 500 ms) ${
        firstRender <= 500 ? 'OK' : 'MISSED'
      }`,
    );
    console.log(
      `filter keystroke to painted rows: median ${keystroke.toFixed(
        0,
      )} ms, p95 ${p95(timed).toFixed(0)} ms over ${
        timed.length
      } keystrokes, 30 ms debounce included${
        missed ? `, ${missed} without an update` : ''
      } (target <= 100 ms) ${keystroke <= 100 ? 'OK' : 'MISSED'}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

// A small real web app on node:http for page-check tests: a list with a filter and an export,
// a page with a console error, one with a failing same-origin request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const LIST = `<!doctype html><title>Jobs dashboard</title>
<input id="filter" placeholder="filter"><span id="count">3 shown</span>
<ul id="list"><li>alpha</li><li>beta</li><li>gamma</li></ul>
<a id="export" href="/export.csv" download>Export</a>
<script>
document.getElementById('filter').addEventListener('input', function (e) {
  var n = 0;
  document.querySelectorAll('#list li').forEach(function (li) {
    var show = li.textContent.indexOf(e.target.value) >= 0;
    li.hidden = !show;
    if (show) n++;
  });
  document.getElementById('count').textContent = n + ' shown';
});
</script>`;

const PAGES: Record<string, string> = {
  '/': LIST,
  '/console-error': '<!doctype html><title>Charts</title><div id="chart">chart</div><script>console.error("chart failed to render")</script>',
  '/failing-request': '<!doctype html><title>Stats</title><div id="stats">stats</div><script>fetch("/api/stats")</script>',
};

/** Starts the app on 127.0.0.1:0. */
export async function startPages(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/export.csv') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="jobs.csv"' });
      res.end('name\nalpha\nbeta\ngamma\n');
      return;
    }
    const page = PAGES[path];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not found"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

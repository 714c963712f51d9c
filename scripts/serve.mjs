#!/usr/bin/env node
// A small static file server for the built site (build/wasm/site), bound to
// loopback. Any static host works as well; this one needs nothing installed.
// Usage: node scripts/serve.mjs --root DIR [--port N] [--host H]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

export function startServer({ root, port = 8080, host = '127.0.0.1', quiet = false }) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        // The bookmarklet loads the module and the .wasm from this host into the page being read.
        'Access-Control-Allow-Origin': '*',
      });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}/`;
      if (!quiet) console.log(`dixit is served at ${url}  (Ctrl-C to stop)`);
      resolve({ server, url });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const port = Number(opt('--port', '8080'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('serve: --port needs a number from 0 to 65535');
    process.exit(2);
  }
  startServer({ root: opt('--root', 'build/wasm/site'), port, host: opt('--host', '127.0.0.1') }).catch((e) => {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  });
}

/**
 * The explorer's files (client/dist, built by Vite) at `/`, behind the same security headers as the API.
 * Hashed assets (assets/name-<hash>.js) never change under their name: cached for a year, immutable.
 * index.html and other unhashed files are revalidated every time, so a new build is picked up at once.
 * Without a build, `/` says how to make one instead of a bare 404.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { sendProblem } from './problem.ts';

const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.map)?$/;

export function serveExplorer(dir: string): RequestHandler[] {
  const files = express.static(dir, {
    index: 'index.html',
    dotfiles: 'ignore',
    redirect: false,
    setHeaders: (res: Response, file: string) =>
      res.setHeader(
        'Cache-Control',
        HASHED_ASSET.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  const notBuilt: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path !== '/' && req.path !== '/index.html') return next();
    if (fs.existsSync(path.join(dir, 'index.html'))) return next();
    sendProblem(res, 'explorer_not_built', 'The explorer has not been built in this checkout.');
  };
  return [notBuilt, files];
}

#!/usr/bin/env node
// Make sure the Chromium the browser tests use is installed: Debian's `chromium`
// package at /usr/bin/chromium (or CHROMIUM_PATH). Playwright's own browser downloads
// are not reachable from these machines; never run `npx playwright install`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`ensure-chromium: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

if (executable(path)) {
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  fail(`CHROMIUM_PATH is set to ${path}, which is not an executable file. Point it at a Chromium, or unset it to use Debian's /usr/bin/chromium.`);
}
if (process.platform !== 'linux' || !executable('/usr/bin/apt-get')) {
  fail(`${path} is missing and apt-get is not available. Install Chromium and set CHROMIUM_PATH to its executable.`);
}

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = root ? [] : ['sudo', '-n'];
if (!root && !executable('/usr/bin/sudo')) {
  fail(`${path} is missing. Install it as root: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
}
const [cmd, ...pre] = root ? ['apt-get'] : [...sudo, 'apt-get'];
if (!run(cmd, [...pre, 'update']) || !run(cmd, [...pre, 'install', '-y', 'chromium'])) {
  fail(`could not install Debian's chromium package. Install it by hand (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}
if (!executable(path)) {
  fail(`apt-get installed chromium, but ${path} is still missing. Set CHROMIUM_PATH to its executable.`);
}
console.log(`ensure-chromium: installed ${path}`);

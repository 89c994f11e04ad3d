/**
 * Debian's Chromium (CHROME_PATH or /usr/bin/chromium) and the flags it runs with here, for the browser tests
 * and the bench alike: no sandbox (root in a container), no GPU, and none of the background connections this
 * machine's closed network refuses.
 */
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

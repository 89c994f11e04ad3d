/**
 * The oEmbed 1.0 specification (https://oembed.com/, section 2.3.4 "Response parameters") as a checker: the
 * list of every rule an answer breaks, empty when it is valid. Used on the answers the build writes
 * (test/site/embeds.test.ts) and on `oembed()` itself (test/unit/site/oembed.test.ts).
 */

const TYPES = ['photo', 'video', 'link', 'rich'] as const;
/** 2.3.4.1–4: what each type requires besides `type` and `version`. */
const REQUIRED: Record<(typeof TYPES)[number], string[]> = {
  photo: ['url', 'width', 'height'],
  video: ['html', 'width', 'height'],
  link: [],
  rich: ['html', 'width', 'height'],
};
const STRINGS = ['title', 'author_name', 'author_url', 'provider_name', 'provider_url', 'thumbnail_url', 'url', 'html'];
const URLS = ['author_url', 'provider_url', 'thumbnail_url', 'url'];
const THUMBNAIL = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'];
const KNOWN = new Set(['type', 'version', 'cache_age', 'width', 'height', 'thumbnail_width', 'thumbnail_height', ...STRINGS]);

const positiveInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;

export function oembedErrors(answer: unknown, opts: { maxwidth?: number; maxheight?: number } = {}): string[] {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return ['the answer is not a JSON object'];
  const o = answer as Record<string, unknown>;
  const errors: string[] = [];
  if (o.version !== '1.0') errors.push('version must be "1.0"');
  if (!TYPES.includes(o.type as never)) errors.push(`type must be one of ${TYPES.join(', ')}`);
  else for (const k of REQUIRED[o.type as keyof typeof REQUIRED]) if (!(k in o)) errors.push(`type ${String(o.type)} requires ${k}`);
  for (const k of STRINGS) if (k in o && (typeof o[k] !== 'string' || o[k] === '')) errors.push(`${k} must be a non-empty string`);
  for (const k of URLS)
    if (typeof o[k] === 'string' && !/^https?:\/\/[^\s]+$/.test(o[k])) errors.push(`${k} must be an absolute http(s) URL`);
  // "The width in pixels required to display the HTML" / the photo's or thumbnail's size: whole pixels.
  for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
    if (k in o && !positiveInt(o[k])) errors.push(`${k} must be a positive integer`);
  if ('cache_age' in o && !(typeof o.cache_age === 'number' && Number.isInteger(o.cache_age) && o.cache_age >= 0))
    errors.push('cache_age must be a whole number of seconds');
  // "If this parameter is present, thumbnail_width and thumbnail_height must also be present" (and each of them).
  const thumbs = THUMBNAIL.filter((k) => k in o);
  if (thumbs.length && thumbs.length < 3) errors.push(`${THUMBNAIL.join(', ')} come together (has only ${thumbs.join(', ')})`);
  // rich and video: "The HTML required to embed … The HTML should have no padding or margins."
  if (typeof o.html === 'string' && /(?:padding|margin)\s*:\s*[^0;]/.test(o.html)) errors.push('html should have no padding or margins');
  if (opts.maxwidth !== undefined && typeof o.width === 'number' && o.width > opts.maxwidth) errors.push('width exceeds maxwidth');
  if (opts.maxheight !== undefined && typeof o.height === 'number' && o.height > opts.maxheight) errors.push('height exceeds maxheight');
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) errors.push(`unknown parameter ${k} (allowed by the spec, but not expected here)`);
  return errors;
}

/** The `width` and `height` attributes of the first iframe of an answer's `html`. */
export function iframeSize(html: string): { width: number; height: number } | null {
  const tag = /<iframe\b[^>]*>/.exec(html)?.[0];
  const w = tag && /\swidth="(\d+)"/.exec(tag);
  const h = tag && /\sheight="(\d+)"/.exec(tag);
  return w && h ? { width: Number(w[1]), height: Number(h[1]) } : null;
}

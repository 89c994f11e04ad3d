/** The embed height message, both ways: what an embed page posts, and what the host script accepts. */
import { HEIGHT_MAX, HEIGHT_MESSAGE, HEIGHT_MIN, type HeightMessage } from './protocol.ts';

export const heightMessage = (chart: string, height: number): HeightMessage => ({ type: HEIGHT_MESSAGE, chart, height });

/**
 * The height (whole CSS pixels) a message asks for, or null unless it is a height message with a finite
 * number between HEIGHT_MIN and HEIGHT_MAX: anything else is ignored, never clamped.
 */
export function acceptedHeight(message: unknown): number | null {
  if (!message || typeof message !== 'object') return null;
  const { type, height } = message as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  if (height < HEIGHT_MIN || height > HEIGHT_MAX) return null;
  return Math.ceil(height);
}

/** The origin of a frame's `src` resolved against the host page, or null when it has none or it is not a URL. */
export function frameOrigin(src: string | null, base: string): string | null {
  if (!src) return null;
  try {
    return new URL(src, base).origin;
  } catch {
    return null;
  }
}

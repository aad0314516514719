/**
 * The media type to give video.js for a video address, from its file
 * extension; undefined leaves the guess to the browser. HLS playlists
 * need theirs said, or video.js hands them to the <video> element, which
 * Chromium cannot play them in.
 */
export function videoSourceType(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return undefined;
  }
  if (path.endsWith('.m3u8')) return 'application/x-mpegURL';
  if (path.endsWith('.mpd')) return 'application/dash+xml';
  if (path.endsWith('.mp4') || path.endsWith('.m4v')) return 'video/mp4';
  if (path.endsWith('.webm')) return 'video/webm';
  return undefined;
}

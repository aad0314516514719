/**
 * Imported before video.js, which reads this flag as it loads: without
 * it, video.js adds <style> elements for its default sizes, and the
 * renderer's Content-Security-Policy (`style-src 'self'`) refuses them.
 * The sizes come from ExerciseVideo.module.css instead.
 */
declare global {
  interface Window {
    VIDEOJS_NO_DYNAMIC_STYLE?: boolean;
  }
}

window.VIDEOJS_NO_DYNAMIC_STYLE = true;

export {};

import './video-js-setup';
import videojs from 'video.js';
import 'video.js/dist/video-js.css';
import { useEffect, useRef } from 'react';
import classes from './ExerciseVideo.module.css';
import { videoSourceType } from './video-source';

interface ExerciseVideoProps {
  url: string;
  /** The poster frame shown before playing. */
  posterUrl: string | null;
  /** The exercise's name, for the player's accessible name. */
  exerciseName: string;
}

/**
 * The exercise's demonstration in a video.js player. React renders only
 * the empty frame: the <video> element is made here and handed to
 * video.js, which rebuilds the DOM around it and removes it all again on
 * dispose, so React never meets the nodes video.js changed.
 */
export function ExerciseVideo({
  url,
  posterUrl,
  exerciseName,
}: ExerciseVideoProps) {
  const frameRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const frame = frameRef.current;
    if (frame === null) return;
    const video = document.createElement('video');
    video.className = 'video-js vjs-big-play-centered';
    video.setAttribute('aria-label', `Demonstration of ${exerciseName}`);
    frame.appendChild(video);

    const type = videoSourceType(url);
    const player = videojs(video, {
      controls: true,
      preload: 'metadata',
      fill: true,
      poster: posterUrl ?? undefined,
      sources: [type === undefined ? { src: url } : { src: url, type }],
    });
    return () => {
      player.dispose();
    };
  }, [url, posterUrl, exerciseName]);

  return <div ref={frameRef} className={classes.frame} />;
}

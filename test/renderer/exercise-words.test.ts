import { describe, expect, it } from 'vitest';
import {
  durationLabel,
  scopeLabel,
} from '../../src-renderer/exercise/exercise-words';
import { videoSourceType } from '../../src-renderer/exercise/video-source';

describe('how long an exercise takes, as the page says it', () => {
  it('reads in seconds under a minute', () => {
    expect(durationLabel(1)).toBe('1 second');
    expect(durationLabel(45)).toBe('45 seconds');
  });

  it('reads in minutes and seconds, then hours and minutes', () => {
    expect(durationLabel(60)).toBe('1 min');
    expect(durationLabel(150)).toBe('2 min 30 s');
    expect(durationLabel(3900)).toBe('1 h 5 min');
    expect(durationLabel(86400)).toBe('24 h');
  });
});

describe('whose library an exercise is in', () => {
  const northside = { id: 'clinic-1', name: 'Northside Physio' };

  it('is the platform library for exercises of no clinic', () => {
    expect(scopeLabel(null, northside)).toBe('Platform library');
  });

  it("is the user's clinic by name", () => {
    expect(scopeLabel('clinic-1', northside)).toBe('Northside Physio');
  });

  it('does not name a clinic the user does not work for', () => {
    expect(scopeLabel('clinic-2', northside)).toBe('Another clinic');
    expect(scopeLabel('clinic-2', null)).toBe('Another clinic');
  });
});

describe('the video type handed to the player', () => {
  it('names HLS and DASH streams, which the player must be told about', () => {
    expect(videoSourceType('https://cdn.example/bridge/index.m3u8')).toBe(
      'application/x-mpegURL',
    );
    expect(videoSourceType('https://cdn.example/bridge.mpd?token=1')).toBe(
      'application/dash+xml',
    );
  });

  it('goes by the path, not the query, and leaves unknown files to the browser', () => {
    expect(videoSourceType('https://cdn.example/Bridge.MP4?v=2')).toBe(
      'video/mp4',
    );
    expect(videoSourceType('https://cdn.example/play?file=a.webm')).toBe(
      undefined,
    );
    expect(videoSourceType('not a url')).toBe(undefined);
  });
});

import { describe, expect, it } from 'vitest';
import { globalExercises } from '../shared/library/global';
import { poseJoints } from '../shared/library/movement-profile';
import {
  globalBodyRegions,
  globalCategories,
  globalEquipment,
} from '../shared/library/taxonomy';

// How much of the platform library each part of the body, each category
// and each piece of equipment must have, so that it cannot silently erode.
const minimumPerRegion: Record<string, number> = {
  shoulder: 50,
  knee: 40,
  'lumbar-spine': 40,
  hip: 25,
  'ankle-foot': 25,
  'cervical-spine': 20,
};
const minimumPerOtherRegion = 15;
const minimumPerTopCategory = 20;
const minimumPerSubCategory = 8;
const minimumPerEquipment = 10;

function countBy(
  slugsOf: (e: (typeof globalExercises)[number]) => readonly string[],
) {
  const counts = new Map<string, number>();
  for (const exercise of globalExercises) {
    for (const slug of new Set(slugsOf(exercise))) {
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
  }
  return counts;
}

describe('coverage of the platform library', () => {
  it('holds at least 300 exercises', () => {
    expect(globalExercises.length).toBeGreaterThanOrEqual(300);
  });

  it.each(globalBodyRegions.map((region) => [region.slug]))(
    'has enough exercises for the %s',
    (slug) => {
      const needed = minimumPerRegion[slug] ?? minimumPerOtherRegion;
      expect(
        countBy((e) => e.bodyRegions).get(slug) ?? 0,
      ).toBeGreaterThanOrEqual(needed);
    },
  );

  it.each(globalCategories.map((category) => [category.slug, category]))(
    'has enough %s exercises, and enough in each of its sub-categories',
    (_slug, category) => {
      const counts = countBy((e) => e.categories);
      const family = [
        category.slug,
        ...(category.children ?? []).map((c) => c.slug),
      ];
      const inFamily = globalExercises.filter((e) =>
        e.categories.some((slug) => family.includes(slug)),
      ).length;
      expect(inFamily).toBeGreaterThanOrEqual(minimumPerTopCategory);
      for (const child of category.children ?? []) {
        expect(counts.get(child.slug) ?? 0, child.slug).toBeGreaterThanOrEqual(
          minimumPerSubCategory,
        );
      }
    },
  );

  it.each(globalEquipment.map((item) => [item.slug]))(
    'uses %s in enough exercises',
    (slug) => {
      expect(countBy((e) => e.equipment).get(slug) ?? 0).toBeGreaterThanOrEqual(
        minimumPerEquipment,
      );
    },
  );

  it('gives trackable movements a sound movement profile', () => {
    const profiled = globalExercises.filter((e) => e.movementProfile);
    expect(profiled.length).toBeGreaterThanOrEqual(100);
    for (const { slug, movementProfile: profile } of profiled) {
      if (!profile) continue;
      expect(poseJoints, slug).toContain(profile.vertex);
      expect(
        new Set([profile.from, profile.vertex, profile.to]).size,
        slug,
      ).toBe(3);
      for (const angle of [
        profile.startAngleDegrees,
        profile.endAngleDegrees,
      ]) {
        expect(angle, slug).toBeGreaterThanOrEqual(0);
        expect(angle, slug).toBeLessThanOrEqual(180);
      }
      expect(
        Math.abs(profile.startAngleDegrees - profile.endAngleDegrees),
        slug,
      ).toBeGreaterThanOrEqual(10);
    }
  });
});

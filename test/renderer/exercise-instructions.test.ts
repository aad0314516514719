import { describe, expect, it } from 'vitest';
import type { SyncedInstruction } from '../../shared/schemas/sync';
import {
  contraindicationsBySeverity,
  groupInstructions,
} from '../../src-renderer/exercise/instruction-groups';

const instruction = (
  type: SyncedInstruction['type'],
  text: string,
): SyncedInstruction => ({ type, text, image_url: null });

describe('instructions on the exercise page', () => {
  it('come in the order preparation, steps, form cues, breathing, safety', () => {
    const groups = groupInstructions([
      instruction('safety', 'Stop if the shoulder hurts sharply.'),
      instruction('step', 'Rotate the forearm up.'),
      instruction('breathing', 'Exhale on the way up.'),
      instruction('form_cue', 'Keep the elbow at your side.'),
      instruction('preparation', 'Lie on your side.'),
    ]);

    expect(groups.map((group) => group.type)).toEqual([
      'preparation',
      'step',
      'form_cue',
      'breathing',
      'safety',
    ]);
  });

  it('number the steps in the order they were written, and only the steps', () => {
    const groups = groupInstructions([
      instruction('step', 'Lift the hips.'),
      instruction('form_cue', 'Squeeze the glutes.'),
      instruction('step', 'Hold for two breaths.'),
      instruction('step', 'Lower slowly.'),
    ]);

    const steps = groups.find((group) => group.type === 'step');
    expect(
      steps?.instructions.map(({ stepNumber, text }) => [stepNumber, text]),
    ).toEqual([
      [1, 'Lift the hips.'],
      [2, 'Hold for two breaths.'],
      [3, 'Lower slowly.'],
    ]);
    const cues = groups.find((group) => group.type === 'form_cue');
    expect(cues?.instructions[0]?.stepNumber).toBeNull();
  });

  it('leave out types the exercise has no instructions of', () => {
    const groups = groupInstructions([instruction('breathing', 'Breathe.')]);

    expect(groups).toHaveLength(1);
    expect(groups[0]?.type).toBe('breathing');
    expect(groupInstructions([])).toEqual([]);
  });

  it('keep their images', () => {
    const [group] = groupInstructions([
      {
        type: 'step',
        text: 'Band at elbow height.',
        image_url: 'https://cdn.example/band.png',
      },
    ]);

    expect(group?.instructions[0]?.image_url).toBe(
      'https://cdn.example/band.png',
    );
  });
});

describe('contraindications on the exercise page', () => {
  it('list the conditions that forbid the exercise before the warnings', () => {
    const sorted = contraindicationsBySeverity([
      { condition: 'Shoulder impingement', severity: 'warning', note: '' },
      {
        condition: 'Acute rotator cuff tear',
        severity: 'contraindicated',
        note: '',
      },
      { condition: 'Recent dislocation', severity: 'warning', note: '' },
      { condition: 'Unhealed fracture', severity: 'contraindicated', note: '' },
    ]);

    expect(sorted.map((row) => row.condition)).toEqual([
      'Acute rotator cuff tear',
      'Unhealed fracture',
      'Shoulder impingement',
      'Recent dislocation',
    ]);
  });

  it("leave the exercise's own list as it was", () => {
    const written = [
      { condition: 'Knee effusion', severity: 'warning' as const, note: '' },
      {
        condition: 'ACL graft < 6 weeks',
        severity: 'contraindicated' as const,
        note: '',
      },
    ];

    contraindicationsBySeverity(written);

    expect(written[0]?.condition).toBe('Knee effusion');
  });
});

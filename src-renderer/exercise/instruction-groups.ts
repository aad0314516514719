import {
  instructionTypes,
  type ContraindicationSeverity,
  type InstructionType,
} from '../../shared/domain';
import type {
  SyncedContraindication,
  SyncedInstruction,
} from '../../shared/schemas/sync';

/**
 * How the exercise page arranges what an exercise says: instructions by
 * type, contraindications by how serious they are.
 */

export interface ShownInstruction {
  readonly text: string;
  readonly image_url: string | null;
  /** 1-based among the exercise's steps; null for other types. */
  readonly stepNumber: number | null;
}

export interface InstructionGroup {
  readonly type: InstructionType;
  readonly instructions: readonly ShownInstruction[];
}

/**
 * The instructions in groups, one per type that has any, in the order a
 * patient meets them: preparation, steps, form cues, breathing, safety.
 * Within a group they keep the exercise's order, and steps are numbered.
 */
export function groupInstructions(
  instructions: readonly Readonly<SyncedInstruction>[],
): InstructionGroup[] {
  let steps = 0;
  const byType = new Map<InstructionType, ShownInstruction[]>();
  for (const { type, text, image_url } of instructions) {
    const stepNumber = type === 'step' ? ++steps : null;
    const group = byType.get(type) ?? [];
    group.push({ text, image_url, stepNumber });
    byType.set(type, group);
  }
  return instructionTypes.flatMap((type) => {
    const group = byType.get(type);
    return group ? [{ type, instructions: group }] : [];
  });
}

const severityRank: Readonly<Record<ContraindicationSeverity, number>> = {
  contraindicated: 0,
  warning: 1,
};

/**
 * Contraindications with the ones that forbid the exercise first, then
 * the warnings; otherwise in the order they were written.
 */
export function contraindicationsBySeverity<
  C extends Readonly<SyncedContraindication>,
>(contraindications: readonly C[]): C[] {
  // Array.prototype.sort is stable, so equal severities keep their order.
  return [...contraindications].sort(
    (a, b) => severityRank[a.severity] - severityRank[b.severity],
  );
}

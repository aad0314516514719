/**
 * How a conflicting value reads to a clinician: lines of text, never
 * raw JSON. Term ids become term names through `termName`.
 */

const fieldLabels: Readonly<Record<string, string>> = {
  name: 'Name',
  slug: 'Web address',
  description: 'Description',
  difficulty: 'Difficulty',
  status: 'Status',
  estimated_duration_seconds: 'Duration',
  video_url: 'Video',
  instructions: 'Instructions',
  contraindications: 'Contraindications',
  category_ids: 'Categories',
  body_region_ids: 'Body regions',
  equipment_ids: 'Equipment',
  movement_profile: 'Movement profile',
  deleted_at: 'Deleted',
  organization_id: 'Library',
};

export function fieldLabel(field: string | null): string {
  if (field === null) return 'The whole exercise';
  return fieldLabels[field] ?? field.replaceAll('_', ' ');
}

const instructionLabels: Readonly<Record<string, string>> = {
  preparation: 'Preparation',
  step: 'Step',
  form_cue: 'Form cue',
  breathing: 'Breathing',
  safety: 'Safety',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

/** The lines that show `value` of `field`. */
export function describeValue(
  field: string | null,
  value: unknown,
  termName: (id: string) => string,
): string[] {
  if (field === null && isRecord(value)) {
    return ['name', 'description', 'difficulty', 'instructions'].flatMap(
      (part) =>
        describeValue(part, value[part], termName).map(
          (line) => `${fieldLabel(part)}: ${line}`,
        ),
    );
  }
  if (!Array.isArray(value)) return [text(value)];
  if (value.length === 0) return ['(none)'];
  return value.map((entry: unknown) => {
    if (typeof entry === 'string') return termName(entry);
    if (isRecord(entry) && 'condition' in entry) {
      const note = entry.note ? ` — ${text(entry.note)}` : '';
      const severity =
        entry.severity === 'contraindicated' ? 'Contraindicated' : 'Warning';
      return `${severity}: ${text(entry.condition)}${note}`;
    }
    if (isRecord(entry) && 'text' in entry) {
      const type = instructionLabels[String(entry.type)] ?? 'Step';
      return `${type}: ${text(entry.text)}`;
    }
    return text(entry);
  });
}

import {
  IconAlertTriangle,
  IconChecklist,
  IconListNumbers,
  IconLungs,
  IconTarget,
  type Icon,
} from '@tabler/icons-react';
import type { InstructionType } from '../../shared/domain';

const icons: Readonly<Record<InstructionType, Icon>> = {
  preparation: IconChecklist,
  step: IconListNumbers,
  form_cue: IconTarget,
  breathing: IconLungs,
  safety: IconAlertTriangle,
};

interface InstructionTypeIconProps {
  type: InstructionType;
  size?: number;
}

/** The picture for an instruction type; decorative, the words say it. */
export function InstructionTypeIcon({
  type,
  size = 20,
}: InstructionTypeIconProps) {
  const TypeIcon = icons[type];
  return <TypeIcon size={size} stroke={1.75} aria-hidden />;
}

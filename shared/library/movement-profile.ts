/**
 * How a webcam recognises one rep of an exercise: the joint angle that
 * defines it, measured at `vertex` between the segments to `from` and `to`
 * (MediaPipe pose landmarks, named without side), and where it starts and
 * ends. It will drive rep counting in supervised sessions.
 */
export const poseJoints = [
  'nose',
  'ear',
  'shoulder',
  'elbow',
  'wrist',
  'index',
  'hip',
  'knee',
  'ankle',
  'heel',
  'foot_index',
] as const;
export type PoseJoint = (typeof poseJoints)[number];

/** Which side is tracked: one, both together, or one after the other. */
export const trackedSides = ['left', 'right', 'both', 'alternating'] as const;
export type TrackedSide = (typeof trackedSides)[number];

export interface MovementProfile {
  from: PoseJoint;
  vertex: PoseJoint;
  to: PoseJoint;
  /** Angle at `vertex` at the start of a rep, in degrees (0–180). */
  startAngleDegrees: number;
  /** Angle at `vertex` at the far end of a rep, in degrees (0–180). */
  endAngleDegrees: number;
  sides: TrackedSide;
}

import { Type, type Static } from 'typebox';
import { bodyAreas } from '../library/taxonomy';
import { Nullable, Text, Uuid } from './common';
import { Slug } from './exercises';

const termFields = {
  id: Uuid,
  organization_id: Nullable(Uuid),
  slug: Type.String(),
  name: Type.String(),
  sort_order: Type.Integer(),
};

export interface CategoryNode {
  id: string;
  organization_id: string | null;
  parent_id: string | null;
  slug: string;
  name: string;
  sort_order: number;
  children: CategoryNode[];
}

export const CategoryTree = Type.Cyclic(
  {
    CategoryNode: Type.Object({
      ...termFields,
      parent_id: Nullable(Uuid),
      children: Type.Array(Type.Ref('CategoryNode')),
    }),
  },
  'CategoryNode',
);

export const CategoryListResponse = Type.Object({
  categories: Type.Array(CategoryTree),
});

export const BodyRegion = Type.Object({
  ...termFields,
  body_area: Type.Enum(bodyAreas),
});
export type BodyRegion = Static<typeof BodyRegion>;
export const BodyRegionListResponse = Type.Object({
  body_regions: Type.Array(BodyRegion),
});

export const Equipment = Type.Object(termFields);
export type Equipment = Static<typeof Equipment>;
export const EquipmentListResponse = Type.Object({
  equipment: Type.Array(Equipment),
});

export const Category = Type.Object({
  ...termFields,
  parent_id: Nullable(Uuid),
});
export type Category = Static<typeof Category>;

const termInput = {
  name: Text(120),
  slug: Type.Optional(Slug),
  sort_order: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
};

export const CategoryCreateBody = Type.Object(
  { ...termInput, parent_id: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false },
);
export type CategoryCreateBody = Static<typeof CategoryCreateBody>;
export const CategoryPatchBody = Type.Partial(CategoryCreateBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type CategoryPatchBody = Static<typeof CategoryPatchBody>;

export const BodyRegionCreateBody = Type.Object(
  { ...termInput, body_area: Type.Enum(bodyAreas) },
  { additionalProperties: false },
);
export type BodyRegionCreateBody = Static<typeof BodyRegionCreateBody>;
export const BodyRegionPatchBody = Type.Partial(BodyRegionCreateBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type BodyRegionPatchBody = Static<typeof BodyRegionPatchBody>;

export const EquipmentCreateBody = Type.Object(termInput, {
  additionalProperties: false,
});
export type EquipmentCreateBody = Static<typeof EquipmentCreateBody>;
export const EquipmentPatchBody = Type.Partial(EquipmentCreateBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type EquipmentPatchBody = Static<typeof EquipmentPatchBody>;

/**
 * The slug of a name, as the server and the workstation both make it:
 * "Shoulder External Rotation (side-lying)" →
 * "shoulder-external-rotation-side-lying". Names with no latin letters
 * or digits become "exercise"; the server then finds a free variant.
 */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug === '' ? 'exercise' : slug;
}

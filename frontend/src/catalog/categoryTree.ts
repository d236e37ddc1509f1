import type { CategoryNode } from './types';

/** The categories from a root down to `slug`, or undefined when the tree has no such category. */
export function categoryPath(tree: CategoryNode[], slug: string): CategoryNode[] | undefined {
  for (const node of tree) {
    if (node.slug === slug) return [node];
    const below = categoryPath(node.children, slug);
    if (below) return [node, ...below];
  }
  return undefined;
}

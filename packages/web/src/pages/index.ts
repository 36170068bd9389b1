/** The pages, in the navigation's order. Each one is its own chunk, loaded when first visited. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface PageRoute {
  path: string;
  /** The navigation's label. */
  label: string;
  /** The document title's first part. */
  title: string;
  Component: LazyExoticComponent<ComponentType>;
  /** Starts loading the chunk early (on hover or focus of its link). */
  preload: () => Promise<unknown>;
}

function page(path: string, label: string, title: string, load: () => Promise<{ default: ComponentType }>): PageRoute {
  return { path, label, title, Component: lazy(load), preload: load };
}

export const ROUTES: PageRoute[] = [
  page('/', 'Start', 'Start', () => import('./Start.js')),
  page('/workbook', 'Workbook', 'Workbook', () => import('./Workbook.js')),
  page('/target', 'Target', 'Target', () => import('./Target.js')),
  page('/studio', 'Answer studio', 'Answer studio', () => import('./Studio.js')),
  page('/mock', 'Mock interview', 'Mock interview', () => import('./Mock.js')),
  page('/progress', 'Progress', 'Progress', () => import('./Progress.js')),
  page('/prep', 'Prep sheet', 'Prep sheet', () => import('./Prep.js')),
];

export function routeFor(path: string): PageRoute | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return ROUTES.find((route) => route.path === clean);
}

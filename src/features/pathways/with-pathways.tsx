/** Renders its child with the pathways once loaded; a loading or retry message until then. */
import type { VNode } from 'preact';
import { Loading } from '../../components/page';
import { loadPathways, pathwaysFailed, usePathways } from './pathways';
import type { Pathway } from './types';

export function WithPathways({ children }: { children: (pathways: Pathway[]) => VNode }) {
  const pathways = usePathways();
  if (!pathways) return <Loading failed={pathwaysFailed.value} onRetry={() => void loadPathways()} />;
  return children(pathways);
}

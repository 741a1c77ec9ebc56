import { manyRoles } from './many-roles';
import { oneRole } from './one-role';
import { realisticApp } from './realistic-app';
import { Workload } from './types';

/** The synth workloads, by id. */
export const WORKLOADS: Record<string, Workload> = {
  [oneRole.id]: oneRole,
  [manyRoles.id]: manyRoles,
  [realisticApp.id]: realisticApp,
};

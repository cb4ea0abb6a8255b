// `scm completion`: placeholder until its implementation lands.
export async function run(): Promise<number> {
  throw new Error('scm completion is not implemented yet');
}

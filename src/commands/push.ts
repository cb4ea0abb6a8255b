// `scm push`: placeholder until its implementation lands.
export async function run(): Promise<number> {
  throw new Error('scm push is not implemented yet');
}

// `scm upload`: placeholder until its implementation lands.
export async function run(): Promise<number> {
  throw new Error('scm upload is not implemented yet');
}

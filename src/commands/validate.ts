// `scm validate`: placeholder until its implementation lands.
export async function run(): Promise<number> {
  throw new Error('scm validate is not implemented yet');
}

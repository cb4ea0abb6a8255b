// `scm emulator`: placeholder until its implementation lands.
export async function run(): Promise<number> {
  throw new Error('scm emulator is not implemented yet');
}

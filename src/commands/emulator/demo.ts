// The emulator's demo credentials: public, printed by `scm emulator --help` and docs/emulator.md. They work
// against the local emulator only.
export const DEMO_AK = 'SCMEMULATORDEMOAK000';
export const DEMO_SK = 'scm-emulator-demo-secret-0000000000000000';

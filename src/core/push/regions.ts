// Region ids accepted as push target projects: the Go SDK's IAM region table (scm-api-reference §1) plus
// cn-north-7, which SCM's own push examples use. Sub-projects are `<region>_<name>`.

export const KNOWN_REGIONS: readonly string[] = [
  'cn-north-1', 'cn-north-2', 'cn-north-4', 'cn-north-7', 'cn-north-9', 'cn-north-12',
  'cn-east-2', 'cn-east-3', 'cn-east-4', 'cn-east-5',
  'cn-south-1', 'cn-south-2', 'cn-southwest-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
  'af-south-1', 'sa-brazil-1', 'la-south-2', 'la-north-2', 'na-mexico-1',
  'eu-west-0', 'eu-west-101', 'my-kualalumpur-1', 'ru-moscow-1', 'me-east-1', 'ae-ad-1', 'tr-west-1',
];

const known = new Set(KNOWN_REGIONS);

/** A sub-project name after the region: letters, digits, '-', '_' and '.'; batch-push allows 32 chars in all. */
const SUB_PROJECT = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const MAX_PROJECT_LENGTH = 32;

/** The region part of a project name when the name is acceptable, else undefined. */
export function regionOfProject(project: string): string | undefined {
  if (project.length === 0 || project.length > MAX_PROJECT_LENGTH) return undefined;
  if (known.has(project)) return project;
  const underscore = project.indexOf('_');
  if (underscore < 0) return undefined;
  const region = project.slice(0, underscore);
  return known.has(region) && SUB_PROJECT.test(project.slice(underscore + 1)) ? region : undefined;
}

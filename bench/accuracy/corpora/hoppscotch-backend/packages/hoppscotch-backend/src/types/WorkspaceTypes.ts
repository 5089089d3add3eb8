export enum WorkspaceType {
  USER = 'USER',
  TEAM = 'TEAM',
}

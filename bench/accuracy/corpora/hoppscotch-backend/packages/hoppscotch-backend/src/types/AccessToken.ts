export type AccessToken = {
  id: string;
  label: string;
  createdOn: Date;
  lastUsedOn: Date;
  expiresOn: null | Date;
};

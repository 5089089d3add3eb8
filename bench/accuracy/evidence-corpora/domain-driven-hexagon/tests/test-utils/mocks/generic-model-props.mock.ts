export const dateMock = new Date('2020-08-07T12:29:11.214Z');

export const createdAtUpdatedAtMock = {
  createdAt: dateMock,
  updatedAt: dateMock,
};

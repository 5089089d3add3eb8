INSERT INTO
  users (
    id,
    "createdAt",
    "updatedAt",
    email,
    country,
    "postalCode",
    street,
    "role"
  )
VALUES
  (
    'f59d0748-d455-4465-b0a8-8d8260b1c877',
    now(),
    now(),
    'john@gmail.com',
    'England',
    '24312',
    'Road Avenue',
    'guest'
  );